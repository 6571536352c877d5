// What every rule file exports: metadata plus a function (markdownlint's shape).
import type { CopydeskConfig } from './config';
import type { Corpus } from './corpus/corpus';
import type { Draft } from './draft/draft';
import type { CheckName, Finding, Level } from './types';

export interface CheckContext {
  draft: Draft;
  corpus: Corpus;
  config: CopydeskConfig;
  /** The copydesk.json in force, as evidence for house-register findings ('copydesk.json' when there is none). */
  configPath?: string;
}

/** A finding before the engine applies the configured severity. */
export type RawFinding = Omit<Finding, 'severity' | 'check' | 'rule'>;

export interface Rule {
  /** `check/rule`, the diagnostic code. */
  id: string;
  check: CheckName;
  description: string;
  defaultLevel: Level;
  run(ctx: CheckContext): RawFinding[];
}

export const DOCS_BASE = 'https://github.com/copydesk/copydesk/blob/main/docs/rules/';

export function docsUrl(ruleId: string): string {
  return `${DOCS_BASE}${ruleId.replace('/', '-')}.md`;
}
