// `copydesk check` with an archive: open it (a broken archive is one warning line while hand-listed
// references remain), then give every draft the archive articles about its story.
import type { Engine, Project } from '../engine/index';
import type { Reference } from '../engine/corpus/reference';
import { ArchiveError, redactUrl } from '../host/archive/archive';
import { ArchiveReferences, resolveChoice } from '../host/archive/draft-references';
import { dirname } from '../engine/path';
import { archiveSpec, openArchive } from '../host/archive/open-archive';
import type { DraftTask } from './analyze';
import type { CheckArgs } from './args';
import { CliError } from './errors';

export interface CheckArchive {
  references: ArchiveReferences;
  close(): Promise<void>;
}

/**
 * The archive named by --archive (relative to the cwd) or copydesk.json (relative to its folder), open;
 * undefined when none is named, or when it cannot be used but hand-listed references can (after a
 * warning). Throws CliError when it cannot be used and nothing else can be checked against.
 */
export async function openCheckArchive(args: CheckArgs, cwd: string, project: Project, canCheckWithout: boolean, warn: (line: string) => void): Promise<CheckArchive | undefined> {
  const setting = args.archive ?? project.config.archive;
  if (setting === undefined) return undefined;
  const spec = args.archive !== undefined ? archiveSpec(args.archive, cwd) : archiveSpec(project.config.archive!, project.root);
  // --archive FILE keeps copydesk.json's window and max.
  const configured = project.config.archive;
  if (args.archive !== undefined && configured && typeof configured === 'object') {
    spec.window = configured.window ?? spec.window;
    spec.max = configured.max ?? spec.max;
  }
  try {
    const archive = await openArchive(spec.location);
    return { references: new ArchiveReferences(archive, spec), close: () => archive.close() };
  } catch (e) {
    const reason = e instanceof ArchiveError ? e.message : `archive ${redactUrl(spec.location)}: ${(e as Error).message}`;
    if (!canCheckWithout) throw new CliError(reason);
    warn(`copydesk: ${reason}; checking against the hand-listed references only`);
    return undefined;
  }
}

/**
 * Retrieve each draft's archive articles into its task (articles also listed by hand are left to
 * the hand-listed copy). Returns the raw text of every article used, for evidence locations.
 */
export async function attachArchiveReferences(engine: Engine, archive: CheckArchive, tasks: DraftTask[]): Promise<Map<string, string>> {
  const raw = new Map<string, string>();
  for (const task of tasks) {
    const draft = engine.buildDraft(task.text, { path: task.path, published: task.published });
    let found: Reference[];
    try {
      found = (await archive.references.forDraft(draft.prose, draft.published, resolveChoice(draft.archive, task.path ? dirname(task.path) : undefined))).references;
    } catch (e) {
      throw new CliError(e instanceof ArchiveError ? e.message : `archive: ${(e as Error).message}`);
    }
    task.references = found.filter((r) => !engine.corpus.get(r.id));
    for (const r of task.references) raw.set(r.id, r.raw);
  }
  return raw;
}
