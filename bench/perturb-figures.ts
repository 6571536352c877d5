// npm run bench:perturb -- [--limit N] [-v]
// Recall of the figure checks on real copy, measured without hand-written drafts: every article of
// ../shared/realcopy is a draft checked against the other articles of its story; each figure that a
// reference also gives (the same number as written, next to the same noun, in one reference sentence)
// and shares three more content words with the draft's sentence — the same fact, found without our
// alignment) is changed in the draft, one at a time ("280,000" → "208,000", "three" → "four"), and the
// check must flag exactly that figure. Only figures written exactly are changed: "about 20" → "about 21"
// is no contradiction. Professional copy paraphrases the same fact in every outlet's own words,
// so this measures how well figures are aligned across outlets on stories never looked at one by one.
// The unchanged articles measure the other side: every finding on them is a false alarm unless the
// outlets really disagree (see bench/realcopy-judged.jsonl). It measures; it exits 0 whatever it finds.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Corpus } from '../server/src/engine/corpus/corpus';
import { buildDraft } from '../server/src/engine/draft/draft';
import { emptyConfig } from '../server/src/engine/config';
import { figureMismatch } from '../server/src/engine/checks/numbers/figure-mismatch';
import { ageMismatch } from '../server/src/engine/checks/numbers/age-mismatch';
import { sentenceQuantities, type Quantity } from '../server/src/engine/numbers/quantities';
import { stem, termsOf } from '../server/src/engine/align/terms';
import { NUMBER_WORDS } from '../server/src/engine/numbers/amounts';

const root = join(__dirname, '..', '..', 'shared', 'realcopy');
if (!existsSync(root)) {
  console.log(`bench:perturb: no corpus at ${root}; nothing measured.`);
  process.exit(0);
}
const args = process.argv.slice(2);
const limit = Number(args[args.indexOf('--limit') + 1] || 0) || Infinity;
const verbose = args.includes('-v');
const rules = [figureMismatch, ageMismatch];
const WORDS = Object.keys(NUMBER_WORDS);

/** The number as written, changed the way a slip changes it: two digits swapped, else one digit off; a number word one off. */
function slip(number: string): string | undefined {
  const low = number.toLowerCase();
  if (WORDS.includes(low)) {
    const v = NUMBER_WORDS[low];
    const next = WORDS.find((w) => NUMBER_WORDS[w] === (v >= 2 && v <= 10 ? v + 1 : -1));
    return next && (number[0] === number[0].toUpperCase() ? next[0].toUpperCase() + next.slice(1) : next);
  }
  const digits = [...number].map((c, i) => [c, i] as const).filter(([c]) => /\d/.test(c));
  if (digits.length < 2) return /^[2-8]$/.test(number) ? String(+number + 1) : undefined;
  const [[a, i], [b, j]] = digits;
  const chars = [...number];
  if (a !== b && b !== '0') [chars[i], chars[j]] = [b, a];
  else chars[j] = String((+b + 1) % 10);
  return chars.join('');
}

const toDraft = (title: string, published: string, text: string) => {
  const paras = text.replace(/\r\n?/g, '\n').split('\n').map((l) => l.trim()).filter(Boolean);
  return `---\ntitle: ${JSON.stringify(title ?? '')}\npublished: ${published}\n---\n\n${paras.join('\n\n')}\n`;
};

/** The number inside a quantity as written ("280,000" in "about 280,000 customers"). */
const numberOf = (q: Quantity) => /\d[\d,.]*|[A-Za-z]+(?=$)/.exec(q.text.replace(/^(?:about|around|some|nearly|almost|more than|over|at least|roughly|only|just)\s+/i, ''))?.[0];

let candidates = 0;
let caught = 0;
let baseline = 0;
const byKind = new Map<string, [number, number]>();
const missed: string[] = [];
let clusters = 0;
for (const cluster of readdirSync(root).sort()) {
  const dir = join(root, cluster);
  if (!existsSync(join(dir, 'references.json')) || clusters >= limit) continue;
  clusters++;
  const side = JSON.parse(readFileSync(join(dir, 'references.json'), 'utf8')) as { file: string; outlet: string; published: string; title: string }[];
  for (const entry of side) {
    const corpus = new Corpus();
    for (const o of side) if (o !== entry) corpus.set(join(dir, o.file), readFileSync(join(dir, o.file), 'utf8'), { outlet: o.outlet, published: o.published });
    const md = toDraft(entry.title, entry.published, readFileSync(join(dir, entry.file), 'utf8'));
    const draft = buildDraft(md, { today: entry.published });
    baseline += rules.flatMap((r) => r.run({ draft, corpus, config: emptyConfig() })).length;
    const refSentences = [...corpus.references()].flatMap((ref) => ref.sentences.map((s) => ({ ref, s })));
    for (const sentence of draft.sentences) {
      const qs = sentenceQuantities(sentence, draft.published);
      for (const q of qs) {
        const number = numberOf(q);
        if (!number || q.kind === 'ordinal' || q.qualifier !== 'exact') continue;
        const unit = q.kind === 'money' || q.kind === 'percent' ? '' : stem(q.noun);
        // Ground truth without our alignment: a reference sentence gives the same number next to the same noun.
        const word = new RegExp(`(?<![\\w.,])${number.replace(/[.$]/g, '\\$&')}(?![\\w,]*\\d)`);
        const own = new Set(termsOf(sentence.tokens).filter((t) => t !== unit));
        const confirmed = refSentences.some(
          ({ s }) => word.test(s.text) && (!unit || s.tokens.some((t) => stem(t.text) === unit)) && termsOf(s.tokens).filter((t) => own.has(t)).length >= 3,
        );
        if (!confirmed) continue;
        const changed = slip(number);
        if (!changed || changed === number) continue;
        const at = q.start + q.text.indexOf(number);
        const text = md.slice(0, at) + changed + md.slice(at + number.length);
        const perturbed = buildDraft(text, { today: entry.published });
        const hit = rules.some((r) => r.run({ draft: perturbed, corpus, config: emptyConfig() }).some((f) => f.range.start <= at && at < f.range.end + 1));
        candidates++;
        if (hit) caught++;
        const k = byKind.get(q.kind) ?? [0, 0];
        byKind.set(q.kind, [k[0] + (hit ? 1 : 0), k[1] + 1]);
        if (!hit && verbose) missed.push(`${cluster}/${entry.file}: «${number}»→«${changed}» ${sentence.text.slice(0, 160)}`);
      }
    }
  }
}
if (verbose) for (const m of missed) console.log(`  missed ${m}`);
console.log(`\nbench:perturb: ${clusters} stories; ${candidates} figures a reference confirms, changed one at a time; caught ${caught} (recall ${(caught / Math.max(1, candidates)).toFixed(2)})`);
for (const [kind, [c, n]] of byKind) console.log(`  ${kind.padEnd(8)} ${String(c).padStart(4)}/${String(n).padEnd(4)} ${(c / n).toFixed(2)}`);
console.log(`  findings on the unchanged articles (false alarms unless the outlets disagree): ${baseline}`);
