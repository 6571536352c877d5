// Baselines: adopt Copydesk on an existing archive and fail only on new findings.
// Entries are keyed by the draft's path relative to the baseline file and the finding's fingerprint
// (rule + flagged text + normalised sentence; no line numbers), counted as a multiset.
import { readFile, writeFile } from 'node:fs/promises';
import { dirname, relative, resolve } from 'node:path';
import { toEnginePath } from '../host/node-host';
import { CliError } from './errors';

export interface BaselineEntry {
  path: string;
  rule: string;
  fingerprint: string;
  /** For people reading the file; not used for matching. */
  text?: string;
  message?: string;
}

export interface BaselineFile {
  version: 1;
  tool: 'copydesk';
  findings: BaselineEntry[];
}

export interface BaselineItem {
  path: string;
  rule: string;
  fingerprint: string;
  text: string;
  message: string;
}

export class Baseline {
  private readonly remaining = new Map<string, number>();

  constructor(
    private readonly dir: string,
    entries: BaselineEntry[],
  ) {
    for (const e of entries) this.remaining.set(this.key(e.path, e.fingerprint), (this.remaining.get(this.key(e.path, e.fingerprint)) ?? 0) + 1);
  }

  private key(relPath: string, fingerprint: string): string {
    return `${relPath}\u0000${fingerprint}`;
  }

  /** True (and the entry is used up) when the baseline holds this finding of this draft. */
  consume(absPath: string, fingerprint: string): boolean {
    const k = this.key(relPathFrom(this.dir, absPath), fingerprint);
    const n = this.remaining.get(k) ?? 0;
    if (!n) return false;
    this.remaining.set(k, n - 1);
    return true;
  }
}

function relPathFrom(dir: string, absPath: string): string {
  return toEnginePath(relative(dir, absPath)) || '.';
}

export async function readBaseline(file: string): Promise<Baseline> {
  const abs = resolve(file);
  let text: string;
  try {
    text = await readFile(abs, 'utf8');
  } catch (e) {
    throw new CliError(`cannot read baseline ${file}: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (e as Error).message}`);
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    throw new CliError(`baseline ${file} is not valid JSON (${(e as Error).message})`);
  }
  const v = value as Partial<BaselineFile>;
  if (!v || typeof v !== 'object' || v.version !== 1 || !Array.isArray(v.findings)) {
    throw new CliError(`baseline ${file} is not a Copydesk baseline (expected { "version": 1, "findings": [...] })`);
  }
  const entries = v.findings.filter((e): e is BaselineEntry => !!e && typeof e.path === 'string' && typeof e.fingerprint === 'string');
  return new Baseline(dirname(abs), entries);
}

export async function writeBaseline(file: string, items: BaselineItem[]): Promise<number> {
  const abs = resolve(file);
  const dir = dirname(abs);
  const findings: BaselineEntry[] = items
    .map((i) => ({ path: relPathFrom(dir, i.path), rule: i.rule, fingerprint: i.fingerprint, text: i.text, message: i.message }))
    .sort((a, b) => a.path.localeCompare(b.path) || a.rule.localeCompare(b.rule) || a.fingerprint.localeCompare(b.fingerprint));
  const body: BaselineFile = { version: 1, tool: 'copydesk', findings };
  try {
    await writeFile(abs, JSON.stringify(body, null, 2) + '\n', 'utf8');
  } catch (e) {
    throw new CliError(`cannot write baseline ${file}: ${(e as Error).message}`);
  }
  return findings.length;
}
