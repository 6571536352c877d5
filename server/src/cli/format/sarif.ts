// `--format sarif`: SARIF 2.1.0 for code-scanning tools: the rules, one result per finding with a
// fingerprint that survives unrelated edits, related locations pointing into the reference files at
// the evidence, and the fixes as artifact changes. Columns are UTF-16 code units, 1-based.
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { evidenceMessage } from '../../lsp/diagnostic';
import { docsUrl } from '../../engine/rule';
import type { Severity, Span } from '../../engine/types';
import type { RunReport } from '../report';

const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
export const FINGERPRINT_KEY = 'copydeskFingerprint/v1';
const SRCROOT = 'SRCROOT';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note', hint: 'note' };

interface ArtifactLocation {
  uri: string;
  uriBaseId?: string;
}

interface Region {
  startLine: number;
  startColumn: number;
  endLine: number;
  endColumn: number;
  snippet?: { text: string };
}

function isInside(root: string, path: string): boolean {
  return path.startsWith(root.endsWith('/') ? root : `${root}/`);
}

function encodeRelative(rel: string): string {
  return rel.split('/').map(encodeURIComponent).join('/');
}

function ruleName(id: string): string {
  return id
    .split(/[/-]/)
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join('');
}

export function formatSarif(report: RunReport): string {
  const root = report.cwd.replace(/\\/g, '/').replace(/\/$/, '');
  const location = (path: string): ArtifactLocation =>
    isInside(root, path) ? { uri: encodeRelative(path.slice(root.length + 1)), uriBaseId: SRCROOT } : { uri: pathToFileURL(path).href };
  const docs = new Map<string, TextDocument>();
  const docFor = (id: string, text: string) => {
    let d = docs.get(id);
    if (!d) docs.set(id, (d = TextDocument.create(id, 'plaintext', 0, text)));
    return d;
  };
  const region = (doc: TextDocument, span: Span, withSnippet = false): Region => {
    const s = doc.positionAt(span.start);
    const e = doc.positionAt(Math.max(span.start, span.end));
    const r: Region = { startLine: s.line + 1, startColumn: s.character + 1, endLine: e.line + 1, endColumn: e.character + 1 };
    if (withSnippet) r.snippet = { text: doc.getText().slice(span.start, span.end) };
    return r;
  };

  /**
   * The whole line(s) around a span: the context viewers show around a result. SARIF wants it a proper
   * superset of the region, so a finding that already covers its lines gets none.
   */
  const contextRegion = (doc: TextDocument, span: Span): Region | undefined => {
    const text = doc.getText();
    const start = text.lastIndexOf('\n', span.start - 1) + 1;
    let end = text.indexOf('\n', Math.max(span.start, span.end - 1));
    if (end < 0) end = text.length;
    if (text[end - 1] === '\r') end--;
    end = Math.max(end, span.end);
    if (start >= span.start && end <= span.end) return undefined;
    return region(doc, { start, end }, true);
  };

  const ruleIndex = new Map(report.rules.map((r, i) => [r.id, i]));
  const rules = report.rules.map((r) => {
    const level = report.ruleLevels[r.id] ?? r.defaultLevel;
    return {
      id: r.id,
      name: ruleName(r.id),
      shortDescription: { text: r.description },
      fullDescription: { text: r.description },
      helpUri: docsUrl(r.id),
      help: { text: `${r.description} See ${docsUrl(r.id)}` },
      defaultConfiguration: level === 'off' ? { enabled: false, level: 'none' } : { level: level === 'info' ? 'note' : level },
      properties: { tags: [r.check] },
    };
  });

  const results: unknown[] = [];
  for (const file of report.files) {
    const draftDoc = docFor(file.path, file.text);
    file.findings.forEach((f, i) => {
      const relatedLocations = f.evidence.map((e, k) => {
        const refText = report.referenceText(e.ref);
        const physicalLocation: { artifactLocation: ArtifactLocation; region?: Region } = { artifactLocation: location(e.ref) };
        if (e.range && refText !== undefined) physicalLocation.region = region(docFor(e.ref, refText), e.range);
        return { id: k + 1, physicalLocation, message: { text: evidenceMessage(e) } };
      });
      const fixes = f.fixes
        .filter((x) => x.edits.length)
        .map((x) => ({
          description: { text: x.title },
          artifactChanges: [
            {
              artifactLocation: location(file.path),
              replacements: [...x.edits]
                .sort((a, b) => a.range.start - b.range.start)
                .map((e) => ({ deletedRegion: region(draftDoc, e.range), insertedContent: { text: e.newText } })),
            },
          ],
        }));
      const result: Record<string, unknown> = {
        ruleId: f.rule,
        level: LEVEL[f.severity],
        message: { text: f.message },
        locations: [{ physicalLocation: { artifactLocation: location(file.path), region: region(draftDoc, f.range, true), contextRegion: contextRegion(draftDoc, f.range) } }],
        partialFingerprints: { [FINGERPRINT_KEY]: file.fingerprints[i] },
      };
      const idx = ruleIndex.get(f.rule);
      if (idx !== undefined) result.ruleIndex = idx;
      if (relatedLocations.length) result.relatedLocations = relatedLocations;
      if (fixes.length) result.fixes = fixes;
      results.push(result);
    });
  }

  const sarif = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'copydesk',
            version: report.version,
            semanticVersion: report.version,
            informationUri: 'https://github.com/copydesk/copydesk',
            rules,
          },
        },
        originalUriBaseIds: { [SRCROOT]: { uri: pathToFileURL(root + '/').href } },
        invocations: [{ executionSuccessful: true }],
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
  return JSON.stringify(sarif, null, 2) + '\n';
}
