// npm run bench:perturb -- [figures|dates|names] [--limit N] [-v]
// Recall on real copy without hand-written drafts: every article of ../shared/realcopy is a draft checked
// against the other articles of its story; a fact a reference also states (found without our alignment:
// the same value in a reference sentence that shares three more content words with the draft's) is
// changed in the draft, one at a time, the way a slip changes it, and the check must flag exactly that
// spot. Professional copy tells each fact in every outlet's own words, so this measures how well facts
// are matched across outlets on stories never looked at one by one. The unchanged articles count the
// other side: every finding on them is a false alarm unless the outlets disagree. It measures; exit 0.
//   figures  "280,000" → "208,000", "three" → "four" (numbers/figure-mismatch, numbers/age-mismatch)
//   dates    "Tuesday" → "Wednesday", "March 4" → "March 6" (dates rules)
//   names    a surname written with one vowel changed ("Gallant" → "Gallent") (names rules)
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Corpus } from '../server/src/engine/corpus/corpus';
import { buildDraft, type Draft } from '../server/src/engine/draft/draft';
import { emptyConfig } from '../server/src/engine/config';
import { rules as allRules } from '../server/src/engine/checks/index';
import { sentenceQuantities, type Quantity } from '../server/src/engine/numbers/quantities';
import { stem, termsOf } from '../server/src/engine/align/terms';
import { NUMBER_WORDS } from '../server/src/engine/numbers/amounts';
import type { Sentence } from '../server/src/engine/text/analyzed-text';

const root = join(__dirname, '..', '..', 'shared', 'realcopy');
if (!existsSync(root)) {
  console.log(`bench:perturb: no corpus at ${root}; nothing measured.`);
  process.exit(0);
}
const args = process.argv.slice(2);
const mode = (['figures', 'dates', 'names'].find((m) => args.includes(m)) ?? 'figures') as 'figures' | 'dates' | 'names';
const limit = Number(args[args.indexOf('--limit') + 1] || 0) || Infinity;
const verbose = args.includes('-v');
const rules = allRules.filter((r) => r.check === (mode === 'figures' ? 'numbers' : mode));

interface Edit {
  at: number;
  from: string;
  to: string;
  kind: string;
}

const WORDS = Object.keys(NUMBER_WORDS);
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.|Feb\\.|Aug\\.|Sept\\.|Oct\\.|Nov\\.|Dec\\.';

