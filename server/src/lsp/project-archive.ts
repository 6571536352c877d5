// The server's side of the archive: one open archive per project (copydesk.json's "archive"), and per
// open draft the articles retrieved for it. A draft keeps its articles while its names and date stay
// the same, so typing a sentence does not change what it is checked against (no flickering).
import type { Project as EngineProject } from '../engine/project';
import type { Logger } from '../engine/types';
import type { Draft } from '../engine/draft/draft';
import type { ReferenceInfo } from './protocol';
import { ArchiveError, redactUrl } from '../host/archive/archive';
import { ArchiveReferences, resolveChoice, type DraftReferences } from '../host/archive/draft-references';
import { dirname } from '../engine/path';
import { uriToPath } from './uri';
import { draftFeatures } from '../host/archive/features';
import { archiveSpec, openArchive, type ArchiveSpec } from '../host/archive/open-archive';

const NONE: DraftReferences = { references: [], retrieved: [] };

export class ProjectArchive {
  private readonly byDocument = new Map<string, { key: string; result: Promise<DraftReferences> }>();

  private constructor(
    readonly spec: ArchiveSpec,
    private readonly refs: ArchiveReferences,
    private readonly logger: Logger,
  ) {}

  /** The archive of a project as configured, or undefined (none configured, or it cannot be used: logged once). */
  static async open(project: EngineProject, logger: Logger): Promise<ProjectArchive | undefined> {
    if (project.config.archive === undefined) return undefined;
    const spec = archiveSpec(project.config.archive, project.root);
    try {
      const archive = await openArchive(spec.location);
      return new ProjectArchive(spec, new ArchiveReferences(archive, spec), logger);
    } catch (e) {
      const reason = e instanceof ArchiveError ? e.message : `archive ${redactUrl(spec.location)}: ${(e as Error).message}`;
      logger.warn(`${reason}; checking against the hand-listed references only`);
      return undefined;
    }
  }

  /** Keep this archive when the project's setting did not change; else close it and open the new one. */
  static async reopen(previous: ProjectArchive | undefined, project: EngineProject, logger: Logger): Promise<ProjectArchive | undefined> {
    const wanted = project.config.archive === undefined ? undefined : archiveSpec(project.config.archive, project.root);
    if (previous && wanted && JSON.stringify(previous.spec) === JSON.stringify(wanted)) return previous;
    await previous?.close();
    return ProjectArchive.open(project, logger);
  }

  /** The articles for a draft: retrieved again only when its names or publication date changed. */
  forDocument(uri: string, draft: Draft): Promise<DraftReferences> {
    const features = draftFeatures(draft.prose, draft.published);
    const path = uriToPath(uri);
    const choice = resolveChoice(draft.archive, path ? dirname(path) : undefined);
    const key = JSON.stringify([draft.published, [...features.names].sort(), choice]);
    const cached = this.byDocument.get(uri);
    if (cached?.key === key) return cached.result;
    const result = this.refs.forDraft(draft.prose, draft.published, choice).catch((e: Error) => {
      // The hand-listed references are still checked; the next change of names retries.
      this.logger.warn(`${e.message}; checking against the hand-listed references only`);
      return NONE;
    });
    this.byDocument.set(uri, { key, result });
    return result;
  }

  /** The articles a draft was last checked with, as "Show references" lists them (with why each was chosen). */
  async listFor(uri: string, draft: Draft, refUri: (id: string) => string): Promise<ReferenceInfo[]> {
    const { retrieved } = await this.forDocument(uri, draft);
    return retrieved.map((r) => {
      const m = r.article;
      return {
        uri: refUri(m.path),
        outlet: m.outlet ?? null,
        published: m.published ?? null,
        title: m.title ?? m.sidecar.title ?? null,
        url: m.sidecar.url ?? null,
        publishedFrom: m.published ? 'archive' : 'none',
        retrieved: { names: r.sharedNames, terms: r.sharedTerms, ...(r.pinned ? { pinned: true } : {}) },
      };
    });
  }

  forget(uri: string): void {
    this.byDocument.delete(uri);
  }

  async close(): Promise<void> {
    this.byDocument.clear();
    await this.refs.archive.close();
  }
}
