// Memo tables bounded by size, not by entry count. The engine memoises per paragraph (or chunk, or
// sentence) keyed by its text, so a keystroke re-analyses only what it touched; in a long editing
// session every old version of every paragraph would stay. Each table has a byte budget (estimated
// from the key's length: the analysis of a text grows with the text) and drops its oldest entries
// past it; a hit moves the entry to the young end, so the current draft's paragraphs stay.
// Entries no check has used for a while (old versions of edited paragraphs) go too, well before the
// budget fills: a long editing session keeps a flat memory line instead of growing to every budget.

/** Counts drafts built; an entry unused for `STALE_AFTER` of them belongs to text no longer in any draft. */
let epoch = 0;
const STALE_AFTER = 16;

/** A draft is about to be analysed: entries last used `STALE_AFTER` drafts ago may be dropped. */
export function nextDraftEpoch(): void {
  epoch++;
}

export class Memo<V> {
  private readonly map = new Map<string, { value: V; cost: number; used: number }>();
  private bytes = 0;

  constructor(
    /** Budget for keys and values together, in bytes (estimated). */
    private readonly maxBytes: number,
    /** Estimated bytes of a value per UTF-16 unit of its key (tokens, offsets, objects per character). */
    private readonly bytesPerChar = 64,
  ) {}

  get(key: string): V | undefined {
    const hit = this.map.get(key);
    if (!hit) return undefined;
    // Moved to the young end once per draft: the rules ask for the same sentence several times per check,
    // and re-inserting a long key each time is most of a hit's cost.
    if (hit.used !== epoch) {
      this.map.delete(key);
      this.map.set(key, hit);
      hit.used = epoch;
    }
    return hit.value;
  }

  set(key: string, value: V): void {
    const old = this.map.get(key);
    if (old) {
      this.bytes -= old.cost;
      this.map.delete(key);
    }
    const cost = 64 + key.length * (2 + this.bytesPerChar);
    this.map.set(key, { value, cost, used: epoch });
    this.bytes += cost;
    // Oldest first (a hit moves an entry to the end): drop past the budget, and anything gone stale.
    for (const [k, v] of this.map) {
      if (k === key || (this.bytes <= this.maxBytes && epoch - v.used <= STALE_AFTER)) break;
      this.map.delete(k);
      this.bytes -= v.cost;
    }
  }

  get size(): number {
    return this.map.size;
  }

  clear(): void {
    this.map.clear();
    this.bytes = 0;
  }
}

export const MB = 1024 * 1024;

/**
 * A pure function of a word, remembered for up to `max` different words and forgotten all at once past
 * that: for small answers asked about the same words on every re-check (stems), where a byte-budgeted
 * Memo would cost more than the work it saves.
 */
export function memoisedByWord<V>(fn: (word: string) => V, max: number): (word: string) => V {
  const known = new Map<string, V>();
  return (word) => {
    let v = known.get(word);
    if (v === undefined) {
      if (known.size >= max) known.clear();
      known.set(word, (v = fn(word)));
    }
    return v;
  };
}