/** A number changed the way a slip changes it: two digits swapped, else one digit off; a number word one off. */
function numberSlip(number: string): string | undefined {
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

/** The number inside a quantity as written ("280,000" in "about 280,000 customers"). */
const numberOf = (q: Quantity) => /\d[\d,.]*|[A-Za-z]+(?=$)/.exec(q.text.replace(/^(?:about|around|some|nearly|almost|more than|over|at least|roughly|only|just)\s+/i, ''))?.[0];

/** Edits of one draft sentence, each with the pattern a reference sentence must hold to confirm the fact. */
function editsOf(sentence: Sentence, draft: Draft): { edit: Edit; confirm: RegExp; noun?: string }[] {
  const out: { edit: Edit; confirm: RegExp; noun?: string }[] = [];
  const esc = (s: string) => s.replace(/[.$()]/g, '\\$&');
  if (mode === 'figures') {
    for (const q of sentenceQuantities(sentence, draft.published)) {
      const number = numberOf(q);
      if (!number || q.kind === 'ordinal' || q.qualifier !== 'exact') continue;
      const to = numberSlip(number);
      if (!to || to === number) continue;
      out.push({ edit: { at: q.start + q.text.indexOf(number), from: number, to, kind: q.kind }, confirm: new RegExp(`(?<![\\w.,])${esc(number)}(?![\\w,]*\\d)`), noun: q.kind === 'money' || q.kind === 'percent' ? undefined : stem(q.noun) });
    }
  } else if (mode === 'dates') {
    for (const m of sentence.text.matchAll(new RegExp(`\\b(${WEEKDAYS.join('|')})\\b`, 'g'))) {
      const to = WEEKDAYS[(WEEKDAYS.indexOf(m[1]) + 1) % 7];
      out.push({ edit: { at: sentence.start + m.index, from: m[1], to, kind: 'weekday' }, confirm: new RegExp(`\\b${m[1]}\\b`) });
    }
    for (const m of sentence.text.matchAll(new RegExp(`\\b(?:${MONTHS}) (\\d{1,2})\\b(?!,? \\d{4}\\b)`, 'g'))) {
      const day = +m[1];
      if (day < 1 || day > 26) continue;
      out.push({ edit: { at: sentence.start + m.index + m[0].length - m[1].length, from: m[1], to: String(day + 2), kind: 'day' }, confirm: new RegExp(`\\b${esc(m[0])}\\b`) });
    }
  } else {
    // Surnames of full names: the last of two or three capitalised words, five letters or more.
    for (const m of sentence.text.matchAll(/\b\p{Lu}\p{Ll}+ (?:\p{Lu}\. )?(\p{Lu}\p{Ll}{4,})\b/gu)) {
      const surname = m[1];
      const v = /[aeiou]/.exec(surname.slice(1));
      if (!v) continue;
      const swap: Record<string, string> = { a: 'e', e: 'a', i: 'e', o: 'a', u: 'o' };
      const to = surname[0] + surname.slice(1, v.index + 1) + swap[v[0]] + surname.slice(v.index + 2);
      out.push({ edit: { at: sentence.start + m.index + m[0].length - surname.length, from: surname, to, kind: 'surname' }, confirm: new RegExp(`\\b${esc(m[0])}\\b`) });
    }
  }
  return out;
}

const toDraft = (title: string, published: string, text: string) => {
  const paras = text.replace(/\r\n?/g, '\n').split('\n').map((l) => l.trim()).filter(Boolean);
  return `---\ntitle: ${JSON.stringify(title ?? '')}\npublished: ${published}\n---\n\n${paras.join('\n\n')}\n`;
};

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
    const refSentences = [...corpus.references()].flatMap((ref) => ref.sentences);
    for (const sentence of draft.sentences) {
      for (const { edit, confirm, noun } of editsOf(sentence, draft)) {
        const own = new Set(termsOf(sentence.tokens).filter((t) => t !== noun));
        const confirmed = refSentences.some(
          (s) => confirm.test(s.text) && (!noun || s.tokens.some((t) => stem(t.text) === noun)) && termsOf(s.tokens).filter((t) => own.has(t)).length >= 3,
        );
        if (!confirmed) continue;
        const text = md.slice(0, edit.at) + edit.to + md.slice(edit.at + edit.from.length);
        const perturbed = buildDraft(text, { today: entry.published });
        const hit = rules.some((r) => r.run({ draft: perturbed, corpus, config: emptyConfig() }).some((f) => f.range.start <= edit.at && edit.at < f.range.end + 1));
        candidates++;
        if (hit) caught++;
        const k = byKind.get(edit.kind) ?? [0, 0];
        byKind.set(edit.kind, [k[0] + (hit ? 1 : 0), k[1] + 1]);
        if (!hit && verbose) missed.push(`${cluster}/${entry.file}: «${edit.from}»→«${edit.to}» ${sentence.text.slice(0, 160)}`);
      }
    }
  }
}
if (verbose) for (const m of missed) console.log(`  missed ${m}`);
console.log(`\nbench:perturb ${mode}: ${clusters} stories; ${candidates} facts a reference confirms, changed one at a time; caught ${caught} (recall ${(caught / Math.max(1, candidates)).toFixed(2)})`);
for (const [kind, [c, n]] of byKind) console.log(`  ${kind.padEnd(8)} ${String(c).padStart(4)}/${String(n).padEnd(4)} ${(c / n).toFixed(2)}`);
console.log(`  findings of the ${mode === 'figures' ? 'numbers' : mode} check on the unchanged articles (false alarms unless the outlets disagree): ${baseline}`);
