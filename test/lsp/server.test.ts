// The real language server over stdio (the built dist/server.js), driven by a JSON-RPC client the
// way an editor drives it. Fixtures: test/fixtures/lsp/ (invented articles).
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CodeAction, CodeActionOptions, Diagnostic, InitializeResult, MarkupContent } from 'vscode-languageserver-protocol';
import { buildOnce, copyFixture, removeDir, TestClient, textAt, uriOf } from './lsp-client';

const DRAFT = 'drafts/story.md';
/** Diagnostic.message is a string or (LSP 3.18) MarkupContent. */
const text = (d: Diagnostic) => (typeof d.message === 'string' ? d.message : d.message.value);
const byCode = (ds: Diagnostic[], code: string) => ds.filter((d) => d.code === code);
const titled = (actions: CodeAction[], re: RegExp) => {
  const a = actions.find((x) => re.test(x.title));
  assert.ok(a, `no action matching ${re} among: ${actions.map((x) => x.title).join(' | ')}`);
  return a;
};

describe('language server over stdio (pull diagnostics)', function () {
  let folder: string;
  let client: TestClient;
  let settings: Record<string, unknown> = {};
  let draftUri: string;

  before(() => buildOnce());

  beforeEach(async () => {
    folder = copyFixture('workspace');
    settings = {};
    client = new TestClient(folder, { settings: () => settings });
    await client.initialize();
    draftUri = (await client.open(DRAFT)).uri;
  });

  afterEach(async () => {
    await client.stop();
    removeDir(folder);
  });

  it('advertises pull diagnostics with inter-file dependencies, code actions and hover', async () => {
    const again = new TestClient(folder);
    try {
      const result = (await again.initialize()) as InitializeResult;
      assert.deepEqual(result.capabilities.diagnosticProvider, { identifier: 'copydesk', interFileDependencies: true, workspaceDiagnostics: false });
      assert.ok((result.capabilities.codeActionProvider as CodeActionOptions).codeActionKinds?.includes('source.fixAll.copydesk'));
      assert.equal(result.capabilities.hoverProvider, true);
    } finally {
      await again.stop();
    }
  });

  it('shows progress while it reads the references of a new project, begun and ended', async () => {
    const again = new TestClient(folder, { progress: true, env: { COPYDESK_PROGRESS_DELAY_MS: '0' } });
    try {
      await again.initialize();
      const uri = (await again.open(DRAFT)).uri;
      await again.pull(uri);
      const end = await again.progress.wait((p) => p.value.kind === 'end', 'the end of the indexing progress', 10000, 0);
      assert.ok(again.progressTokens.includes(end.token), 'the token was created with window/workDoneProgress/create');
      const begin = again.progress.all.find((p) => p.token === end.token && p.value.kind === 'begin');
      assert.ok(begin, JSON.stringify(again.progress.all));
      assert.match(begin.value.message ?? '', /reference/);
    } finally {
      await again.stop();
    }
  });

  it('answers with the draft\'s own checks while the references are first indexed, then refreshes with the full check', async () => {
    // A weekday that contradicts its date is the draft's own finding; the title mismatch needs the references.
    const path = join(folder, DRAFT);
    writeFileSync(path, `${readFileSync(path, 'utf8')}\nThe vote was held on Tuesday, March 12, 2025.\n`);
    const again = new TestClient(folder, { initializationOptions: { draftChecksFirst: true }, env: { COPYDESK_DRAFT_FIRST_MS: '0' } });
    try {
      await again.initialize();
      const uri = (await again.open(DRAFT)).uri;
      const first = await again.pull(uri);
      assert.deepEqual(first.map((d) => d.code), ['dates/weekday-date-conflict'], JSON.stringify(first.map((d) => d.message)));
      const indexing = await again.statuses.wait((s) => s.uri === uri, 'a status', 5000, 0);
      assert.equal(indexing.indexing, true);
      await again.refreshes.wait(() => true, 'a diagnostic refresh once the references are in', 10000, 0);
      const full = await again.pull(uri);
      assert.equal(byCode(full, 'names/title-mismatch').length, 1, JSON.stringify(full.map((d) => d.message)));
      assert.equal(byCode(full, 'dates/weekday-date-conflict').length, 1);
      const done = await again.statuses.wait((s) => s.uri === uri && !s.indexing, 'a status after indexing', 5000, 0);
      assert.ok(done.references > 0);
    } finally {
      await again.stop();
    }
  });

  it('waits for the references when the client did not ask for the draft\'s own checks first', async () => {
    const again = new TestClient(folder, { env: { COPYDESK_DRAFT_FIRST_MS: '0' } });
    try {
      await again.initialize();
      const uri = (await again.open(DRAFT)).uri;
      assert.equal(byCode(await again.pull(uri), 'names/title-mismatch').length, 1);
    } finally {
      await again.stop();
    }
  });

  it('keeps a project indexed for a while after its last draft closes, and drops it after that', async () => {
    writeFileSync(join(folder, 'drafts/next.md'), 'Finance Minister Tomas Berg spoke on Tuesday.\n');
    const indexings = async (idleMs: string) => {
      const again = new TestClient(folder, { progress: true, env: { COPYDESK_PROGRESS_DELAY_MS: '0', COPYDESK_PROJECT_IDLE_MS: idleMs } });
      try {
        await again.initialize();
        const first = await again.open(DRAFT);
        await again.pull(first.uri);
        await again.progress.wait((p) => p.value.kind === 'end', 'the first indexing', 10000, 0);
        await again.close(first.uri);
        // Past a zero idle time the project is gone by now; with a long one it is still there.
        await new Promise((resolve) => setTimeout(resolve, 200));
        const next = await again.open('drafts/next.md');
        await again.pull(next.uri);
        return again.progress.all.filter((p) => p.value.kind === 'begin').length;
      } finally {
        await again.stop();
      }
    };
    assert.equal(await indexings('60000'), 1, 'the next draft of the same project is checked without indexing again');
    assert.equal(await indexings('0'), 2, 'an idle project is dropped and indexed again when a draft needs it');
  });

  it('links hover sources and fixes to the client\'s commands when the client asks for command links', async () => {
    const again = new TestClient(folder, { initializationOptions: { commandLinks: true } });
    try {
      await again.initialize();
      const uri = (await again.open(DRAFT)).uri;
      const [d] = byCode(await again.pull(uri), 'names/title-mismatch');
      const md = ((await again.hover(uri, d.range.start))!.contents as MarkupContent).value;
      const open = /\]\(command:copydesk\.openEvidence\?([^ )]+)/.exec(md);
      assert.ok(open, md);
      const args = JSON.parse(decodeURIComponent(open[1]))[0];
      const refText = readFileSync(new URL(args.uri), 'utf8').split('\n');
      assert.match(refText[args.range.start.line], /Finance Minister Tomas Berg/, 'the link selects the evidence sentence');
      assert.match(args.label, /^(Northern Wire|Baltic Ledger), March 1\d, 2025$/);
      assert.match(md, /\*\*Fix:\*\* \[Change to "Finance Minister"\]\(command:copydesk\.applyFix\?/);
    } finally {
      await again.stop();
    }
  });

  it('reports a spelling variant and a title mismatch with code, docs link and related information into the references', async () => {
    const ds = await client.pull(draftUri);
    const doc = client.doc(draftUri);
    const spelling = byCode(ds, 'names/spelling-variant');
    const title = byCode(ds, 'names/title-mismatch');
    assert.equal(spelling.length, 1, JSON.stringify(ds.map((d) => d.message)));
    assert.equal(textAt(doc, spelling[0]), 'Lindkvist');
    assert.match(text(spelling[0]), /Lindqvist/);
    assert.equal(title.length, 1);
    assert.equal(textAt(doc, title[0]), 'Interior Minister');
    assert.match(text(title[0]), /Finance Minister/);
    for (const d of ds) {
      assert.equal(d.source, 'copydesk');
      assert.match(d.codeDescription!.href, /names-/);
      assert.equal(d.severity, 2);
    }
    const related = title[0].relatedInformation!;
    assert.ok(related.length >= 1);
    const budget = related.find((r) => r.location.uri === uriOf(join(folder, 'refs/budget-talks.txt')));
    assert.ok(budget, JSON.stringify(related));
    // The range points at the evidence sentence in the reference file.
    const refLines = readFileSync(join(folder, 'refs/budget-talks.txt'), 'utf8').split('\n');
    assert.match(refLines[budget.location.range.start.line], /Finance Minister Tomas Berg/);
    assert.match(budget.message, /^Northern Wire, March 12, 2025: “Finance Minister”$/);
  });

  it('answers "unchanged" when asked again with the current result id, and a full report after an edit', async () => {
    const first = await client.pullReport(draftUri);
    assert.equal(first.kind, 'full');
    assert.ok(first.resultId);
    const again = await client.pullReport(draftUri, first.resultId);
    assert.deepEqual(again, { kind: 'unchanged', resultId: first.resultId });
    const doc = client.doc(draftUri);
    await client.change(draftUri, [{ range: { start: doc.positionAt(0), end: doc.positionAt(0) }, newText: '\n' }]);
    const edited = await client.pullReport(draftUri, first.resultId);
    assert.equal(edited.kind, 'full');
    assert.notEqual(edited.resultId, first.resultId);
  });

  it('sends copydesk/status with the references loaded and the findings in the draft', async () => {
    await client.pull(draftUri);
    const status = await client.statuses.wait((s) => s.uri === draftUri, 'status', 5000, 0);
    assert.equal(status.state, 'ok');
    assert.equal(status.references, 2);
    assert.equal(status.findings, 2);
    assert.equal(status.problem, null);
  });

  it('applies the quick fix, and the re-check no longer reports it', async () => {
    const ds = await client.pull(draftUri);
    const [d] = byCode(ds, 'names/spelling-variant');
    const actions = await client.codeActions(draftUri, d.range, [d]);
    const fix = titled(actions, /Change to "Lindqvist"/);
    assert.equal(fix.kind, 'quickfix');
    assert.equal(fix.isPreferred, true);
    await client.applyEdit(fix.edit!);
    assert.match(client.doc(draftUri).getText(), /Foreign Minister Maria Lindqvist signed/);
    const after = await client.pull(draftUri);
    assert.equal(byCode(after, 'names/spelling-variant').length, 0);
    assert.equal(byCode(after, 'names/title-mismatch').length, 1);
  });

  it('offers source.fixAll.copydesk only when asked, and it fixes every safe finding', async () => {
    const ds = await client.pull(draftUri);
    const plain = await client.codeActions(draftUri, ds[0].range, [ds[0]]);
    assert.ok(!plain.some((a) => a.kind === 'source.fixAll.copydesk'));
    const whole = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    const actions = await client.codeActions(draftUri, whole, [], ['source.fixAll']);
    assert.deepEqual(actions.map((a) => a.kind), ['source.fixAll.copydesk']);
    await client.applyEdit(actions[0].edit!);
    const text = client.doc(draftUri).getText();
    assert.match(text, /Foreign Minister Maria Lindqvist/);
    assert.match(text, /Finance Minister Tomas Berg said/);
    assert.deepEqual(await client.pull(draftUri), []);
    // context.only = quickfix: no source action.
    const quick = await client.codeActions(draftUri, whole, [], ['quickfix']);
    assert.ok(!quick.some((a) => a.kind?.startsWith('source')));
  });

  it('offers "fix all of this kind" when a rule has several fixable findings', async () => {
    const doc = client.doc(draftUri);
    await client.change(draftUri, [{ range: { start: doc.positionAt(doc.getText().length), end: doc.positionAt(doc.getText().length) }, newText: '\nLindkvist told reporters the ferries would keep running.\n' }]);
    const ds = byCode(await client.pull(draftUri), 'names/spelling-variant');
    assert.equal(ds.length, 2);
    const actions = await client.codeActions(draftUri, ds[0].range, [ds[0]]);
    const all = titled(actions, /Fix all names\/spelling-variant problems in this file \(2\)/);
    await client.applyEdit(all.edit!);
    assert.equal((client.doc(draftUri).getText().match(/Lindqvist/g) ?? []).length, 2);
    assert.equal(byCode(await client.pull(draftUri), 'names/spelling-variant').length, 0);
  });

  it('shows the evidence in a hover once: the word diff, outlet and date, the sentence with the differing words marked', async () => {
    const ds = await client.pull(draftUri);
    const [d] = byCode(ds, 'names/title-mismatch');
    const hover = await client.hover(draftUri, { line: d.range.start.line, character: d.range.start.character + 2 });
    assert.ok(hover);
    const md = hover.contents as MarkupContent;
    assert.equal(md.kind, 'markdown');
    assert.match(md.value, /^~~Interior~~ \*\*Finance\*\* Minister$/m);
    assert.match(md.value, /Northern Wire, March 12, 2025/);
    assert.match(md.value, /Baltic Ledger, March 11, 2025/);
    assert.match(md.value, /\*\*Finance\*\* Minister Tomas Berg met coalition partners/);
    // The editor shows the message above the hover: the card does not repeat it, and names no count of its own.
    assert.ok(!md.value.includes(String(d.message)), 'message not repeated');
    assert.doesNotMatch(md.value, /\d+ references?\b/);
    // Each evidence sentence once.
    assert.equal(md.value.split('met coalition partners').length - 1, 1);
    assert.deepEqual(hover.range, d.range);
    const nothing = await client.hover(draftUri, { line: 0, character: 0 });
    assert.equal(nothing, null);
  });

  it('names both sides in the hover when the references disagree', async () => {
    await client.pull(draftUri);
    // A third reference calls Berg something else: the references now disagree.
    const third = join(folder, 'refs/evening-brief.txt');
    writeFileSync(third, 'VALBY, March 12 - Deputy Prime Minister Tomas Berg opened the evening session of parliament.\n');
    writeFileSync(join(folder, 'refs/references.json'), JSON.stringify([
      { file: 'harbour-pact.txt', outlet: 'Baltic Ledger', published: '2025-03-11' },
      { file: 'budget-talks.txt', outlet: 'Northern Wire', published: '2025-03-12' },
      { file: 'evening-brief.txt', outlet: 'Valby Evening Post', published: '2025-03-12' },
    ]));
    const since = client.refreshes.all.length;
    await client.fileChanged([{ uri: uriOf(third), type: 1 }, { uri: uriOf(join(folder, 'refs/references.json')), type: 2 }]);
    await client.refreshes.wait(() => true, 'a diagnostic refresh', 10000, since);
    const [d] = byCode(await client.pull(draftUri), 'names/title-mismatch');
    assert.ok(d, 'title mismatch still reported');
    const hover = await client.hover(draftUri, d.range.start);
    const md = (hover!.contents as MarkupContent).value;
    assert.match(md, /references disagree/);
    // Majority first, each side as a diff against the draft's title.
    const finance = md.indexOf('~~Interior~~ **Finance** Minister');
    const deputy = md.indexOf('~~Interior~~ **Deputy Prime** Minister');
    assert.ok(finance >= 0 && deputy > finance, md);
    assert.match(md, /Valby Evening Post/);
  });

  it('"Disable rule for this line" inserts a directive comment that silences the finding', async () => {
    const ds = await client.pull(draftUri);
    const [d] = byCode(ds, 'names/title-mismatch');
    const actions = await client.codeActions(draftUri, d.range, [d]);
    await client.applyEdit(titled(actions, /Disable names\/title-mismatch for this line/).edit!);
    const lines = client.doc(draftUri).getText().split('\n');
    assert.equal(lines[d.range.start.line], '<!-- copydesk-disable-next-line names/title-mismatch -->');
    assert.match(lines[d.range.start.line + 1], /^Interior Minister Tomas Berg/);
    const after = await client.pull(draftUri);
    assert.equal(byCode(after, 'names/title-mismatch').length, 0);
    assert.equal(byCode(after, 'names/spelling-variant').length, 1);
  });

  it('"Ignore this occurrence" writes an ignore entry into copydesk.json (keeping its comment) and the finding goes', async () => {
    const ds = await client.pull(draftUri);
    const [d] = byCode(ds, 'names/spelling-variant');
    const actions = await client.codeActions(draftUri, d.range, [d]);
    const ignore = titled(actions, /Ignore "Lindkvist" for names\/spelling-variant in copydesk\.json/);
    const since = client.refreshes.all.length;
    await client.applyEdit(ignore.edit!);
    const configText = readFileSync(join(folder, 'copydesk.json'), 'utf8');
    assert.match(configText, /\/\/ Invented references/);
    const config = JSON.parse(configText.replace(/^\s*\/\/.*$/gm, ''));
    assert.deepEqual(config.ignore, [{ rule: 'names/spelling-variant', text: 'Lindkvist', file: 'drafts/story.md' }]);
    await client.refreshes.wait(() => true, 'a diagnostic refresh', 10000, since);
    const after = await client.pull(draftUri);
    assert.equal(byCode(after, 'names/spelling-variant').length, 0);
    assert.equal(byCode(after, 'names/title-mismatch').length, 1);
    // Already ignored: the same action is not offered twice.
    const again = await client.codeActions(draftUri, d.range, [d]);
    assert.ok(!again.some((a) => /^Ignore/.test(a.title)));
  });

  it('"Accept this variant" writes the accepted title into copydesk.json', async () => {
    const [d] = byCode(await client.pull(draftUri), 'names/title-mismatch');
    const actions = await client.codeActions(draftUri, d.range, [d]);
    const accept = titled(actions, /Accept "Interior Minister" as a title of Tomas Berg/);
    const since = client.refreshes.all.length;
    await client.applyEdit(accept.edit!);
    const config = JSON.parse(readFileSync(join(folder, 'copydesk.json'), 'utf8').replace(/^\s*\/\/.*$/gm, ''));
    assert.deepEqual(config.names, { acceptTitles: { 'Tomas Berg': ['Interior Minister'] } });
    await client.refreshes.wait(() => true, 'a diagnostic refresh', 10000, since);
    assert.equal(byCode(await client.pull(draftUri), 'names/title-mismatch').length, 0);
  });

  it('re-checks when a reference file changes on disk (refresh, then the new facts)', async () => {
    assert.equal(byCode(await client.pull(draftUri), 'names/title-mismatch').length, 1);
    for (const f of ['refs/harbour-pact.txt', 'refs/budget-talks.txt']) {
      const p = join(folder, f);
      writeFileSync(p, readFileSync(p, 'utf8').replace(/Finance Minister/g, 'Interior Minister'));
    }
    const since = client.refreshes.all.length;
    await client.fileChanged(['refs/harbour-pact.txt', 'refs/budget-talks.txt'].map((f) => ({ uri: uriOf(join(folder, f)), type: 2 })));
    await client.refreshes.wait(() => true, 'a diagnostic refresh', 10000, since);
    const after = await client.pull(draftUri);
    assert.equal(byCode(after, 'names/title-mismatch').length, 0);
    assert.equal(byCode(after, 'names/spelling-variant').length, 1);
  });

  it('registers file watchers for copydesk.json, references.json and the reference globs', async () => {
    await client.pull(draftUri);
    const reg = await waitFor(() => client.registrations.filter((r) => r.method === 'workspace/didChangeWatchedFiles').pop(), 'watcher registration');
    const watchers = (reg.registerOptions as { watchers: { globPattern: unknown }[] }).watchers.map((w) => w.globPattern);
    assert.deepEqual(watchers.slice(0, 2), ['**/copydesk.json', '**/references.json']);
    const last = await waitFor(
      () => {
        const r = client.registrations.filter((x) => x.method === 'workspace/didChangeWatchedFiles').pop();
        const ws = (r?.registerOptions as { watchers: { globPattern: unknown }[] } | undefined)?.watchers ?? [];
        return ws.find((w) => typeof w.globPattern === 'object');
      },
      'a reference glob watcher',
    );
    assert.deepEqual(last.globPattern, { baseUri: uriOf(join(folder, 'refs')), pattern: '*.txt' });
  });

  it('a broken copydesk.json gives a diagnostic at the error and an error message, and the server keeps working', async () => {
    await client.pull(draftUri);
    const configPath = join(folder, 'copydesk.json');
    writeFileSync(configPath, '{\n  "references": ["refs/*.txt"],\n  "checks": { "names": "loud" }\n}\n');
    const configUri = uriOf(configPath);
    const since = client.published.all.length;
    await client.fileChanged([{ uri: configUri, type: 2 }]);
    const pub = await client.published.wait((p) => p.uri === configUri && p.diagnostics.length > 0, 'a diagnostic on copydesk.json', 10000, since);
    assert.match(text(pub.diagnostics[0]), /checks\.names/);
    assert.equal(pub.diagnostics[0].severity, 1);
    const msg = await client.messages.wait((m) => m.type === 1, 'an error message', 10000, 0);
    assert.match(msg.message, /Copydesk: .*copydesk\.json/);
    // Still alive, still answering with the last good corpus.
    const ds = await client.pull(draftUri);
    assert.ok(ds.length >= 1);
    const status = await client.statuses.wait((s) => s.uri === draftUri && s.state === 'error', 'an error status', 5000, 0);
    assert.match(status.problem!, /checks\.names/);

    // Invalid JSON: the diagnostic sits at the offending offset.
    writeFileSync(configPath, '{\n  "references": ["refs/*.txt"]\n  "checks": {}\n}\n');
    const since2 = client.published.all.length;
    await client.fileChanged([{ uri: configUri, type: 2 }]);
    const pub2 = await client.published.wait((p) => p.uri === configUri && !!p.diagnostics[0] && /invalid JSON/.test(text(p.diagnostics[0])), 'a JSON syntax diagnostic', 10000, since2);
    assert.deepEqual(pub2.diagnostics[0].range.start, { line: 2, character: 2 });

    // Fixed: the diagnostic is cleared.
    writeFileSync(configPath, '{ "references": ["refs/*.txt"] }\n');
    const since3 = client.published.all.length;
    await client.fileChanged([{ uri: configUri, type: 2 }]);
    await client.published.wait((p) => p.uri === configUri && p.diagnostics.length === 0, 'cleared config diagnostics', 10000, since3);
  });

  it('copydesk.json open in the editor: its buffer counts as typed, the error message waits for the save', async () => {
    assert.equal(byCode(await client.pull(draftUri), 'names/spelling-variant').length, 1);
    const config = await client.open('copydesk.json');
    assert.deepEqual(await client.pull(config.uri), []);
    // An unsaved edit that accepts the draft's spelling takes effect at once.
    let since = client.refreshes.all.length;
    await client.setText(config.uri, '{ "references": ["refs/*.txt"], "names": { "accept": ["Lindkvist"] } }');
    await client.refreshes.wait(() => true, 'refresh after a config buffer edit', 10000, since);
    assert.equal(byCode(await client.pull(draftUri), 'names/spelling-variant').length, 0);
    // Typing a broken config: a diagnostic, no message box on every keystroke.
    since = client.published.all.length;
    await client.setText(config.uri, '{ "references": ["refs/*.txt"], "names": { "accept": "Lindkvist" } }');
    const pub = await client.published.wait((p) => p.uri === config.uri && p.diagnostics.length > 0, 'a config diagnostic', 10000, since);
    assert.match(text(pub.diagnostics[0]), /names\.accept: must be array/);
    assert.equal(client.messages.all.filter((m) => m.type === 1).length, 0);
    // Saving it says so once.
    await client.save(config.uri);
    const msg = await client.messages.wait((m) => m.type === 1, 'an error message on save', 10000, 0);
    assert.match(msg.message, /names\.accept: must be array/);
    // Fixed in the buffer: cleared.
    since = client.published.all.length;
    await client.setText(config.uri, '{ "references": ["refs/*.txt"] }');
    await client.published.wait((p) => p.uri === config.uri && p.diagnostics.length === 0, 'cleared config diagnostics', 10000, since);
    assert.equal(byCode(await client.pull(draftUri), 'names/spelling-variant').length, 1);
  });

  it('a reference glob that matches nothing is reported on that string in copydesk.json', async () => {
    await client.pull(draftUri);
    const configPath = join(folder, 'copydesk.json');
    writeFileSync(configPath, '{\n  "references": ["refs/*.txt", "missing/*.html"]\n}\n');
    await client.fileChanged([{ uri: uriOf(configPath), type: 2 }]);
    const pub = await client.published.wait((p) => p.uri === uriOf(configPath) && p.diagnostics.length > 0, 'a diagnostic on copydesk.json', 10000, 0);
    assert.deepEqual(pub.diagnostics[0].range, { start: { line: 1, character: 31 }, end: { line: 1, character: 47 } });
    assert.match(text(pub.diagnostics[0]), /missing\/\*\.html/);
  });

  it('reads settings per document: per-check severity, a check turned off, disabled', async () => {
    settings = { checks: { 'names/title-mismatch': 'error' } };
    await client.conn.sendNotification('workspace/didChangeConfiguration', { settings: null });
    await client.refreshes.wait(() => true, 'refresh after settings change', 10000, 0);
    let ds = await client.pull(draftUri);
    assert.equal(byCode(ds, 'names/title-mismatch')[0].severity, 1);
    assert.equal(byCode(ds, 'names/spelling-variant')[0].severity, 2);

    settings = { checks: { names: 'off' } };
    await client.conn.sendNotification('workspace/didChangeConfiguration', { settings: null });
    ds = await client.pull(draftUri);
    assert.deepEqual(ds, []);

    settings = { enable: false };
    await client.conn.sendNotification('workspace/didChangeConfiguration', { settings: null });
    ds = await client.pull(draftUri);
    assert.deepEqual(ds, []);
    const status = await client.statuses.wait((s) => s.uri === draftUri && s.state === 'disabled', 'a disabled status', 5000, 0);
    assert.equal(status.findings, null);
  });

  it('lists the references and the story facts of a draft', async () => {
    const refs = (await client.conn.sendRequest('copydesk/listReferences', { uri: draftUri })) as { uri: string; outlet: string; published: string }[];
    assert.deepEqual(
      refs.map((r) => [r.uri.slice(r.uri.lastIndexOf('/') + 1), r.outlet, r.published]),
      [
        ['budget-talks.txt', 'Northern Wire', '2025-03-12'],
        ['harbour-pact.txt', 'Baltic Ledger', '2025-03-11'],
      ],
    );
    const facts = (await client.conn.sendRequest('copydesk/storyFacts', { uri: draftUri })) as {
      published: string;
      people: { name: string; titles: string[]; mentions: { findings: { code: string }[] }[] }[];
    };
    assert.equal(facts.published, '2025-03-12');
    const berg = facts.people.find((p) => /Tomas Berg/.test(p.name));
    assert.ok(berg, JSON.stringify(facts.people.map((p) => p.name)));
    assert.ok(berg.mentions.some((m) => m.findings.some((f) => f.code === 'names/title-mismatch')));
  });

  it('re-index reloads every reference', async () => {
    await client.pull(draftUri);
    const result = (await client.conn.sendRequest('copydesk/reindex', {})) as { projects: number; references: number; problems: string[] };
    assert.deepEqual(result, { projects: 1, references: 2, problems: [] });
  });

  it('an edit to a reference open in the editor counts before it is saved, and closing it reverts to the file', async () => {
    assert.equal(byCode(await client.pull(draftUri), 'names/spelling-variant').length, 1);
    const ref = await client.open('refs/budget-talks.txt');
    const refDoc = client.doc(ref.uri);
    // An open reference is not checked as a draft.
    assert.deepEqual(await client.pull(ref.uri), []);
    const text = refDoc.getText().replace(/Lindqvist/g, 'Lindkvist');
    let since = client.refreshes.all.length;
    await client.change(ref.uri, [{ range: { start: refDoc.positionAt(0), end: refDoc.positionAt(refDoc.getText().length) }, newText: text }]);
    await client.refreshes.wait(() => true, 'refresh after a reference buffer edit', 10000, since);
    // One reference (the unsaved buffer) now spells it the draft's way: no longer a near miss.
    assert.equal(byCode(await client.pull(draftUri), 'names/spelling-variant').length, 0);
    since = client.refreshes.all.length;
    await client.conn.sendNotification('textDocument/didClose', { textDocument: { uri: ref.uri } });
    await client.refreshes.wait(() => true, 'refresh after closing the reference', 10000, since);
    assert.equal(byCode(await client.pull(draftUri), 'names/spelling-variant').length, 1);
  });

  it('never writes anything but the protocol to stdout', async () => {
    // Every message parsed (the connection would have failed otherwise); and nothing broke the stream.
    await client.pull(draftUri);
    assert.equal(client.proc.exitCode, null);
    assert.doesNotMatch(client.stderr, /Error/);
  });
});

