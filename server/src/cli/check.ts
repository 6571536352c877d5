// `copydesk check`: drafts in, findings out (text | json | sarif | github), exit 0 / 1 / 2.
import { writeFile } from 'node:fs/promises';
import { dirname, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ConfigError, createEngine, type Engine } from '../engine/index';
import { levelFor } from '../engine/config';
import { findConfig } from '../engine/project';
import type { Severity } from '../engine/types';
import { createNodeHost, toEnginePath } from '../host/node-host';
import { toDiagnostic } from '../lsp/diagnostic';
import type { DraftTask } from './analyze';
import type { CheckArgs } from './args';
import { readBaseline, writeBaseline, type BaselineItem } from './baseline';
import { unifiedDiff } from './diff';
import { changedLines, changedSince, discoverDrafts } from './discover';
import { CliError, EXIT_FINDINGS, EXIT_OK } from './errors';
import { attachArchiveReferences, openCheckArchive, type CheckArchive } from './archive-check';
import { colors, shouldColor } from './format/color';
import { formatGithub } from './format/github';
import { formatJson } from './format/json';
import { formatSarif } from './format/sarif';
import { formatText } from './format/text';
import { stderrLogger } from './logger';
import { DraftPool, runDrafts, workerCount } from './pool';
import { progressBar } from './progress';
import { readDraft } from './read-draft';
import { countFindings, plural, type FileReport, type RunReport } from './report';

const RANK: Record<Severity, number> = { hint: 0, info: 1, warning: 2, error: 3 };

export interface CheckIo {
  cwd: string;
  stdout: NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
  version: string;
}

function displayPath(cwd: string, abs: string): string {
  const rel = toEnginePath(relative(cwd, abs));
  return rel && !rel.startsWith('../') && rel !== '..' && !/^[A-Za-z]:/.test(rel) && !rel.startsWith('/') ? rel : abs;
}

async function openEngine(args: CheckArgs, io: CheckIo, firstDraft: string | undefined): Promise<{ engine: Engine; archive?: CheckArchive }> {
  const { cwd } = io;
  const host = createNodeHost(stderrLogger);
  let configPath: string | undefined;
  if (args.config) {
    configPath = toEnginePath(resolve(cwd, args.config));
    if ((await host.stat(configPath)) !== 'file') throw new CliError(`config file not found: ${args.config}`);
  } else {
    configPath = await findConfig(host, firstDraft ? dirname(firstDraft) : toEnginePath(cwd));
  }
  if (!configPath && !args.refs.length && !args.archive) {
    throw new CliError('no reference articles: pass --refs PATH or create a copydesk.json with "references" (or "archive"; see --archive)');
  }
  const engine = createEngine(host);
  let project;
  try {
    project = await engine.open({ configPath, startDir: toEnginePath(cwd), extraReferences: args.refs, allowOutsideReferences: args.allowOutsideRefs });
  } catch (e) {
    if (e instanceof ConfigError) throw new CliError(e.message);
    throw e;
  }
  const archive = await openCheckArchive(args, cwd, project, engine.corpus.size > 0, (line) => io.stderr.write(`${line}\n`));
  if (archive) return { engine, archive };
  if (!project.referenceFiles.length) {
    throw new CliError(`no reference articles: ${configPath ? `${displayPath(cwd, configPath)} lists none` : 'none given'}; pass --refs PATH or add "references" to copydesk.json`);
  }
  if (!engine.corpus.size) throw new CliError(`none of the ${plural(project.referenceFiles.length, 'reference file')} could be read`);
  return { engine };
}

export async function runCheck(args: CheckArgs, io: CheckIo): Promise<number> {
  const { cwd } = io;
  const inputs = args.inputs.length ? args.inputs : args.changedSince ? ['.'] : [];
  if (!inputs.length) throw new CliError('no drafts given: copydesk check [options] FILES|DIRS|GLOBS… (see copydesk --help)');
  const drafts = await discoverDrafts(inputs, cwd);
  // Workers start now so that loading them overlaps with parsing the references here.
  const workers = workerCount(drafts.length, args.jobs);
  const pool = workers > 1 ? new DraftPool(workers) : undefined;
  try {
    return await checkWith(args, io, drafts, pool);
  } finally {
    await pool?.close();
  }
}

