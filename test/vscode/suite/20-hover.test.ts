// Hover over a finding: the evidence excerpts with outlet and publication date.
import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import { codeOf, hoverText, openDraft, waitForDiagnostics } from '../helpers';

describe('hover', () => {
  it('shows the evidence with outlet and date over a finding', async () => {
    const { document: doc } = await openDraft('drafts/ferry.md');
    const [d] = (await waitForDiagnostics(doc.uri, (x) => x.some((y) => codeOf(y) === 'names/title-mismatch'), 'names/title-mismatch')).filter(
      (y) => codeOf(y) === 'names/title-mismatch',
    );
    const text = await hoverText(doc.uri, d.range.start.translate(0, 3));
    assert.match(text, /names\/title-mismatch/);
    assert.match(text, /The Harbour Courier, 2026-03-03/);
    assert.match(text, /Nordic Wire, 2026-03-04/);
    assert.match(text, /Finance Minister Katarina Lindqvist visited Vättersund on Tuesday/);
  });

  it('shows no Copydesk hover on a clean word', async () => {
    const { document: doc } = await openDraft('drafts/ferry.md');
    const line = doc.getText().split('\n').findIndex((l) => l.startsWith('Harbour director Olle Brandt'));
    const text = await hoverText(doc.uri, new vscode.Position(line, 20));
    assert.doesNotMatch(text, /Copydesk/);
  });
});
