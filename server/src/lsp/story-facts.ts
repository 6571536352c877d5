// copydesk/storyFacts: the engine's facts for a draft, with LSP ranges and the findings that touch
// each fact (so the facts view can say what the references contradict). Pure.
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Draft } from '../engine/draft/draft';
import { extractFacts } from '../engine/facts';
import type { Corpus } from '../engine/corpus/corpus';
import type { Finding, Span } from '../engine/types';
import type { FactFinding, StoryFacts } from './protocol';
import { editorialOrganizations, editorialPeople, editorialSpeaker } from './story-facts-filter';
import { timexInWords } from '../engine/text/timex-words';
import { sourceLabel } from '../engine/text/source-label';

export function storyFacts(uri: string, draft: Draft, findings: Finding[], corpus: Corpus, refUri: (ref: string) => string): StoryFacts {
  const doc = TextDocument.create(uri, 'markdown', 0, draft.text);
  const facts = extractFacts(draft);
  const range = (s: Span) => ({ start: doc.positionAt(s.start), end: doc.positionAt(s.end) });
  const touching = (s: Span): FactFinding[] =>
    findings.filter((f) => f.range.start < s.end && s.start < f.range.end).map((f) => ({ code: f.rule, message: f.message }));
  const refs = corpus.references();
  const mentionedIn = (name: string) => {
    const last = name.split(/\s+/).pop() ?? name;
    return refs.filter((r) => r.text.includes(name) || (last.length > 3 && r.text.includes(last)));
  };
  const people = editorialPeople(facts.people);
  return {
    uri,
    published: draft.published ?? null,
    people: people.map((p) => {
      const inRefs = mentionedIn(p.name);
      return {
        name: p.name,
        titles: p.titles,
        mentions: p.mentions.map((m) => ({ range: range(m), text: m.text, title: m.title, findings: touching(withTitle(draft.text, m)) })),
        references: inRefs.map((r) => refUri(r.id)),
        referenceLabels: inRefs.map((r) => sourceLabel({ ref: r.id, outlet: r.meta.outlet, published: r.meta.published })),
      };
    }),
    organizations: editorialOrganizations(facts.organizations, facts.people).map((o) => ({
      name: o.name,
      mentions: o.mentions.map((m) => ({ range: range(m), text: m.text, title: null, findings: touching(m) })),
    })),
    dates: facts.dates.map((d) => ({ range: range(d), text: d.text, value: d.value, label: timexInWords(d.value, draft.published), findings: touching(d) })),
    quotes: facts.quotes.map((q) => ({ range: range(q), text: q.text, speaker: editorialSpeaker(q.speaker), findings: touching(q) })),
  };
}

/** A mention's span widened to the title written just before it ("Interior Minister Tomas Berg"). */
function withTitle(text: string, m: { start: number; end: number; title: string | null }): Span {
  if (!m.title) return m;
  const at = text.lastIndexOf(m.title, m.start);
  return at >= 0 && m.start - (at + m.title.length) <= 2 ? { start: at, end: m.end } : m;
}
