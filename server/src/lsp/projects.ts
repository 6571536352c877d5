// The server's projects: one engine (and corpus) per copydesk.json — or per workspace folder when a
// draft has none — plus the extra reference globs from settings. A draft finds its project by walking
// up to the nearest copydesk.json on every check, so a config created or deleted later is picked up
// without bookkeeping. A reference change reloads just that file; a config change reopens its project.
import picomatch from 'picomatch';
import { ConfigError, createEngine, type Engine, type EngineHost } from '../engine/index';
import { findConfig } from '../engine/project';
import { referenceKind } from '../engine/corpus/reference';
import { basename, dirname, resolve } from '../engine/path';
import { ProjectArchive } from './project-archive';

export interface ProjectProblem {
  message: string;
  /** Where in copydesk.json, when the problem is in it. */
  offset: number;
  length: number;
  /** The reference input that matched nothing, when that is the problem (to point at it in the config). */
  input?: string;
}

const GLOB = /[*?[\]{}]/;

interface Pattern {
  /** Absolute path or absolute glob. */
  abs: string;
  glob: boolean;
}

export class Project {
  readonly engine: Engine;
  ready: Promise<void> = Promise.resolve();
  problem?: ProjectProblem;
  referenceFiles = new Set<string>();
  patterns: Pattern[] = [];
  /** Opened successfully at least once. */
  opened = false;
  /** The problem the user was last told about in a message (cleared once the project opens cleanly). */
  announced?: string;
  /** copydesk.json's "archive", open (each draft's archive articles are added to its check). */
  archive?: ProjectArchive;

  constructor(
    readonly key: string,
    readonly configPath: string | undefined,
    /** Where extra references (settings) are resolved from; the root when there is no config. */
    readonly startDir: string,
    readonly extraReferences: string[],
    private readonly host: EngineHost,
    readonly allowOutsideReferences = false,
  ) {
    this.engine = createEngine(host);
  }

  /** (Re)read the config and every reference. Queued behind any open in progress; never rejects. */
  reopen(): Promise<void> {
    this.ready = this.ready.then(() => this.open());
    return this.ready;
  }

  private async open(): Promise<void> {
    try {
      const project = await this.engine.open({ configPath: this.configPath, startDir: this.startDir, extraReferences: this.extraReferences, allowOutsideReferences: this.allowOutsideReferences });
      this.problem = undefined;
      this.announced = undefined;
      this.referenceFiles = new Set(project.referenceFiles);
      this.archive = await ProjectArchive.reopen(this.archive, project, this.host.logger);
      this.patterns = [
        ...project.config.references.map((input) => pattern(project.root, input)),
        ...this.extraReferences.map((input) => pattern(this.startDir, input)),
      ];
      this.opened = true;
    } catch (e) {
      // The engine keeps its previous corpus: a half-typed config does not blank every diagnostic.
      if (e instanceof ConfigError) {
        const input = /reference path "(.*)" matches no/.exec(e.message)?.[1];
        this.problem = { message: e.message, offset: e.offset, length: e.length, input };
      } else {
        this.problem = { message: `cannot load the project: ${(e as Error)?.message ?? e}`, offset: 0, length: 0 };
      }
    }
  }

  /** Run a change to the corpus after any open in progress; never rejects. */
  update(change: () => Promise<void>): Promise<void> {
    this.ready = this.ready.then(change).catch(() => undefined);
    return this.ready;
  }

  /** Whether a (new) file falls under one of this project's reference globs or folders. */
  matches(path: string): boolean {
    if (!referenceKind(path)) return false;
    return this.patterns.some((p) => (p.glob ? picomatch.isMatch(path, p.abs, { dot: false }) : path === p.abs || path.startsWith(`${p.abs}/`)));
  }

  /** Globs (absolute) a file watcher needs to see this project's references change. */
  watchGlobs(): { base: string; pattern: string }[] {
    const out: { base: string; pattern: string }[] = [];
    for (const p of this.patterns) {
      if (p.glob) {
        const segs = p.abs.split('/');
        const i = segs.findIndex((s) => GLOB.test(s));
        out.push({ base: segs.slice(0, i).join('/') || '/', pattern: segs.slice(i).join('/') });
      } else {
        out.push({ base: p.abs, pattern: '**/*' }, { base: dirname(p.abs), pattern: basename(p.abs) });
      }
    }
    return out;
  }
}

function pattern(base: string, input: string): Pattern {
  return { abs: resolve(base, input), glob: GLOB.test(input) };
}

/** How long a found (or missing) copydesk.json is trusted without a file event saying it changed. */
const CONFIG_LOOKUP_MS = 2000;

export class Projects {
  private readonly byKey = new Map<string, Project>();
  /**
   * Where the nearest copydesk.json of a folder is, for a short while: each keystroke would otherwise walk the
   * folders up again, one file-system turn per level, and wait behind a long check for every turn.
   */
  private readonly configLookups = new Map<string, { at: number; found: Promise<string | undefined> }>();

  constructor(
    private readonly host: EngineHost,
    /** Called after a new project opened (to watch its reference globs). */
    private readonly onOpened: (project: Project) => void = () => undefined,
  ) {}

  all(): Project[] {
    return [...this.byKey.values()];
  }

  get(key: string): Project | undefined {
    return this.byKey.get(key);
  }

  /**
   * The project of a draft: its nearest copydesk.json (searched from the draft's folder, or the
   * workspace folder for unsaved drafts), plus the extra references from settings, which are
   * resolved against the workspace folder.
   */
  async forDocument(path: string | undefined, folder: string | undefined, extraReferences: string[], allowOutsideReferences = false): Promise<Project> {
    const project = await this.projectFor(path, folder, extraReferences, allowOutsideReferences);
    await project.ready;
    return project;
  }

  /** The project of a draft as it stands: it may still be reading its references (see `ready`). */
  async projectFor(path: string | undefined, folder: string | undefined, extraReferences: string[], allowOutsideReferences = false): Promise<Project> {
    const startDir = folder ?? (path ? dirname(path) : '/');
    const searchFrom = path ? dirname(path) : folder;
    const configPath = searchFrom ? await this.nearestConfig(searchFrom) : undefined;
    const key = JSON.stringify([configPath ?? null, configPath && !extraReferences.length ? null : startDir, extraReferences, allowOutsideReferences]);
    let project = this.byKey.get(key);
    if (!project) {
      project = new Project(key, configPath, startDir, extraReferences, this.host, allowOutsideReferences);
      this.byKey.set(key, project);
      const created = project;
      void project.reopen().then(() => this.onOpened(created));
    }
    return project;
  }

  private nearestConfig(dir: string): Promise<string | undefined> {
    const hit = this.configLookups.get(dir);
    if (hit && Date.now() - hit.at < CONFIG_LOOKUP_MS) return hit.found;
    const found = findConfig(this.host, dir);
    this.configLookups.set(dir, { at: Date.now(), found });
    if (this.configLookups.size > 256) this.configLookups.delete(this.configLookups.keys().next().value!);
    return found;
  }

  /** A copydesk.json appeared or went away: look again. */
  configFilesChanged(): void {
    this.configLookups.clear();
  }

  delete(key: string): void {
    this.byKey.delete(key);
  }

  withConfig(path: string): Project[] {
    return this.all().filter((p) => p.configPath === path);
  }

  withReference(path: string): Project[] {
    return this.all().filter((p) => p.referenceFiles.has(path));
  }
}
