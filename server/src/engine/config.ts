// copydesk.json: parsing, validation against the published schema, one clear message on error.
import Ajv from 'ajv';
import { parse as parseJsonc, printParseErrorCode, type ParseError } from 'jsonc-parser';
import schema from '../../../schemas/copydesk.schema.json';
import type { CheckName, Level } from './types';

/** copydesk.json's "archive": where to find each draft's references automatically (read by the host). */
export type ArchiveSetting = string | { path: string; window?: number; max?: number };

export interface CopydeskConfig {
  references: string[];
  archive?: ArchiveSetting;
  checks: Record<string, Level>;
  names: {
    accept: string[];
    acceptTitles: Record<string, string[]>;
    spellings: Record<string, string>;
    titles: Record<string, string>;
  };
  ignore: { rule: string; text: string; file?: string }[];
}

export const CONFIG_FILE = 'copydesk.json';

export class ConfigError extends Error {
  constructor(
    message: string,
    /** Offset in copydesk.json the problem is at, for an editor diagnostic. */
    readonly offset = 0,
    readonly length = 0,
  ) {
    super(message);
    this.name = 'ConfigError';
  }
}

export function emptyConfig(): CopydeskConfig {
  return { references: [], checks: {}, names: { accept: [], acceptTitles: {}, spellings: {}, titles: {} }, ignore: [] };
}

let validator: ReturnType<Ajv['compile']> | undefined;

/** Parse copydesk.json text (comments and trailing commas allowed, as VS Code allows them). Throws ConfigError. */
/** JSON nesting beyond which copydesk.json is refused (the schema needs 3 levels; parsers recurse per level). */
const MAX_CONFIG_DEPTH = 64;

export function parseConfig(source: string): CopydeskConfig {
  // Windows Notepad writes a byte order mark: it is not part of the JSON.
  const text = source.charCodeAt(0) === 0xfeff ? ` ${source.slice(1)}` : source;
  const deep = nestingBeyond(text, MAX_CONFIG_DEPTH);
  if (deep >= 0) {
    const { line, column } = lineColumn(text, deep);
    throw new ConfigError(`invalid JSON at line ${line}, column ${column}: nested more than ${MAX_CONFIG_DEPTH} levels deep`, deep, 1);
  }
  const errors: ParseError[] = [];
  const value = parseJsonc(text, errors, { allowTrailingComma: true, disallowComments: false });
  if (errors.length) {
    const e = errors[0];
    const { line, column } = lineColumn(text, e.offset);
    throw new ConfigError(`invalid JSON at line ${line}, column ${column}: ${printParseErrorCode(e.error)}`, e.offset, e.length);
  }
  validator ??= new Ajv({ allErrors: false, strict: false }).compile(schema);
  if (!validator(value)) {
    const err = validator.errors?.[0];
    const where = err?.instancePath ? err.instancePath.replace(/^\//, '').replace(/\//g, '.') : 'top level';
    const extra = err?.params && 'additionalProperty' in err.params ? ` "${String(err.params.additionalProperty)}"` : '';
    const allowed = err?.params && 'allowedValues' in err.params ? ` (${(err.params.allowedValues as string[]).join(', ')})` : '';
    throw new ConfigError(`${where}: ${err?.message ?? 'does not match the schema'}${extra}${allowed}`);
  }
  const base = emptyConfig();
  const v = value as Partial<CopydeskConfig> & { names?: Partial<CopydeskConfig['names']> };
  return {
    references: v.references ?? [],
    ...(v.archive !== undefined ? { archive: v.archive } : {}),
    checks: v.checks ?? {},
    names: { ...base.names, ...(v.names ?? {}) },
    ignore: v.ignore ?? [],
  };
}

/** Offset of the first bracket nested deeper than `max` (outside strings and comments), or -1. */
function nestingBeyond(text: string, max: number): number {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') {
      for (i++; i < text.length && text[i] !== '"'; i++) if (text[i] === '\\') i++;
    } else if (c === '/' && text[i + 1] === '/') {
      while (i < text.length && text[i] !== '\n') i++;
    } else if (c === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      i = end < 0 ? text.length : end + 1;
    } else if (c === '{' || c === '[') {
      if (++depth > max) return i;
    } else if (c === '}' || c === ']') depth--;
  }
  return -1;
}

function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: before[before.length - 1].length + 1 };
}

/** The level for a rule: the rule's own setting, else its check's, else the rule's default. */
export function levelFor(checks: Record<string, Level>, rule: string, fallback: Level): Level {
  const check = rule.split('/')[0] as CheckName;
  return checks[rule] ?? checks[check] ?? fallback;
}