describe('language server over stdio (push diagnostics, no configuration)', function () {
  let folder: string;

  before(() => buildOnce());
  afterEach(() => removeDir(folder));

  it('pushes diagnostics to a client without pull support, and again after a reference change', async () => {
    folder = copyFixture('workspace');
    const client = new TestClient(folder, { pull: false });
    try {
      await client.initialize();
      const doc = await client.open(DRAFT);
      const pub = await client.published.wait((p) => p.uri === doc.uri && p.diagnostics.length > 0, 'pushed diagnostics');
      assert.deepEqual(pub.diagnostics.map((d) => d.code).sort(), ['names/spelling-variant', 'names/title-mismatch']);
      assert.equal(pub.version, 1);
      const p = join(folder, 'refs/harbour-pact.txt');
      writeFileSync(p, readFileSync(p, 'utf8').replace(/Lindqvist/g, 'Lindkvist'));
      const q = join(folder, 'refs/budget-talks.txt');
      writeFileSync(q, readFileSync(q, 'utf8').replace(/Lindqvist/g, 'Lindkvist'));
      const since = client.published.all.length;
      await client.fileChanged([p, q].map((f) => ({ uri: uriOf(f), type: 2 })));
      const again = await client.published.wait((x) => x.uri === doc.uri && !x.diagnostics.some((d) => d.code === 'names/spelling-variant'), 'a re-push', 10000, since);
      assert.deepEqual(again.diagnostics.map((d) => d.code), ['names/title-mismatch']);
    } finally {
      await client.stop();
    }
  });

  it('watches reference folders itself when the client cannot (no didChangeWatchedFiles registration)', async () => {
    folder = copyFixture('workspace');
    const client = new TestClient(folder, { pull: false, watch: false });
    try {
      await client.initialize();
      const doc = await client.open(DRAFT);
      await client.published.wait((p) => p.uri === doc.uri && p.diagnostics.some((d) => d.code === 'names/title-mismatch'), 'pushed diagnostics');
      assert.ok(!client.registrations.some((r) => r.method === 'workspace/didChangeWatchedFiles'));
      // Changed on disk, and the client says nothing about it.
      const since = client.published.all.length;
      for (const f of ['refs/harbour-pact.txt', 'refs/budget-talks.txt']) {
        const p = join(folder, f);
        writeFileSync(p, readFileSync(p, 'utf8').replace(/Finance Minister/g, 'Interior Minister'));
      }
      const again = await client.published.wait((x) => x.uri === doc.uri && !x.diagnostics.some((d) => d.code === 'names/title-mismatch'), 'a re-push after the server saw the change', 10000, since);
      assert.deepEqual(again.diagnostics.map((d) => d.code), ['names/spelling-variant']);
      // A new reference file in the folder is picked up too.
      const since2 = client.published.all.length;
      writeFileSync(join(folder, 'refs/late-edition.txt'), 'VALBY, March 12 - Foreign Minister Maria Lindkvist left for Estavia on Wednesday.\n');
      const third = await client.published.wait((x) => x.uri === doc.uri && x.diagnostics.length === 0, 'a re-push after a new reference', 10000, since2);
      assert.deepEqual(third.diagnostics, []);
    } finally {
      await client.stop();
    }
  });

  it('a copydesk.json broken from the start: a diagnostic on it, one error message, and drafts still answered', async () => {
    folder = copyFixture('workspace');
    writeFileSync(join(folder, 'copydesk.json'), '{ "references": "refs/*.txt" }\n');
    const client = new TestClient(folder);
    try {
      await client.initialize();
      const doc = await client.open(DRAFT);
      assert.deepEqual(await client.pull(doc.uri), []);
      const configUri = uriOf(join(folder, 'copydesk.json'));
      const pub = await client.published.wait((p) => p.uri === configUri && p.diagnostics.length > 0, 'a diagnostic on copydesk.json', 10000, 0);
      assert.match(text(pub.diagnostics[0]), /references: must be array/);
      const msg = await client.messages.wait((m) => m.type === 1, 'an error message', 10000, 0);
      assert.match(msg.message, /references: must be array/);
      // Pulling again does not repeat the message.
      await client.pull(doc.uri);
      assert.equal(client.messages.all.filter((m) => m.type === 1).length, 1);
    } finally {
      await client.stop();
    }
  });

  it('without copydesk.json, extra references from settings are used and "Ignore" creates copydesk.json', async () => {
    folder = copyFixture('workspace');
    removeDir(join(folder, 'copydesk.json'));
    const client = new TestClient(folder, { settings: () => ({ references: ['refs/*.txt'] }) });
    try {
      await client.initialize();
      const doc = await client.open(DRAFT);
      const ds = await client.pull(doc.uri);
      const [d] = byCode(ds, 'names/spelling-variant');
      assert.ok(d);
      const status = await client.statuses.wait((s) => s.uri === doc.uri, 'status', 5000, 0);
      assert.equal(status.state, 'no-config');
      assert.equal(status.references, 2);
      const actions = await client.codeActions(doc.uri, d.range, [d]);
      const ignore = titled(actions, /^Ignore "Lindkvist"/);
      const changes = ignore.edit!.documentChanges!;
      assert.deepEqual(changes[0], { kind: 'create', uri: uriOf(join(folder, 'copydesk.json')), options: { ignoreIfExists: true } });
      await client.applyEdit(ignore.edit!);
      const config = JSON.parse(readFileSync(join(folder, 'copydesk.json'), 'utf8'));
      assert.deepEqual(config, { ignore: [{ rule: 'names/spelling-variant', text: 'Lindkvist', file: 'drafts/story.md' }] });
      await client.refreshes.wait(() => true, 'refresh after creating copydesk.json', 10000, 0);
      const after = await client.pull(doc.uri);
      assert.equal(byCode(after, 'names/spelling-variant').length, 0);
      assert.equal(byCode(after, 'names/title-mismatch').length, 1);
    } finally {
      await client.stop();
    }
  });
});

async function waitFor<T>(get: () => T | undefined, what: string, timeoutMs = 5000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const v = get();
    if (v) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}
