// Run a few rules directly over a fixture corpus: for rule tests that should not depend on the others.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Corpus } from '../../server/src/engine/corpus/corpus';
import { emptyConfig } from '../../server/src/engine/config';
import { buildDraft } from '../../server/src/engine/draft/draft';
import type { Rule } from '../../server/src/engine/rule';
import type { Finding } from '../../server/src/engine/types';

/** A corpus of `files` from `refsDir`, with outlet and date from the folder's references.json. */
export function corpusFromFixture(refsDir: string, files: string[]): Corpus {
  const sidecar = JSON.parse(readFileSync(join(refsDir, 'references.json'), 'utf8')) as { file: string; outlet: string; published: string }[];
  const corpus = new Corpus();
  for (const f of files) {
    const meta = sidecar.find((s) => s.file === f)!;
    corpus.set(join(refsDir, f), readFileSync(join(refsDir, f), 'utf8'), { outlet: meta.outlet, published: meta.published });
  }
  return corpus;
}

/** The findings of `rules` on a draft text, as the engine would report them (severity warning), in text order. */
export function runRules(rules: Rule[], text: string, corpus: Corpus, today = '2026-01-01'): Finding[] {
  const draft = buildDraft(text, { today });
  return rules
    .flatMap((rule) => rule.run({ draft, corpus, config: emptyConfig() }).map((r) => ({ ...r, check: rule.check, rule: rule.id, severity: 'warning' as const })))
    .sort((a, b) => a.range.start - b.range.start);
}
