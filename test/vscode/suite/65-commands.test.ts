// The commands the extension contributes, against the running server.
import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import type { ReindexResult, StoryFacts } from '../../../server/src/lsp/protocol';
import { hasCode, openDraft, waitForDiagnostics } from '../helpers';

describe('commands', () => {
  it('Copydesk: Re-index references reports the reference articles loaded', async () => {
    const { document: doc } = await openDraft('drafts/ferry.md');
    await waitForDiagnostics(doc.uri, (d) => d.length > 0, 'Copydesk diagnostics');
    const result = await vscode.commands.executeCommand<ReindexResult>('copydesk.reindex');
    assert.equal(result.references, 2);
    assert.deepEqual(result.problems, []);
  });

  it('Copydesk: Show story facts lists the people with their titles, the dates and the quotes', async () => {
    const { document: doc } = await openDraft('drafts/ferry.md');
    await waitForDiagnostics(doc.uri, (d) => hasCode(d, 'names/title-mismatch'), 'names/title-mismatch');
    const facts = await vscode.commands.executeCommand<StoryFacts | null>('copydesk.showStoryFacts');
    assert.ok(facts, 'story facts for the active draft');
    const lindqvist = facts.people.find((p) => p.name === 'Katarina Lindqvist');
    assert.ok(lindqvist, JSON.stringify(facts.people.map((p) => p.name)));
    assert.ok(lindqvist.titles.includes('Foreign Minister'), JSON.stringify(lindqvist.titles));
    assert.ok(
      lindqvist.mentions.some((m) => m.findings.some((f) => f.code === 'names/title-mismatch')),
      'the mention carries the finding that contradicts it',
    );
    assert.ok(facts.dates.some((d) => d.text === 'Monday'), JSON.stringify(facts.dates.map((d) => d.text)));
    assert.ok(facts.quotes.some((q) => q.text.includes('We kept our promise to the islands')), JSON.stringify(facts.quotes.map((q) => q.text)));
  });
});
