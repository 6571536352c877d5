// A seeded fuzzer over the whole engine: Markdown built from prose, quotes, lists, nesting, entities
// and odd Unicode. Every case must check without an exception, keep every range inside the draft,
// leave no fixable finding once its safe fixes are applied, and take time in proportion to its size.
// A few hundred cases per run; `npm run fuzz` (COPYDESK_FUZZ_CASES, COPYDESK_FUZZ_SEED) runs more.
import assert from 'node:assert/strict';
import { engineWithReferences } from '../helpers/memory-host';
import { applyEdits, safeFixEdits } from '../../server/src/engine/fixes';
import type { Engine } from '../../server/src/engine/index';

const CASES = Number(process.env.COPYDESK_FUZZ_CASES ?? 300);
const SEED = Number(process.env.COPYDESK_FUZZ_SEED ?? 20261130);
/** Very generous (it guards against hangs, not against slowness): 2 s per KB, at least 3 s. */
const MS_PER_KB = 2000;

/** mulberry32: small, seeded, the same sequence on every machine. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const REFERENCE = [
  'Mara Lindqvist, the harbour master of Port Elling, said on Monday, March 3, 2025 that 40 ships docked.',
  '"We have never seen a winter like this," Lindqvist said.',
  'Deputy Mayor Tomas Brekke told reporters the pier would reopen on Friday.',
].join('\n');

const WORDS = ['Mara', 'Lindqvist', 'Lindqvest', 'harbour', 'master', 'chief', 'said', 'told', 'reporters', 'Monday', 'Tuesday', 'March', '3,', '2025', '40', '41', 'ships', 'docked', 'Deputy', 'Mayor', 'Tomas', 'Brekke', 'Brekka', 'pier', 'reopen', 'Friday', 'officials', 'reportedly', 'according', 'to', 'the', 'a', 'of', 'and'];
const ODD = ['\u200b', '\u00a0', '\u202e', '\ufeff', 'e\u0301', '\ud83d\ude00', '\ud800', '\u2028', '\t', '\r', '&amp;', '&#x201C;', '&nbsp;', '<br>', '<!-- x -->', '\\', '`', '|', '~~'];
const QUOTES = ['"', '\u201C', '\u201D', '\u2018', '\u2019', "'", '``', "''", '\u00AB', '\u00BB'];
const PREFIXES = ['', '', '', '- ', '* ', '1. ', '> ', '> > ', '  - ', '# ', '### ', '    ', '```\n'];

function sentence(r: () => number): string {
  const pick = <T>(xs: T[]) => xs[Math.floor(r() * xs.length)];
  const n = 3 + Math.floor(r() * 14);
  const parts: string[] = [];
  for (let i = 0; i < n; i++) {
    const x = r();
    if (x < 0.1) parts.push(`${pick(QUOTES)}${pick(WORDS)}`);
    else if (x < 0.18) parts.push(`${pick(WORDS)}${pick(QUOTES)}`);
    else if (x < 0.24) parts.push(pick(ODD));
    else if (x < 0.28) parts.push(`*${pick(WORDS)}*`);
    else if (x < 0.3) parts.push(`[${pick(WORDS)}](http://example.org/${pick(WORDS)})`);
    else parts.push(pick(WORDS));
  }
  return `${parts.join(r() < 0.9 ? ' ' : '')}${pick(['.', '.', ',', '?', '!', ':', ''])}`;
}

function draft(r: () => number): string {
  const paragraphs: string[] = [];
  if (r() < 0.2) paragraphs.push('---\npublished: 2025-03-05\n---');
  const count = 1 + Math.floor(r() * 8);
  for (let p = 0; p < count; p++) {
    const prefix = PREFIXES[Math.floor(r() * PREFIXES.length)];
    const nest = r() < 0.05 ? prefix.repeat(1 + Math.floor(r() * 40)) : prefix;
    const lines = 1 + Math.floor(r() * 3);
    paragraphs.push(Array.from({ length: lines }, () => nest + sentence(r)).join(r() < 0.8 ? ' ' : '\n'));
  }
  return paragraphs.join(r() < 0.85 ? '\n\n' : '\n');
}

function checkCase(engine: Engine, text: string, label: string): void {
  const start = performance.now();
  let current = text;
  let findings = engine.check(current, { published: '2025-03-05' });
  const inside = () => {
    for (const f of findings) {
      assert.ok(f.range.start >= 0 && f.range.start <= f.range.end && f.range.end <= current.length, `${label}: range ${JSON.stringify(f.range)} outside ${current.length}`);
      for (const fix of f.fixes) for (const e of fix.edits) assert.ok(e.range.start >= 0 && e.range.end <= current.length, `${label}: fix edit outside the draft`);
    }
  };
  inside();
  for (let pass = 0; pass < 3; pass++) {
    const edits = safeFixEdits(findings);
    if (!edits.length) break;
    current = applyEdits(current, edits).text;
    findings = engine.check(current, { published: '2025-03-05' });
    inside();
  }
  assert.deepEqual(safeFixEdits(findings), [], `${label}: fixable findings remain after fixing:\n${current}`);
  const ms = performance.now() - start;
  const budget = Math.max(3000, (MS_PER_KB * text.length) / 1024);
  assert.ok(ms < budget, `${label}: ${ms.toFixed(0)} ms for ${text.length} characters`);
}

describe(`fuzz: ${CASES} generated drafts (seed ${SEED})`, function () {
  this.timeout(Math.max(120000, CASES * 2000));
  let engine: Engine;
  before(async () => {
    engine = await engineWithReferences({ 'harbour.txt': REFERENCE });
  });

  it('no exception, ranges inside the draft, nothing fixable left after fixing, time bounded per KB', () => {
    const r = rng(SEED);
    for (let i = 0; i < CASES; i++) {
      const text = draft(r);
      checkCase(engine, text, `case ${i} (seed ${SEED})`);
    }
  });
});
