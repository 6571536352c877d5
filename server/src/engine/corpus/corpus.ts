// The reference corpus: every reference parsed once, replaced one file at a time when it changes.
// Checks derive their own indexes through `perReference` (cached per parsed reference, so an edit
// to one file re-derives only that file) and `derived` (cached per corpus version).
import { parseReference, type Reference, type ReferenceMeta } from './reference';

let versions = 0;
const nextVersion = () => ++versions;

export class Corpus {
  private readonly refs = new Map<string, Reference>();
  /** Per-reference facts, keyed by the parsed reference: a corpus made with `plus` shares them. */
  constructor(private readonly perRefCache = new Map<string, WeakMap<Reference, unknown>>()) {}
  private readonly derivedCache = new Map<string, { version: number; value: unknown }>();
  /** Bumped on every change; derived indexes compare it. */
  /** Unique across every corpus of the process: caches keyed by it never mix two projects' references. */
  version = nextVersion();

  get size(): number {
    return this.refs.size;
  }

  references(): Reference[] {
    return [...this.refs.values()];
  }

  get(id: string): Reference | undefined {
    return this.refs.get(id);
  }

  /** Add or replace one reference. Returns the parsed reference. */
  set(id: string, raw: string, sidecar?: Partial<ReferenceMeta>): Reference {
    const ref = parseReference(id, raw, sidecar);
    this.refs.set(id, ref);
    this.version = nextVersion();
    return ref;
  }

  /** Add an already parsed reference (used when a parse is shared between engines). */
  add(ref: Reference): void {
    this.refs.set(ref.id, ref);
    this.version = nextVersion();
  }

  delete(id: string): boolean {
    const had = this.refs.delete(id);
    if (had) this.version = nextVersion();
    return had;
  }

  clear(): void {
    this.refs.clear();
    this.version = nextVersion();
  }

  /**
   * This corpus with `extra` references added (a draft's archive articles), as a corpus of its own: its
   * corpus-wide indexes are its own, but what each reference yields is shared with this one.
   */
  plus(extra: readonly Reference[]): Corpus {
    const c = new Corpus(this.perRefCache);
    for (const r of this.refs.values()) c.refs.set(r.id, r);
    for (const r of extra) if (!c.refs.has(r.id)) c.refs.set(r.id, r);
    return c;
  }

  /** A fact list derived from each reference, computed once per parsed reference. */
  perReference<T>(key: string, compute: (ref: Reference) => T): { ref: Reference; value: T }[] {
    let cache = this.perRefCache.get(key) as WeakMap<Reference, T> | undefined;
    if (!cache) {
      cache = new WeakMap();
      this.perRefCache.set(key, cache);
    }
    const out: { ref: Reference; value: T }[] = [];
    for (const ref of this.refs.values()) {
      let value = cache.get(ref);
      if (value === undefined) {
        value = compute(ref);
        cache.set(ref, value);
      }
      out.push({ ref, value });
    }
    return out;
  }

  /** A corpus-wide index, recomputed only after the corpus changed. */
  derived<T>(key: string, compute: (corpus: Corpus) => T): T {
    const hit = this.derivedCache.get(key);
    if (hit && hit.version === this.version) return hit.value as T;
    const value = compute(this);
    this.derivedCache.set(key, { version: this.version, value });
    return value;
  }
}
