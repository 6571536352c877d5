// A draft's choice among the archive articles, kept in its front matter:
//   archive:
//     pin: [../archive/2024/harbour-post.md]
//     exclude: [../archive/2023/old-story.txt]
// Editing goes through the YAML document model so the writer's other keys, order and comments stay.
// Pure: no vscode import, so the unit tests run it directly.
import { isMap, isSeq, parseDocument } from 'yaml';

export type ArchiveChoiceKind = 'pin' | 'exclude';

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n?---(?:\r?\n|$)/;

/**
 * The draft text with `path` (relative to the draft's folder) added to `archive.pin` or `archive.exclude`,
 * and taken out of the other list. Returns undefined when the front matter is not valid YAML (left alone).
 */
export function withArchiveChoice(text: string, kind: ArchiveChoiceKind, path: string): string | undefined {
  const match = FRONT_MATTER.exec(text);
  const yaml = match ? match[1] : '';
  const doc = parseDocument(yaml);
  if (doc.errors.length || (doc.contents && !isMap(doc.contents))) return undefined;
  const other: ArchiveChoiceKind = kind === 'pin' ? 'exclude' : 'pin';
  const list = (key: ArchiveChoiceKind): string[] => {
    const node = doc.getIn(['archive', key]);
    return isSeq(node) ? node.items.map((i) => String((i as { value?: unknown }).value ?? i)) : typeof node === 'string' ? [node] : [];
  };
  const want = [...new Set([...list(kind), path])];
  const keep = list(other).filter((p) => p !== path);
  doc.setIn(['archive', kind], doc.createNode(want, { flow: true }));
  if (keep.length) doc.setIn(['archive', other], doc.createNode(keep, { flow: true }));
  else if (doc.hasIn(['archive', other])) doc.deleteIn(['archive', other]);
  const front = `---\n${String(doc).replace(/\n$/, '')}\n---\n`;
  return match ? front + text.slice(match[0].length) : `${front}\n${text}`;
}
