// The pure parts of the server, table by table: code actions from diagnostics (validation of data that
// crossed the process boundary, context.only, the directive comment), copydesk.json edits, hover
// Markdown, settings sanitising, reference glob matching.
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic, TextDocumentEdit, TextEdit, WorkspaceEdit } from 'vscode-languageserver-protocol';
import { createCodeActions, disableNextLineEdit, wants, withCurrentData, type CodeActionInput } from '../../server/src/lsp/code-actions';
import { appendToArray, arrayContains, detectFormatting, locateReferenceInput, newConfigText } from '../../server/src/lsp/config-edit';
import { toDiagnostic } from '../../server/src/lsp/diagnostic';
import { createHover, escapeMd, evidenceSides } from '../../server/src/lsp/hover';
import { sanitizeSettings } from '../../server/src/lsp/settings';
import { Project } from '../../server/src/lsp/projects';
import { applyEdits } from 'jsonc-parser';
import type { Finding } from '../../server/src/engine/types';
import { memoryHost as createMemoryHost } from '../helpers/memory-host';

const TEXT = 'Intro line.\nInterior Minister Tomas Berg spoke.\nLater Lindkvist said no.\n';
const URI = 'file:///ws/drafts/a.md';

function finding(over: Partial<Finding> = {}): Finding {
  const start = TEXT.indexOf('Interior Minister');
  const range = { start, end: start + 'Interior Minister'.length };
  return {
    check: 'names',
    rule: 'names/title-mismatch',
    severity: 'warning',
    range,
    message: 'Tomas Berg is "Finance Minister" in the references, not "Interior Minister".',
    evidence: [{ ref: '/ws/refs/a.txt', outlet: 'Northern Wire', published: '2025-03-12', range: { start: 0, end: 10 }, excerpt: 'Finance Minister Tomas Berg met partners.', says: 'Finance Minister' }],
    fixes: [
      { title: 'Change to "Finance Minister"', edits: [{ range, newText: 'Finance Minister' }], safe: true, preferred: true },
      { title: 'Accept "Interior Minister" as a title of Tomas Berg (copydesk.json)', edits: [], configEdit: { path: ['names', 'acceptTitles', 'Tomas Berg'], value: 'Interior Minister' } },
    ],
    ...over,
  };
}

function spelling(): Finding {
  const start = TEXT.indexOf('Lindkvist');
  const range = { start, end: start + 9 };
  return {
    check: 'names',
    rule: 'names/spelling-variant',
    severity: 'warning',
    range,
    message: '"Lindkvist": the references write "Lindqvist".',
    evidence: [],
    fixes: [{ title: 'Change to "Lindqvist"', edits: [{ range, newText: 'Lindqvist' }], safe: true, preferred: true }],
  };
}

const diag = (f: Finding): Diagnostic => toDiagnostic(f, TEXT, (r) => `file://${r}`, () => undefined);

function input(over: Partial<CodeActionInput> = {}): CodeActionInput {
  return {
    uri: URI,
    text: TEXT,
    version: 3,
    diagnostics: [diag(finding())],
    findings: [finding(), spelling()],
    config: { uri: 'file:///ws/copydesk.json', text: '{\n  "references": ["refs"]\n}\n', version: null, draftFile: 'drafts/a.md' },
    documentChanges: true,
    ...over,
  };
}

const draftEdits = (edit: WorkspaceEdit, uri = URI): TextEdit[] =>
  ((edit.documentChanges ?? []) as TextDocumentEdit[]).filter((c) => 'textDocument' in c && c.textDocument.uri === uri).flatMap((c) => c.edits as TextEdit[]);

