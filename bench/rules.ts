// npm run bench:rules — where a re-check's time goes: per-stage and per-rule medians on a 2,000-word draft
// after a one-character edit, against ../shared/references (or the folder given as the first argument).
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createEngine } from '../server/src/engine/index';
import { createNodeHost } from '../server/src/host/node-host';
import { silentLogger } from '../server/src/engine/types';
import { median } from './quantile';
import { cast, draft } from './generate';

async function main() {
  const refDir = resolve(process.argv[2] ?? resolve(__dirname, '..', '..', 'shared', 'references'));
  const engine = createEngine(createNodeHost(silentLogger));
  await engine.open({ startDir: refDir, extraReferences: [refDir] });
  const people = cast(7);
  let text = draft(3, people);
  engine.check(text);
  const samples = new Map<string, number[]>();
  const add = (k: string, v: number) => samples.set(k, [...(samples.get(k) ?? []), v]);
  for (let i = 0; i < 30; i++) {
    const at = Math.floor(text.length / 2) + i * 5;
    text = text.slice(0, at) + 'x' + text.slice(at);
    let t = performance.now();
    const d = engine.buildDraft(text);
    add('build draft', performance.now() - t);
    for (const rule of engine.rules) {
      t = performance.now();
      rule.run({ draft: d, corpus: engine.corpus, config: engine.project!.config });
      add(rule.id, performance.now() - t);
    }
  }
  for (const [k, xs] of samples) console.log(`${k.padEnd(34)} median ${median(xs).toFixed(2)} ms  max ${Math.max(...xs).toFixed(2)} ms`);
}

main();
