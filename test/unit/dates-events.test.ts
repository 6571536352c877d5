import { strict as assert } from 'node:assert';
import { buildDraft } from '../../server/src/engine/draft/draft';
import { documentStatements } from '../../server/src/engine/events/statements';
import { sameEvent } from '../../server/src/engine/events/align';

function statements(text: string, published: string) {
  const d = buildDraft(text, { today: published });
  return documentStatements(d.sentences, d.published);
}
const one = (text: string, published = '2025-03-13') => {
  const s = statements(text, published);
  assert.equal(s.length, 1, `one dated statement in: ${text}`);
  return s[0];
};
const people = new Set(['marquez', 'ibarra', 'ventura', 'lagos', 'okafor']);

describe('dated statements and event alignment', () => {
  it('ties a date to the event it places in time', () => {
    const s = one('The call follows the March 4 seizure of two trawlers by the Chilean navy.');
    assert.equal(s.kind, 'seizure');
    assert.equal(s.date.value, '2025-03-04');
    const c = one('The call between Marquez and Ibarra, the first in close to 50 days, is expected on Friday.');
    assert.equal(c.kind, 'call');
    assert.deepEqual(c.participants.map((n) => n.key), ['marquez', 'ibarra']);
  });

  it('places no event with dates of saying or dates that only relate', () => {
    assert.deepEqual(statements('Lagos said on Tuesday that talks would resume.', '2025-03-13'), []);
    assert.deepEqual(statements('It was their first conversation since January 20.', '2025-03-13'), []);
    assert.deepEqual(statements('Chile told Argentina on Monday that the trawlers would stay.', '2025-03-13'), []);
  });

  it('marks called-off and negated events', () => {
    assert.equal(one('Ibarra postponed his trip to Santiago on Tuesday.').cancelled, true);
    assert.equal(one('A call on Tuesday was not possible, aides explained.').negated, true);
  });

  it('aligns the same event told two ways, and only that', () => {
    const draft = one('Marquez and Ibarra will speak on Friday.', '2025-03-12');
    const ref = one('Chilean President Elena Marquez will hold a phone call with Argentine President Tomas Ibarra on Thursday.', '2025-03-12');
    assert.ok(sameEvent(draft, ref, people));
    // Another pair of people, another call.
    const other = one('Marquez spoke with Nigerian President Okafor on Thursday.', '2025-03-14');
    assert.ok(!sameEvent(draft, other, people));
    // The same people, months apart: another call.
    const old = one('Marquez and Ibarra spoke by phone on Friday.', '2024-06-18');
    assert.ok(!sameEvent(draft, old, people));
    // A postponement is not the event itself; a meeting is not the visit it happens on.
    const postponed = one('Ibarra postponed the call with Marquez on Wednesday.', '2025-03-12');
    assert.ok(!sameEvent(draft, postponed, people));
    const visit = one("Ventura's visit to Santiago was set for Monday.", '2025-03-12');
    const meeting = one('Ventura met Lagos in Santiago on Tuesday.', '2025-03-12');
    assert.ok(!sameEvent(meeting, visit, people));
  });
});