describe('createCodeActions', () => {
  it('turns each fix into a quick fix, plus ignore and disable-line, with the draft version on the edit', () => {
    const actions = createCodeActions(input());
    assert.deepEqual(actions.map((a) => a.title), [
      'Change to "Finance Minister"',
      'Accept "Interior Minister" as a title of Tomas Berg (copydesk.json)',
      'Ignore "Interior Minister" for names/title-mismatch in copydesk.json',
      'Disable names/title-mismatch for this line',
    ]);
    const change = actions[0];
    assert.equal(change.isPreferred, true);
    assert.equal(change.kind, 'quickfix');
    const edit = (change.edit!.documentChanges![0] as TextDocumentEdit);
    assert.equal(edit.textDocument.version, 3);
    const doc = TextDocument.create(URI, 'markdown', 3, TEXT);
    assert.match(TextDocument.applyEdits(doc, edit.edits as TextEdit[]), /^Finance Minister Tomas Berg spoke\.$/m);
  });

  it('writes "Accept" and "Ignore" into copydesk.json, keeping what is there', () => {
    const actions = createCodeActions(input());
    const config = 'file:///ws/copydesk.json';
    const apply = (title: RegExp) => {
      const a = actions.find((x) => title.test(x.title))!;
      const doc = TextDocument.create(config, 'json', 0, input().config!.text!);
      return JSON.parse(TextDocument.applyEdits(doc, draftEdits(a.edit!, config)));
    };
    assert.deepEqual(apply(/^Accept/), { references: ['refs'], names: { acceptTitles: { 'Tomas Berg': ['Interior Minister'] } } });
    assert.deepEqual(apply(/^Ignore/), { references: ['refs'], ignore: [{ rule: 'names/title-mismatch', text: 'Interior Minister', file: 'drafts/a.md' }] });
  });

  it('creates copydesk.json when there is none', () => {
    const actions = createCodeActions(input({ config: { uri: 'file:///ws/copydesk.json', text: null, version: null, draftFile: 'drafts/a.md' } }));
    const ignore = actions.find((a) => /^Ignore/.test(a.title))!;
    const [create, write] = ignore.edit!.documentChanges! as [{ kind: string }, TextDocumentEdit];
    assert.equal(create.kind, 'create');
    assert.deepEqual(JSON.parse((write.edits[0] as TextEdit).newText), { ignore: [{ rule: 'names/title-mismatch', text: 'Interior Minister', file: 'drafts/a.md' }] });
  });

  it('offers no copydesk.json actions without a config target, and uses `changes` without documentChanges', () => {
    const actions = createCodeActions(input({ config: null, documentChanges: false }));
    assert.deepEqual(actions.map((a) => a.title), ['Change to "Finance Minister"', 'Disable names/title-mismatch for this line']);
    assert.ok(actions[0].edit!.changes![URI]);
  });

  it('ignores diagnostics from other tools and data that does not validate', () => {
    const good = diag(finding());
    const cases: Diagnostic[] = [
      { ...good, source: 'cspell' },
      { ...good, data: undefined },
      { ...good, data: { rule: 'names/title-mismatch', fixes: 'nope', evidence: [] } },
      { ...good, data: { rule: 'names/title-mismatch', fixes: [{ title: 'x', edits: [{ range: { start: 'a', end: 2 }, newText: 'y' }] }], evidence: [] } },
      { ...good, data: { rule: 7, fixes: [], evidence: [] } },
    ];
    for (const d of cases) assert.deepEqual(createCodeActions(input({ diagnostics: [d] })), [], JSON.stringify(d.data));
  });

  it('drops a fix whose offsets fall outside the text (data from another version of the draft)', () => {
    const f = finding({ fixes: [{ title: 'Change', edits: [{ range: { start: 5, end: 5000 }, newText: 'x' }] }] });
    const titles = createCodeActions(input({ diagnostics: [diag(f)] })).map((a) => a.title);
    assert.ok(!titles.includes('Change'));
    assert.ok(titles.includes('Disable names/title-mismatch for this line'));
  });

  it('skips a copydesk.json configEdit that does not validate, and an ignore entry already there', () => {
    const f = finding({ fixes: [{ title: 'Accept', edits: [], configEdit: { path: [], value: 1 } }] });
    const cfg = { uri: 'file:///ws/copydesk.json', text: '{"ignore":[{"text":"Interior Minister","rule":"names/title-mismatch","file":"drafts/a.md"}]}', version: null, draftFile: 'drafts/a.md' };
    const titles = createCodeActions(input({ diagnostics: [diag(f)], config: cfg })).map((a) => a.title);
    assert.deepEqual(titles, ['Disable names/title-mismatch for this line']);
  });

  it('honours context.only', () => {
    assert.deepEqual(createCodeActions(input({ only: ['refactor'] })), []);
    assert.deepEqual(createCodeActions(input({ only: ['source.fixAll'] })).map((a) => a.kind), ['source.fixAll.copydesk']);
    assert.deepEqual(createCodeActions(input({ only: ['source'] })).map((a) => a.kind), ['source.fixAll.copydesk']);
    assert.ok(createCodeActions(input({ only: ['quickfix'] })).every((a) => a.kind === 'quickfix'));
    // Without `only`, source actions are not offered (the light bulb shows quick fixes).
    assert.ok(!createCodeActions(input()).some((a) => a.kind?.startsWith('source')));
    assert.equal(wants(undefined, 'source.fixAll.copydesk'), false);
    assert.equal(wants(['source.fixAll.copydesk'], 'source.fixAll.copydesk'), true);
    assert.equal(wants(['source.fixAll.copy'], 'source.fixAll.copydesk'), false);
  });

  it('source.fixAll applies every safe fix once, and overlapping fixes are left for a second pass', () => {
    const a = finding();
    const overlapping = finding({ rule: 'names/inconsistent-in-draft', fixes: [{ title: 'x', edits: [{ range: { start: a.range.start, end: a.range.end + 6 }, newText: 'Z' }], safe: true }] });
    const [fixAll] = createCodeActions(input({ only: ['source.fixAll'], findings: [a, overlapping, spelling()] }));
    const text = TextDocument.applyEdits(TextDocument.create(URI, 'markdown', 3, TEXT), draftEdits(fixAll.edit!));
    assert.equal(text, 'Intro line.\nFinance Minister Tomas Berg spoke.\nLater Lindqvist said no.\n');
  });

  it('offers "fix all of this kind" only when a rule has several fixable findings', () => {
    const one = createCodeActions(input()).map((a) => a.title);
    assert.ok(!one.some((t) => t.startsWith('Fix all')));
    const second = finding({ range: { start: 0, end: 5 }, fixes: [{ title: 'c', edits: [{ range: { start: 0, end: 5 }, newText: 'INTRO' }], safe: true }] });
    const two = createCodeActions(input({ findings: [finding(), second] }));
    const all = two.find((a) => a.title === 'Fix all names/title-mismatch problems in this file (2)')!;
    assert.equal(draftEdits(all.edit!).length, 2);
  });

  it('leaves fixes that need judgement out of "fix all" and source.fixAll: not marked safe, or references that disagree', () => {
    const unsafe = finding({ range: { start: 0, end: 5 }, fixes: [{ title: 'c', edits: [{ range: { start: 0, end: 5 }, newText: 'INTRO' }], preferred: true }] });
    const e = finding().evidence[0];
    const disputed = finding({ evidence: [e, { ...e, ref: '/ws/refs/b.txt', says: 'Deputy Prime Minister' }] });
    for (const findings of [[finding(), unsafe], [disputed, { ...finding(), range: { start: 0, end: 5 } }]]) {
      const titles = createCodeActions(input({ findings })).map((a) => a.title);
      assert.ok(!titles.some((t) => t.startsWith('Fix all')), titles.join(' | '));
    }
    const onSave = createCodeActions(input({ findings: [disputed], only: ['source.fixAll.copydesk'] }));
    assert.deepEqual(onSave, []);
  });
});