async function checkWith(args: CheckArgs, io: CheckIo, drafts: string[], pool: DraftPool | undefined): Promise<number> {
  const { cwd } = io;
  // Ask git first: a ref it does not know should fail before the references are parsed.
  const git = args.changedSince ? await changedSince(args.changedSince, cwd) : undefined;
  const { engine, archive } = await openEngine(args, io, drafts[0]);
  try {
    return await checkOpened(args, io, drafts, pool, git, engine, archive);
  } finally {
    await archive?.close();
  }
}

async function checkOpened(args: CheckArgs, io: CheckIo, discovered: string[], pool: DraftPool | undefined, git: Awaited<ReturnType<typeof changedSince>> | undefined, engine: Engine, archive: CheckArchive | undefined): Promise<number> {
  const { cwd } = io;
  const inputs = args.inputs.length ? args.inputs : ['.'];
  let drafts = discovered;
  const project = engine.project!;

  // A folder of drafts may hold the (Markdown) references too: those are not drafts.
  const refs = new Set(project.referenceFiles);
  const explicit = new Set(args.inputs.map((i) => toEnginePath(resolve(cwd, i))));
  drafts = drafts.filter((d) => !refs.has(d) || explicit.has(d));
  if (!drafts.length) throw new CliError(`no draft files matched ${inputs.join(' ')} (only reference files)`);

  if (git) drafts = drafts.filter((d) => git.files.has(d));

  const tasks: DraftTask[] = [];
  const boms: boolean[] = [];
  for (const [index, path] of drafts.entries()) {
    const file = await readDraft(path, displayPath(cwd, path));
    boms.push(file.bom);
    tasks.push({ index, path, text: file.text, published: args.published, fix: args.fix ? 'fix' : args.fixDryRun ? 'dry-run' : 'none' });
  }

  const archiveText = archive ? await attachArchiveReferences(engine, archive, tasks) : new Map<string, string>();

  const progress = progressBar(tasks.length, io.stderr as NodeJS.WriteStream);
  let results;
  try {
    results = await runDrafts(engine, tasks, pool, (d, t) => progress.update(d, t));
  } finally {
    progress.clear();
  }

  // --fix writes; --fix-dry-run shows the diff.
  let fixedFiles = 0;
  let fixedProblems = 0;
  const patches: string[] = [];
  for (const r of results) {
    if (r.original === undefined) continue;
    fixedFiles++;
    fixedProblems += r.fixesApplied;
    const shown = displayPath(cwd, r.path);
    if (args.fix) {
      try {
        await writeFile(r.path, (boms[r.index] ? '\uFEFF' : '') + r.text, 'utf8');
      } catch (e) {
        throw new CliError(`${shown}: cannot write the fixed draft (${(e as Error).message})`);
      }
    } else {
      patches.push(unifiedDiff(`a/${shown}`, `b/${shown}`, r.original, r.text));
    }
  }

  const refText = (id: string) => engine.corpus.get(id)?.raw ?? archiveText.get(id);
  const refUri = (id: string) => (/^[a-z][a-z0-9+.-]+:/i.test(id) && !/^[A-Za-z]:\//.test(id) ? id : pathToFileURL(id).href);
  const baseline = args.baseline ? await readBaseline(resolve(cwd, args.baseline)) : undefined;
  let baselined = 0;
  let outside = 0;
  const baselineItems: BaselineItem[] = [];
  const files: FileReport[] = [];
  for (const r of results) {
    let lines: Set<number> | 'all' = 'all';
    if (args.changedLines && git) lines = await changedLines(args.changedSince!, r.path, git);
    const report: FileReport = { path: r.path, displayPath: displayPath(cwd, r.path), text: r.text, findings: [], fingerprints: [], diagnostics: [], fixesApplied: r.fixesApplied };
    r.findings.forEach((f, i) => {
      const d = toDiagnostic(f, r.text, refUri, refText, pathToFileURL(r.path).href);
      if (lines !== 'all') {
        let touched = false;
        for (let l = d.range.start.line + 1; l <= d.range.end.line + 1 && !touched; l++) touched = lines.has(l);
        if (!touched) {
          outside++;
          return;
        }
      }
      baselineItems.push({ path: r.path, rule: f.rule, fingerprint: r.fingerprints[i], text: r.text.slice(f.range.start, f.range.end), message: f.message });
      if (baseline?.consume(r.path, r.fingerprints[i])) {
        baselined++;
        return;
      }
      report.findings.push(f);
      report.fingerprints.push(r.fingerprints[i]);
      report.diagnostics.push(d);
    });
    files.push(report);
  }

  const ruleLevels: Record<string, string> = {};
  for (const rule of engine.rules) ruleLevels[rule.id] = levelFor(project.config.checks, rule.id, rule.defaultLevel);
  const report: RunReport = { cwd: toEnginePath(cwd), files, rules: engine.rules, ruleLevels, referenceText: refText, baselined, outsideChangedLines: outside, version: io.version };

  const notes: string[] = [];
  if (args.fix && fixedProblems) notes.push(`Fixed ${plural(fixedProblems, 'problem')} in ${plural(fixedFiles, 'file')}.`);
  if (baselined) notes.push(`${plural(baselined, 'finding')} in the baseline not shown.`);
  if (outside) notes.push(`${plural(outside, 'finding')} outside the changed lines not shown.`);
  if (args.changedSince && !drafts.length) notes.push(`No drafts changed since ${args.changedSince}.`);

  let written = 0;
  if (args.writeBaseline) written = await writeBaseline(resolve(cwd, args.writeBaseline), baselineItems);

  // The text report fits the terminal it is printed on; COLUMNS (set by shells and CI) otherwise.
  const columns = io.stdout.isTTY && io.stdout.columns ? io.stdout.columns : Number(process.env.COLUMNS) || undefined;
  const formatted = (format: CheckArgs['format'], color: boolean, toFile = false) =>
    format === 'json'
      ? formatJson(report)
      : format === 'sarif'
        ? formatSarif(report)
        : format === 'github'
          ? formatGithub(report)
          : formatText(report, colors(color), notes, { width: toFile ? undefined : columns });

  if (args.output) {
    try {
      await writeFile(resolve(cwd, args.output), formatted(args.format, false, true), 'utf8');
    } catch (e) {
      throw new CliError(`cannot write ${args.output}: ${(e as Error).message}`);
    }
  }
  if (args.fixDryRun) {
    io.stdout.write(patches.join(''));
    const n = countFindings(files);
    const remaining = n.error + n.warning + n.info + n.hint;
    io.stderr.write(`copydesk: --fix-dry-run: would fix ${plural(fixedProblems, 'problem')} in ${plural(fixedFiles, 'file')}; ${plural(remaining, 'problem')} would remain\n`);
  } else if (args.output || args.format === 'text') {
    io.stdout.write(formatted('text', shouldColor(io.stdout, args.color)));
  } else {
    io.stdout.write(formatted(args.format, false));
  }
  if (args.writeBaseline) io.stderr.write(`copydesk: wrote ${plural(written, 'finding')} to the baseline ${args.writeBaseline}\n`);

  if (args.writeBaseline) return EXIT_OK;
  const counts = countFindings(files);
  const failing = files.some((f) => f.findings.some((x) => RANK[x.severity] >= RANK[args.failLevel]));
  if (failing) return EXIT_FINDINGS;
  if (args.maxWarnings !== undefined && counts.warning > args.maxWarnings) {
    io.stderr.write(`copydesk: ${plural(counts.warning, 'warning')}, more than --max-warnings ${args.maxWarnings}\n`);
    return EXIT_FINDINGS;
  }
  return EXIT_OK;
}
