// Hover over a finding: one card that adds to VS Code's own diagnostic block — the word diff, each
// evidence sentence once with outlet and date, the differing words marked, fixes and sources as links.
import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import { codeOf, hoverText, openDraft, waitForDiagnostics } from '../helpers';

async function findingAt(relative: string, code: string) {
  const { document: doc } = await openDraft(relative);
  const diags = await waitForDiagnostics(doc.uri, (x) => x.some((y) => codeOf(y) === code), code);
  return { doc, d: diags.find((y) => codeOf(y) === code)! };
}

describe('hover', () => {
  it('shows the diff, the evidence once with outlet and date, the differing words marked, and no repeat of the message', async () => {
    const { doc, d } = await findingAt('drafts/ferry.md', 'names/title-mismatch');
    const text = await hoverText(doc.uri, d.range.start.translate(0, 3));
    assert.match(text, /~~Foreign~~ \*\*Finance\*\* Minister/);
    assert.match(text, /The Harbour Courier, March 3, 2026/);
    assert.match(text, /Nordic Wire, March 4, 2026/);
    assert.match(text, /\*\*Finance\*\* Minister Katarina Lindqvist visited Vättersund on Tuesday to open/);
    assert.equal(text.split('three months ahead of schedule').length - 1, 1, 'each evidence sentence once');
    assert.ok(!text.includes(d.message), 'the message is in VS Code\'s own block, not repeated in the card');
    assert.match(text, /\[Change to "Finance Minister"\]\(command:copydesk\.applyFix\?/);
    assert.match(text, /\]\(command:copydesk\.openEvidence\?/);
  });

  it('marks the changed word of a misquote', async () => {
    const { doc, d } = await findingAt('drafts/misquote.md', 'quotes/misquote');
    const text = await hoverText(doc.uri, d.range.start.translate(0, 5));
    assert.match(text, /This terminal pays for itself within a ~~generation~~ \*\*decade\*\*/);
  });

  it('shows no Copydesk hover on a clean word', async () => {
    const { document: doc } = await openDraft('drafts/ferry.md');
    const line = doc.getText().split('\n').findIndex((l) => l.startsWith('Harbour director Olle Brandt'));
    const text = await hoverText(doc.uri, new vscode.Position(line, 20));
    assert.doesNotMatch(text, /Copydesk|~~|command:copydesk/);
  });
});