describe('withCurrentData', () => {
  it('takes the fixes of the current finding at the diagnostic\'s place (the text moved since the diagnostic was made)', () => {
    const stale = diag(finding());
    const moved = `New first line.\n${TEXT}`;
    const shift = 'New first line.\n'.length;
    const f = finding();
    const current: Finding = { ...f, range: { start: f.range.start + shift, end: f.range.end + shift }, fixes: [{ title: 'Change to "Finance Minister"', edits: [{ range: { start: f.range.start + shift, end: f.range.end + shift }, newText: 'Finance Minister' }], safe: true, preferred: true }] };
    const doc = TextDocument.create(URI, 'markdown', 4, moved);
    // The client moved the diagnostic one line down with the text; its data still has the old offsets.
    const shown: Diagnostic = { ...stale, range: { start: { line: 2, character: 0 }, end: { line: 2, character: 17 } } };
    const [fresh] = withCurrentData([shown], [current], doc);
    const actions = createCodeActions({ ...input(), text: moved, version: 4, diagnostics: [fresh], findings: [current] });
    const change = actions.find((a) => a.title.startsWith('Change to'))!;
    assert.equal(TextDocument.applyEdits(doc, draftEdits(change.edit!)), `New first line.\nIntro line.\nFinance Minister Tomas Berg spoke.\nLater Lindkvist said no.\n`);
  });

  it('keeps only offset-free actions for a diagnostic with no current finding', () => {
    const doc = TextDocument.create(URI, 'markdown', 3, TEXT);
    const [d] = withCurrentData([diag(finding())], [], doc);
    const titles = createCodeActions(input({ diagnostics: [d], findings: [] })).map((a) => a.title);
    assert.ok(!titles.some((t) => t.startsWith('Change to')));
    assert.ok(titles.some((t) => t.startsWith('Accept')));
    assert.ok(titles.some((t) => t.startsWith('Disable')));
  });
});

