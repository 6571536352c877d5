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

  it('tells a labour strike from a military one', () => {
    const kind = (text: string) => one(text).kind;
    assert.equal(kind("The nurses' strike at the Tartu clinic ended on Monday."), 'strike');
    assert.equal(kind('Bus drivers in Tartu went on strike on Monday.'), 'strike');
    assert.equal(kind('The general strike on Monday closed schools across Estonia.'), 'strike');
    assert.equal(kind('The strike ended on Monday, when the union accepted a pay offer.'), 'strike');
    assert.equal(kind('Union members staged a walkout on Monday.'), 'strike');
    assert.equal(kind('Dockworkers struck on Monday for higher pay.'), 'strike');
    assert.notEqual(kind('A missile struck the depot on Monday, the union said.'), 'strike');
    assert.equal(kind('An air strike on Monday destroyed the depot.'), 'attack');
    assert.equal(kind('The army said its strike on the depot on Monday hit a weapons store.'), 'attack');
    // A strike on a workers' hostel is still an attack when the missile is named.
    assert.equal(kind('A missile strike on a workers’ hostel on Monday set it ablaze.'), 'attack');
  });

  it('keeps the start and the end of a lasting event apart', () => {
    const s = statements('The strike began on March 3 and ended on March 7, when the union accepted a pay offer.', '2025-03-13');
    assert.deepEqual(s.map((x) => [x.kind, x.phase, x.date.value]), [['strike', 'start', '2025-03-03'], ['strike', 'end', '2025-03-07']]);
    assert.equal(one('On March 7, the walkout by port staff ended.').phase, 'end');
    assert.equal(one('Port workers ended a two-day strike on March 7.').phase, 'end');
    assert.equal(one('Marquez and Ibarra will speak on Friday.').phase, undefined);
    // The verb nearest the date decides: the walkout resumed on Friday, it had ended last month.
    const resumed = statements('The walkout the drivers ended last month resumed on Friday.', '2025-03-13');
    assert.deepEqual(resumed.map((x) => [x.date.value, x.phase]), [['2025-02', 'end'], ['2025-03-07', undefined]]);
    const start = one('Teachers in Gdansk began their strike on March 3, union leader Ewa Nowak said.');
    const end = one('The teachers\' strike led by Ewa Nowak ended on March 7.');
    assert.ok(!sameEvent(start, end, new Set(['nowak'])));
  });

  it('ties an event to its date across a long titled name', () => {
    const c = one('A call between Deputy Prime Minister Anneli Korhonen and Mwangi is expected on Friday.', '2025-05-07');
    assert.equal(c.kind, 'call');
    assert.equal(c.date.value, '2025-05-09');
    assert.deepEqual(c.participants.map((n) => n.key), ['korhonen', 'mwangi']);
  });

  it('does not tie a date to an event told after "after"', () => {
    const s = one('Talks resumed in Tartu on Tuesday, after a strike that halted the trams.', '2025-03-13');
    assert.equal(s.kind, 'meeting');
  });

  it('matches a surname-only mention with the full name, and a name named only at the end of the other sentence', () => {
    const persons = new Set(['korhonen', 'mwangi', 'ruto', 'nowak']);
    const draft = one('A call between Deputy Prime Minister Anneli Korhonen and Mwangi is expected on Friday.', '2025-05-07');
    const ref = one('Korhonen and Kenyan Foreign Minister Peter Mwangi will speak by phone on Thursday, her office said.', '2025-05-07');
    assert.ok(sameEvent(draft, ref, persons));
    const other = one('Korhonen and Kenyan President William Ruto will speak by phone on Thursday, her office said.', '2025-05-07');
    assert.ok(!sameEvent(draft, other, persons));
    // The union leader is the speaker at the end of the reference's sentence, outside its event window.
    const strike = one('The strike ended on March 8, when the union led by Ewa Nowák accepted a pay offer.');
    const said = one('The teachers\' strike in Gdansk ended on Friday, March 7, after the union accepted a pay offer of 3 percent and a shorter week, union leader Ewa Nowak said.');
    assert.deepEqual(said.participants.map((n) => n.key), ['gdansk']);
    assert.ok(sameEvent(strike, said, persons));
  });

  it('lets a misspelt name pass, but not another person', () => {
    const persons = new Set(['roza', 'rosa', 'tavares', 'neves', 'simoes']);
    const draft = one('A meeting between Transport Minister Ana Roza and Tavares is expected on Tuesday.', '2025-04-12');
    // "Rosa" (the reference) against "Roza" (the draft): one slip, the same first name.
    assert.ok(sameEvent(draft, one('A meeting between Transport Minister Ana Rosa and Porto Mayor Luis Tavares is expected on Monday.', '2025-04-11'), persons));
    // Another first name: another person, so another meeting.
    assert.ok(!sameEvent(draft, one('A meeting between Health Minister Karin Rosa and Porto Mayor Luis Tavares is expected on Monday.', '2025-04-11'), persons));
    // Another minister altogether.
    assert.ok(!sameEvent(draft, one('Labour Minister Paulo Neves will meet Tavares on Wednesday.', '2025-04-09'), persons));
    // Short names one letter apart, no first name to vouch for them: two people.
    const berg = one('Aalto spoke with Berg on Friday.', '2025-04-12');
    assert.ok(!sameEvent(berg, one('Aalto spoke with Borg on Thursday.', '2025-04-12'), new Set(['aalto', 'berg', 'borg'])));
  });

  it('does not tie two events through a place named far from one of them', () => {
    const draft = one("The Tartu nurses' strike ended on Tuesday.", '2025-04-12');
    const ref = one('In Narva, teachers ended their strike on Monday after three weeks of classes lost to the dispute, and unions in Tartu said they would follow.', '2025-04-12');
    assert.deepEqual(ref.participants.map((n) => n.key), ['narva']);
    assert.ok(!sameEvent(draft, ref, new Set()));
  });
});

