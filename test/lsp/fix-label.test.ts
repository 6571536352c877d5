import assert from 'node:assert/strict';
import { fixLabel } from '../../server/src/lsp/fix-label';
import type { Fix } from '../../server/src/engine/types';

describe('quick-fix labels', () => {
  it('keeps a short title that already shows the text it writes', () => {
    const text = 'Trade Minister Anna Holm spoke.';
    const fix: Fix = { title: 'Change to "Foreign Minister"', edits: [{ range: { start: 0, end: 14 }, newText: 'Foreign Minister' }] };
    assert.equal(fixLabel(fix, text), 'Change to "Foreign Minister"');
  });

  it('shows a long quote fix around the restored words, without doubled quote marks', () => {
    const text = '"We will not sign a bad deal, whatever the unions say about the timetable," Holm said.';
    const inner = { start: 1, end: text.indexOf(',"') + 1 };
    const wording = 'We will never sign a bad deal, whatever the unions say about the timetable,';
    const fix: Fix = { title: `Restore the wording of Harbour Post, 2025-03-12: "${wording.slice(0, 30)}…"`, edits: [{ range: inner, newText: wording }] };
    const label = fixLabel(fix, text);
    assert.match(label, /^Restore the wording of Harbour Post, 2025-03-12: “.*never sign.*”$/);
    assert.doesNotMatch(label, /[“"]{2}|[”"]{2}/);
    assert.ok(label.length < 110, label);
  });

  it('tells two insertions apart by the text they produce', () => {
    const text = 'The strike ended on Friday. Talks resume next week.';
    const at = text.indexOf('.');
    const a: Fix = { title: 'Attribute to the union as the references do', edits: [{ range: { start: at, end: at }, newText: ', the union said' }] };
    const b: Fix = { title: 'Attribute to Harbour Post, which reported it', edits: [{ range: { start: at, end: at }, newText: ', Harbour Post reported' }] };
    assert.equal(fixLabel(a, text), 'Attribute to the union as the references do: “strike ended on Friday, the union said.”');
    assert.equal(fixLabel(b, text), 'Attribute to Harbour Post, which reported it: “strike ended on Friday, Harbour Post reported.”');
  });

  it('leaves config fixes and multi-edit fixes as the rule titles them', () => {
    const fix: Fix = { title: 'Accept the spelling "Holm" (copydesk.json)', edits: [], configEdit: { path: ['names', 'accept'], value: 'Holm' } };
    assert.equal(fixLabel(fix, 'x'), fix.title);
  });
});

describe('quick-fix labels in context', () => {
  it('shows a fix that replaces the closing stop with an attribution in its sentence', () => {
    const text = 'The talks moved to Harnsund. Later news.';
    const at = text.indexOf('.');
    const fix: Fix = { title: 'Attribute to her ministry as the references do', edits: [{ range: { start: at, end: at + 1 }, newText: ', her ministry said.' }] };
    assert.equal(fixLabel(fix, text), 'Attribute to her ministry as the references do: “talks moved to Harnsund, her ministry said.”');
  });
});
