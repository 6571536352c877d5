// The engine: createEngine(host) with injected services (file access, clock, logger).
// Shared by the language server, the CLI and the tests.
import { levelFor, type CopydeskConfig, emptyConfig } from './config';
import { Corpus } from './corpus/corpus';
import { buildDraft, type Draft } from './draft/draft';
import { suppressionTest } from './draft/directives';
import { rules as allRules } from './checks/index';
import { loadReferences, openProject, type EngineHost, type Project, type ProjectOptions } from './project';
import type { Rule } from './rule';
import type { Finding, Level, Severity } from './types';
import { basename } from './path';
import { nextDraftEpoch } from './memo';
import { dropRepeats } from './repeats';

export type { EngineHost, Project, ProjectOptions } from './project';
export { ConfigError, parseConfig, type CopydeskConfig } from './config';
export type * from './types';

export interface CheckOptions {
  /** Draft path (for `ignore` entries limited to one file). */
  path?: string;
  /** Overrides front matter `published`. */
  published?: string;
  /** Per-rule levels that override copydesk.json (editor settings). */
  levels?: Record<string, Level>;
  /** Check against this corpus instead of the project's (the project's references plus a draft's archive articles). */
  corpus?: Corpus;
  /** Milliseconds the rules may take together; rules not started by then are skipped and one info finding says so. */
  budgetMs?: number;
}

/** Every stage is bounded, but a huge draft still takes seconds: past this, the rest of the rules give up. */
export const CHECK_BUDGET_MS = 10_000;

const SEVERITY: Record<Exclude<Level, 'off'>, Severity> = { error: 'error', warning: 'warning', info: 'info' };

export interface Engine {
  readonly corpus: Corpus;
  readonly rules: readonly Rule[];
  project?: Project;
  /** Resolve config and references and (re)load the corpus. Throws ConfigError. */
  open(options: ProjectOptions): Promise<Project>;
  /** Re-read one reference file after it changed (or drop it when it is gone). */
  reloadReference(path: string): Promise<void>;
  removeReference(path: string): void;
  buildDraft(text: string, options?: CheckOptions): Draft;
  check(text: string, options?: CheckOptions): Finding[];
  checkDraft(draft: Draft, options?: CheckOptions): Finding[];
  /**
   * The same check one rule at a time: each `next()` runs one rule, and the last returns the findings. A
   * caller that yields to its event loop between steps can abandon a check a newer version made stale.
   */
  checkDraftSteps(draft: Draft, options?: CheckOptions): Generator<void, Finding[], void>;
  /**
   * The draft's own checks, against no references (weekday/date pairs, two spellings in the draft, quotes
   * without a speaker): what an editor can show while the references are still being read and indexed.
   */
  checkDraftAlone(draft: Draft, options?: CheckOptions): Finding[];
}

export function createEngine(host: EngineHost, rules: readonly Rule[] = allRules): Engine {
  const corpus = new Corpus();
  // Stays empty: the rules that compare with references find nothing in it.
  const noReferences = new Corpus();
  const engine: Engine = {
    corpus,
    rules,
    async open(options) {
      const project = await openProject(host, options);
      const keep = new Set(project.referenceFiles);
      for (const ref of corpus.references()) if (!keep.has(ref.id)) corpus.delete(ref.id);
      // The config is known before the references are read: a check of the draft alone meanwhile uses it.
      if (!engine.project) engine.project = project;
      project.warnings = await loadReferences(host, corpus, project.referenceFiles);
      engine.project = project;
      return project;
    },
    async reloadReference(path) {
      if ((await host.stat(path)) !== 'file') {
        corpus.delete(path);
        return;
      }
      const warnings = await loadReferences(host, corpus, [path]);
      if (engine.project) engine.project.warnings = [...engine.project.warnings.filter((w) => !w.startsWith(path)), ...warnings];
    },
    removeReference(path) {
      corpus.delete(path);
    },
    buildDraft(text, options = {}) {
      nextDraftEpoch();
      return buildDraft(text, { today: host.today(), published: options.published });
    },
    check(text, options = {}) {
      return engine.checkDraft(engine.buildDraft(text, options), options);
    },
    checkDraft: (draft, options = {}) => runAll(engine.checkDraftSteps(draft, options)),
    checkDraftAlone: (draft, options = {}) => runAll(stepsOver(noReferences, draft, options)),
    checkDraftSteps: (draft, options = {}) => stepsOver(options.corpus ?? corpus, draft, options),
  };

  function* stepsOver(corpus: Corpus, draft: Draft, options: CheckOptions): Generator<void, Finding[], void> {
    const config: CopydeskConfig = engine.project?.config ?? emptyConfig();
    const findings: Finding[] = [];
    // Time spent in the rules themselves: a caller may pause between steps, and that is not the draft's cost.
    let spent = 0;
    const budget = options.budgetMs ?? CHECK_BUDGET_MS;
    const skipped: Rule[] = [];
    for (const rule of rules) {
      const level = options.levels?.[rule.id] ?? options.levels?.[rule.check] ?? levelFor(config.checks, rule.id, rule.defaultLevel);
      if (level === 'off') continue;
      if (spent > budget) {
        skipped.push(rule);
        continue;
      }
      let raw;
      const started = Date.now();
      try {
        raw = rule.run({ draft, corpus, config, configPath: engine.project?.configPath ?? 'copydesk.json' });
      } catch (e) {
        // One broken rule must not take the others (or the editor) down with it.
        host.logger.error(`rule ${rule.id} failed: ${(e as Error).stack ?? e}`);
        continue;
      } finally {
        spent += Date.now() - started;
      }
      for (const r of raw) findings.push({ ...r, check: rule.check, rule: rule.id, severity: SEVERITY[level] });
      yield;
    }
    if (skipped.length) findings.push(incompleteFinding(skipped));
    const suppressed = suppressionTest(draft.text, draft.directives);
    return dropRepeats(findings)
      .filter((f) => !suppressed(f) && !isIgnored(config, f, draft, options.path))
      .sort((a, b) => a.range.start - b.range.start || a.rule.localeCompare(b.rule));
  }
  return engine;
}

function runAll(steps: Generator<void, Finding[], void>): Finding[] {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** One info finding at the top of the draft: what was not checked, and why. */
function incompleteFinding(skipped: Rule[]): Finding {
  const checks = [...new Set(skipped.map((r) => r.check))];
  return {
    check: checks[0],
    rule: `${checks[0]}/incomplete`,
    severity: 'info',
    range: { start: 0, end: 0 },
    message: `This draft is too large or too complex to check in time: ${skipped.map((r) => r.id).join(', ')} did not run. The findings shown are from the rules that finished.`,
    evidence: [],
    fixes: [],
  };
}

function isIgnored(config: CopydeskConfig, f: Finding, draft: Draft, path?: string): boolean {
  if (!config.ignore.length) return false;
  const flagged = draft.text.slice(f.range.start, f.range.end);
  return config.ignore.some((i) => i.rule === f.rule && i.text === flagged && (!i.file || (path !== undefined && basename(path) === basename(i.file))));
}
