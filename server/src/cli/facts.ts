// `copydesk facts FILE`: what the engine extracts from a draft (.md, read as a draft) or an article
// (.txt, .html, read the way references are read), with UTF-16 offsets into the document's text.
import { readFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { createEngine } from '../engine/index';
import { extractFacts, type Facts, type FactsDocument } from '../engine/facts';
import { parseReference, referenceKind, type ReferenceMeta } from '../engine/corpus/reference';
import { parseSidecar, SIDECAR_FILE } from '../engine/corpus/sidecar';
import { createNodeHost, toEnginePath } from '../host/node-host';
import type { FactsArgs } from './args';
import { CliError, EXIT_OK } from './errors';
import { stderrLogger } from './logger';
import { readDraft } from './read-draft';

export interface FactsOutput extends Facts {
  path: string;
  /** 'draft' (Markdown) or 'reference' (read like a reference: clutter masked, HTML article extracted). */
  readAs: 'draft' | 'reference';
  /** For HTML the offsets refer to the extracted article text, not the raw markup. */
  offsetsInto: 'file' | 'article-text';
  /** The text the offsets point into (for line:column in the text output; not in the JSON). */
  text: string;
}

/** 1-based "line:column" of a UTF-16 offset (columns count UTF-16 code units, as editors do). */
export function lineColumn(text: string, offset: number): string {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return `${line}:${offset - lineStart + 1}`;
}

async function sidecarEntry(path: string): Promise<Partial<ReferenceMeta>> {
  try {
    return parseSidecar(await readFile(join(dirname(path), SIDECAR_FILE), 'utf8')).get(basename(path)) ?? {};
  } catch {
    return {};
  }
}

export async function factsFor(file: string, published: string | undefined, cwd: string): Promise<FactsOutput> {
  const path = toEnginePath(resolve(cwd, file));
  const { text } = await readDraft(path, file, 5 * 1024 * 1024);
  const kind = referenceKind(path);
  let doc: FactsDocument;
  let readAs: FactsOutput['readAs'];
  if (kind === 'txt' || kind === 'html') {
    const meta = await sidecarEntry(path);
    const ref = parseReference(path, text, published ? { ...meta, published } : meta);
    doc = { ...ref, published: ref.meta.published };
    readAs = 'reference';
  } else {
    doc = createEngine(createNodeHost(stderrLogger)).buildDraft(text, { published });
    readAs = 'draft';
  }
  const facts = extractFacts(doc);
  return { path: file, readAs, offsetsInto: kind === 'html' ? 'article-text' : 'file', text: doc.text, ...facts };
}

export function formatFactsText(f: FactsOutput): string {
  const out: string[] = [`${f.path} (read as a ${f.readAs}${f.published ? `, published ${f.published}` : ''})`];
  const at = (offset: number) => lineColumn(f.text, offset);
  const section = (title: string, rows: string[]) => {
    out.push('', `${title} (${rows.length})`);
    out.push(...(rows.length ? rows.map((r) => `  ${r}`) : ['  none']));
  };
  section(
    'People',
    f.people.map((p) => `${p.name}${p.titles.length ? ` — ${p.titles.join('; ')}` : ''} (${p.mentions.length} mention${p.mentions.length === 1 ? '' : 's'}: ${p.mentions.map((m) => at(m.start)).join(', ')})`),
  );
  section('Organizations', f.organizations.map((o) => `${o.name} (${o.mentions.length} mention${o.mentions.length === 1 ? '' : 's'}: ${o.mentions.map((m) => at(m.start)).join(', ')})`));
  section('Dates', f.dates.map((d) => `${at(d.start)}  "${d.text}" → ${d.value}`));
  section('Quotes', f.quotes.map((q) => `${at(q.start)}  ${q.speaker ?? '(no speaker)'}: ${q.text.length > 80 ? `${q.text.slice(0, 79)}…` : q.text}`));
  return out.join('\n') + '\n';
}

export async function runFacts(args: FactsArgs, io: { cwd: string; stdout: NodeJS.WritableStream }): Promise<number> {
  if (!args.file) throw new CliError('copydesk facts needs a FILE');
  const facts = await factsFor(args.file, args.published, io.cwd);
  if (args.format === 'json') {
    const { people, organizations, dates, quotes, published, path, readAs, offsetsInto } = facts;
    io.stdout.write(JSON.stringify({ path, readAs, offsetsInto, published, people, organizations, dates, quotes }, null, 2) + '\n');
  } else io.stdout.write(formatFactsText(facts));
  return EXIT_OK;
}