describe('disableNextLineEdit', () => {
  const apply = (text: string, line: number, rule: string) => {
    const doc = TextDocument.create(URI, 'markdown', 1, text);
    return TextDocument.applyEdits(doc, [disableNextLineEdit(doc, line, rule)]);
  };
  const table: [string, number, string, string][] = [
    ['a\nb\n', 1, 'names/title-mismatch', 'a\n<!-- copydesk-disable-next-line names/title-mismatch -->\nb\n'],
    ['- item\n  - nested text\n', 1, 'dates', '- item\n  <!-- copydesk-disable-next-line dates -->\n  - nested text\n'],
    ['<!-- copydesk-disable-next-line dates -->\nb\n', 1, 'names', '<!-- copydesk-disable-next-line dates names -->\nb\n'],
    ['first line\r\nsecond\r\n', 0, 'names', '<!-- copydesk-disable-next-line names -->\r\nfirst line\r\nsecond\r\n'],
  ];
  for (const [text, line, rule, want] of table) {
    it(`${JSON.stringify(text)} line ${line}`, () => assert.equal(apply(text, line, rule), want));
  }
});

describe('copydesk.json edits', () => {
  it('appends to arrays (creating them), keeps comments, and detects indentation', () => {
    const text = '{\n    // house rules\n    "references": ["refs"]\n}';
    const out = applyEdits(text, appendToArray(text, ['names', 'accept'], 'Lindkvist'));
    assert.match(out, /\/\/ house rules/);
    assert.match(out, /\n {4}"names": \{\n {8}"accept": \[/);
    assert.deepEqual(detectFormatting('{\n\t"a": 1\n}'), { insertSpaces: false, tabSize: 4, eol: '\n' });
    const empty = applyEdits('', appendToArray('', ['ignore'], { rule: 'r', text: 't' }));
    assert.deepEqual(JSON.parse(empty), { ignore: [{ rule: 'r', text: 't' }] });
    assert.deepEqual(JSON.parse(newConfigText(['names', 'accept'], 'X')), { names: { accept: ['X'] } });
  });

  it('knows an equal entry is already there (key order does not matter)', () => {
    const text = '{"ignore":[{"text":"a","rule":"r"}]}';
    assert.equal(arrayContains(text, ['ignore'], { rule: 'r', text: 'a' }), true);
    assert.equal(arrayContains(text, ['ignore'], { rule: 'r', text: 'b' }), false);
    assert.equal(arrayContains(text, ['names', 'accept'], 'a'), false);
  });

  it('locates a reference input for a diagnostic', () => {
    const text = '{\n  "references": ["refs/*.txt", "missing/*.html"]\n}';
    const at = locateReferenceInput(text, 'missing/*.html')!;
    assert.equal(text.slice(at.offset, at.offset + at.length), '"missing/*.html"');
    assert.equal(locateReferenceInput(text, 'other'), undefined);
  });
});

describe('hover', () => {
  const doc = TextDocument.create(URI, 'markdown', 1, TEXT);
  const refUri = (r: string) => `file://${r}`;
  const refRange = () => ({ start: { line: 4, character: 0 }, end: { line: 4, character: 10 } });
  it('shows the diff and each evidence once, marked, with outlet and date linking to the line', () => {
    const h = createHover({ doc, offset: finding().range.start + 3, findings: [finding()], refUri, refRange, markdown: true })!;
    const md = (h.contents as { value: string }).value;
    assert.match(md, /^~~Interior~~ \*\*Finance\*\* Minister$/m);
    assert.match(md, /^> \*\*Finance\*\* Minister Tomas Berg met partners\.$/m);
    assert.match(md, /^> — \[Northern Wire, March 12, 2025\]\(file:\/\/\/ws\/refs\/a\.txt#L5\)$/m);
    assert.ok(!md.includes(finding().message), 'the editor shows the message above the hover');
    assert.ok(!md.includes('command:'), 'no command links for clients that did not ask for them');
    assert.deepEqual(h.range, { start: { line: 1, character: 0 }, end: { line: 1, character: 17 } });
  });

  it('gives fixes and sources as command links when the client runs them', () => {
    const h = createHover({ doc, offset: finding().range.start, findings: [finding()], refUri, refRange, markdown: true, commandLinks: true })!;
    const md = (h.contents as { value: string }).value;
    const links = [...md.matchAll(/\]\(command:([\w.]+)\?([^ )]+)/g)].map((m) => ({ command: m[1], args: JSON.parse(decodeURIComponent(m[2]))[0] }));
    const open = links.find((l) => l.command === 'copydesk.openEvidence')!;
    assert.deepEqual(open.args, { uri: 'file:///ws/refs/a.txt', range: refRange(), label: 'Northern Wire, March 12, 2025' });
    const fix = links.find((l) => l.command === 'copydesk.applyFix')!;
    assert.deepEqual(fix.args, { uri: URI, version: 1, edits: [{ range: h.range, newText: 'Finance Minister' }] });
    assert.match(md, /\*\*Fix:\*\* \[Change to "Finance Minister"\]/);
    assert.equal(links.filter((l) => l.command === 'copydesk.applyFix').length, 1, 'config-only fixes stay in the lightbulb');
  });

  it('groups disagreeing references by what they say, majority first', () => {
    const e = finding().evidence[0];
    const sides = evidenceSides([{ ...e, says: 'Security Minister', ref: '/r/3' }, e, { ...e, ref: '/r/2' }]);
    assert.deepEqual(sides.map((s) => [s.says, s.items.length]), [['Finance Minister', 2], ['Security Minister', 1]]);
  });

  it('plain text for clients without Markdown, nothing off a finding', () => {
    const h = createHover({ doc, offset: finding().range.start, findings: [finding()], refUri, markdown: false })!;
    assert.equal((h.contents as { kind: string }).kind, 'plaintext');
    assert.equal(createHover({ doc, offset: 2, findings: [finding()], refUri, markdown: true }), null);
  });

  it('escapes reference text so it cannot become links or HTML', () => {
    assert.equal(escapeMd('[click](http://x) <img> *a*'), '\\[click\\](http://x) \\<img\\> \\*a\\*');
    assert.equal(escapeMd('# not a heading'), '\\# not a heading');
  });
});

describe('settings', () => {
  it('keeps well-formed values and drops the rest', () => {
    assert.deepEqual(sanitizeSettings(null), { enable: true, checks: {}, references: [] });
    assert.deepEqual(
      sanitizeSettings({ enable: false, checks: { names: 'off', 'names/title-mismatch': 'error', dates: 'loud', 'bogus/x': 'off' }, references: ['refs', 3, ''] }),
      { enable: false, checks: { names: 'off', 'names/title-mismatch': 'error' }, references: ['refs'] },
    );
  });
});

describe('project reference matching and watch globs', () => {
  it('matches new files under the configured globs and folders, and derives watcher globs', async () => {
    const host = createMemoryHost({
      '/ws/copydesk.json': JSON.stringify({ references: ['refs/*.txt', 'more'] }),
      '/ws/refs/a.txt': 'VALBY, March 1 - Finance Minister Tomas Berg spoke.',
      '/ws/more/b.md': 'Foreign Minister Maria Lindqvist spoke.',
    });
    const p = new Project('k', '/ws/copydesk.json', '/ws', [], host);
    await p.reopen();
    assert.equal(p.problem, undefined);
    assert.deepEqual([...p.referenceFiles].sort(), ['/ws/more/b.md', '/ws/refs/a.txt']);
    assert.equal(p.matches('/ws/refs/new.txt'), true);
    assert.equal(p.matches('/ws/refs/new.md'), false);
    assert.equal(p.matches('/ws/refs/sub/new.txt'), false);
    assert.equal(p.matches('/ws/more/deep/c.html'), true);
    assert.equal(p.matches('/ws/drafts/d.md'), false);
    assert.deepEqual(p.watchGlobs(), [
      { base: '/ws/refs', pattern: '*.txt' },
      { base: '/ws/more', pattern: '**/*' },
      { base: '/ws', pattern: 'more' },
    ]);
  });

  it('keeps the last good corpus when the config breaks, with the problem and its offset', async () => {
    const files: Record<string, string> = { '/ws/copydesk.json': '{"references":["refs"]}', '/ws/refs/a.txt': 'Finance Minister Tomas Berg spoke.' };
    const host = createMemoryHost(files);
    const p = new Project('k', '/ws/copydesk.json', '/ws', [], host);
    await p.reopen();
    assert.equal(p.engine.corpus.size, 1);
    files['/ws/copydesk.json'] = '{"references": ["refs"],, }';
    await p.reopen();
    assert.match(p.problem!.message, /invalid JSON/);
    assert.equal(p.problem!.offset, 24);
    assert.equal(p.engine.corpus.size, 1);
  });
});
