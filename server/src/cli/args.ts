// Command-line parsing for `copydesk check` and `copydesk facts` (node:util parseArgs, strict).
import { parseArgs, type ParseArgsConfig } from 'node:util';

type ParseArgsOptionsConfig = NonNullable<ParseArgsConfig['options']>;
import { CliError } from './errors';

export type OutputFormat = 'text' | 'json' | 'sarif' | 'github';
export type FailLevel = 'error' | 'warning' | 'info';

export interface CheckArgs {
  refs: string[];
  /** --archive FILE|URL: an archive to retrieve each draft's references from (overrides copydesk.json's). */
  archive?: string;
  config?: string;
  /** copydesk.json may name references outside its folder (refused by default). */
  allowOutsideRefs: boolean;
  format: OutputFormat;
  output?: string;
  failLevel: FailLevel;
  maxWarnings?: number;
  baseline?: string;
  writeBaseline?: string;
  changedSince?: string;
  changedLines: boolean;
  jobs?: number;
  fix: boolean;
  fixDryRun: boolean;
  published?: string;
  color?: boolean;
  inputs: string[];
}

export interface FactsArgs {
  published?: string;
  format: 'text' | 'json';
  file: string;
}

function parse(argv: string[], options: ParseArgsOptionsConfig) {
  try {
    return parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (e) {
    // parseArgs messages are long and mention internals; keep the first sentence.
    const msg = (e as Error).message.split('. ')[0].replace(/^Unknown option '(.*)'$/, 'unknown option $1');
    throw new CliError(`${msg} (see copydesk --help)`);
  }
}

function oneOf<T extends string>(name: string, value: string | undefined, allowed: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  if (!allowed.includes(value as T)) throw new CliError(`--${name} must be one of ${allowed.join(', ')} (got "${value}")`);
  return value as T;
}

function count(name: string, value: string | undefined, min: number): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value) || Number(value) < min) throw new CliError(`--${name} must be a whole number ≥ ${min} (got "${value}")`);
  return Number(value);
}

export function checkPublished(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  // A date, or an ISO date-time (as a CMS exports it): the date as written is the publication date.
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(value);
  const d = m ? new Date(Date.UTC(+m[1], +m[2] - 1, +m[3])) : undefined;
  if (!m || !d || d.getUTCMonth() !== +m[2] - 1 || d.getUTCDate() !== +m[3]) {
    throw new CliError(`--published must be a date YYYY-MM-DD or an ISO date-time such as 2025-03-12T09:30:00Z (got "${value}")`);
  }
  return `${m[1]}-${m[2]}-${m[3]}`;
}

export function parseCheckArgs(argv: string[]): CheckArgs {
  const { values: v, positionals } = parse(argv, {
    refs: { type: 'string', multiple: true, short: 'r' },
    archive: { type: 'string' },
    config: { type: 'string', short: 'c' },
    'allow-outside-refs': { type: 'boolean' },
    format: { type: 'string', short: 'f' },
    output: { type: 'string', short: 'o' },
    'fail-level': { type: 'string' },
    'max-warnings': { type: 'string' },
    baseline: { type: 'string' },
    'write-baseline': { type: 'string' },
    'changed-since': { type: 'string' },
    'changed-lines': { type: 'boolean' },
    jobs: { type: 'string', short: 'j' },
    fix: { type: 'boolean' },
    'fix-dry-run': { type: 'boolean' },
    published: { type: 'string' },
    color: { type: 'boolean' },
    'no-color': { type: 'boolean' },
  });
  const args: CheckArgs = {
    refs: (v.refs as string[] | undefined) ?? [],
    archive: v.archive as string | undefined,
    config: v.config as string | undefined,
    allowOutsideRefs: !!v['allow-outside-refs'],
    format: oneOf('format', v.format as string | undefined, ['text', 'json', 'sarif', 'github'] as const, 'text'),
    output: v.output as string | undefined,
    failLevel: oneOf('fail-level', v['fail-level'] as string | undefined, ['error', 'warning', 'info'] as const, 'warning'),
    maxWarnings: count('max-warnings', v['max-warnings'] as string | undefined, 0),
    baseline: v.baseline as string | undefined,
    writeBaseline: v['write-baseline'] as string | undefined,
    changedSince: v['changed-since'] as string | undefined,
    changedLines: !!v['changed-lines'],
    jobs: count('jobs', v.jobs as string | undefined, 1),
    fix: !!v.fix,
    fixDryRun: !!v['fix-dry-run'],
    published: checkPublished(v.published as string | undefined),
    color: v['no-color'] ? false : v.color ? true : undefined,
    inputs: positionals,
  };
  if (args.changedLines && !args.changedSince) throw new CliError('--changed-lines needs --changed-since REF');
  if (args.fix && args.fixDryRun) throw new CliError('use either --fix or --fix-dry-run, not both');
  for (const [name, value] of [['archive', args.archive], ['config', args.config], ['output', args.output], ['baseline', args.baseline], ['write-baseline', args.writeBaseline], ['changed-since', args.changedSince]] as const) {
    if (value === '') throw new CliError(`--${name} needs a value`);
  }
  if (args.changedSince?.startsWith('-')) throw new CliError(`--changed-since needs a git ref (got "${args.changedSince}")`);
  return args;
}

export function parseFactsArgs(argv: string[]): FactsArgs {
  const { values: v, positionals } = parse(argv, {
    published: { type: 'string' },
    format: { type: 'string', short: 'f' },
  });
  if (positionals.length !== 1) throw new CliError(`copydesk facts takes exactly one FILE (got ${positionals.length})`);
  return {
    published: checkPublished(v.published as string | undefined),
    format: oneOf('format', v.format as string | undefined, ['text', 'json'] as const, 'text'),
    file: positionals[0],
  };
}

export interface IndexArgs {
  archive?: string;
  config?: string;
  stats: boolean;
  inputs: string[];
}

export function parseIndexArgs(argv: string[]): IndexArgs {
  const { values: v, positionals } = parse(argv, {
    archive: { type: 'string', short: 'a' },
    config: { type: 'string', short: 'c' },
    stats: { type: 'boolean' },
  });
  const args: IndexArgs = { archive: v.archive as string | undefined, config: v.config as string | undefined, stats: !!v.stats, inputs: positionals };
  if (args.archive === '') throw new CliError('--archive needs a value');
  if (!args.stats && !args.inputs.length) throw new CliError('no articles given: copydesk index --archive FILE PATH… (or --stats; see copydesk --help)');
  return args;
}
