import assert from 'node:assert/strict';
import { editorialOrganizations, editorialPeople, editorialSpeaker } from '../../server/src/lsp/story-facts-filter';
import type { OrganizationFact, PersonFact } from '../../server/src/engine/names/facts';

const person = (name: string, at: number, title: string | null = null): PersonFact => ({ name, titles: title ? [title] : [], mentions: [{ start: at, end: at + name.length, text: name, title }] });
const org = (name: string): OrganizationFact => ({ name, mentions: [{ start: 0, end: name.length, text: name }] });

describe('Story Facts: what an editor checks', () => {
  it('keeps people named in full, folds a lone first or last name into them, drops other single words', () => {
    const people = editorialPeople([person('Maria Lindqvist', 10, 'Foreign Minister'), person('Lindqvist', 80), person('Maria', 120), person('Excuse', 200), person('Sources', 300)]);
    assert.deepEqual(people.map((p) => p.name), ['Maria Lindqvist']);
    assert.deepEqual(people[0].mentions.map((m) => m.start), [10, 80, 120]);
  });

  it('leaves a shared surname with neither person', () => {
    const people = editorialPeople([person('Tomas Berg', 0), person('Anna Berg', 40), person('Berg', 90)]);
    assert.deepEqual(people.map((p) => [p.name, p.mentions.length]), [['Tomas Berg', 1], ['Anna Berg', 1]]);
  });

  it('keeps organisations, not demonyms, lone capitalised words or people', () => {
    const kept = editorialOrganizations([org('Harbour Commission'), org('NATO'), org('Pentagon'), org('Kestrians'), org('Council'), org('Lindqvist'), org('Reuters')], [person('Maria Lindqvist', 0)]);
    assert.deepEqual(kept.map((o) => o.name), ['Harbour Commission', 'NATO']);
  });

  it('names speakers, never "It" or a thing', () => {
    assert.equal(editorialSpeaker('It'), null);
    assert.equal(editorialSpeaker('a video message'), null);
    assert.equal(editorialSpeaker('a US official'), 'a US official');
    assert.equal(editorialSpeaker('a spokeswoman'), 'a spokeswoman');
    assert.equal(editorialSpeaker('Lindqvist'), 'Lindqvist');
  });
});
