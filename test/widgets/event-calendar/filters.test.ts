import {expect} from '@open-wc/testing';
import type {CommunityEvent} from '../../../src/core/dataset/schema/index.js';
import {answersCount, countyCode, matcher, matches, normalize} from '../../../src/widgets/event-calendar/filters.js';
import {expandEvent} from '../../../src/core/events/occurrences.js';
import {gridKeyTarget} from '../../../src/widgets/event-calendar/month.js';

const base = {
  id: 'evt',
  type: 'legal-clinic',
  title: {en: 'DACA renewal clinic', es: 'Clínica de renovación de DACA'},
  description: {en: 'Bring your work permit.'},
  start: '2026-12-05T10:00',
  end: '2026-12-05T13:00',
  timeZone: 'America/Los_Angeles',
  format: 'in-person',
  location: {locality: 'San José', county: '06085'},
  languages: ['es-MX'],
  interpretation: [{language: 'vi'}],
  organizer: {name: 'Example Immigrant Center'},
} as CommunityEvent;
const occurrence = (partial: Partial<CommunityEvent> = {}) => expandEvent({...base, ...partial}, {from: 0, to: Date.UTC(2030, 0, 1)})[0]!;

describe('filters', () => {
  it('normalises accents and case', () => {
    expect(normalize('Clínica SAN JOSÉ')).to.equal('clinica san jose');
  });

  it('resolves counties by FIPS or name', () => {
    expect(countyCode('06037')).to.equal('06037');
    expect(countyCode('Santa Clara')).to.equal('06085');
    expect(countyCode('santa clara county')).to.equal('06085');
    expect(countyCode('Atlantis')).to.equal(undefined);
    expect(countyCode('')).to.equal(undefined);
  });

  it('matches each filter, and all of them together', () => {
    const o = occurrence();
    expect(matches(o, {})).to.equal(true);
    expect(matches(o, {type: 'legal-clinic'})).to.equal(true);
    expect(matches(o, {type: 'town-hall'})).to.equal(false);
    expect(matches(o, {language: 'es'})).to.equal(true); // es matches es-MX
    expect(matches(o, {language: 'vi'})).to.equal(true); // interpreted
    expect(matches(o, {language: 'en'})).to.equal(false);
    expect(matches(o, {format: 'online'})).to.equal(false);
    expect(matches(o, {county: '06085'})).to.equal(true);
    expect(matches(o, {county: '06001'})).to.equal(false);
    expect(matches(o, {from: '2026-12-05', to: '2026-12-05'})).to.equal(true);
    expect(matches(o, {from: '2026-12-06'})).to.equal(false);
    expect(matches(o, {to: '2026-12-04'})).to.equal(false);
    expect(matches(o, {q: 'clinica  renovacion'})).to.equal(true); // Spanish title, no accents
    expect(matches(o, {q: 'san jose permit'})).to.equal(true);
    expect(matches(o, {q: 'EXAMPLE immigrant'})).to.equal(true);
    expect(matches(o, {q: 'rally'})).to.equal(false);
    expect(matches(o, {type: 'legal-clinic', language: 'vi', county: '06085', q: 'daca'})).to.equal(true);
    expect(matches(o, {type: 'legal-clinic', language: 'vi', county: '06085', q: 'tps'})).to.equal(false);
  });

  it('keeps multi-day events that overlap the date range', () => {
    const fair = occurrence({start: '2026-12-04', end: '2026-12-06'});
    expect(matches(fair, {from: '2026-12-06'})).to.equal(true);
    expect(matches(fair, {from: '2026-12-07'})).to.equal(false);
    expect(matches(fair, {to: '2026-12-04'})).to.equal(true);
  });
});

describe('filter answers', () => {
  it('are computed once per event, not per keystroke', () => {
    const o = occurrence();
    const before = answersCount();
    for (const q of ['d', 'da', 'dac', 'daca', 'daca r']) matcher({q, language: 'es', county: '06085'})(o);
    expect(answersCount() - before).to.equal(1);
    expect(matcher({q: 'clinica', language: 'vi'})(o)).to.equal(true);
    expect(answersCount() - before).to.equal(1);
  });
});

describe('month grid keys', () => {
  it('moves by day, week, week ends and month (clamped), mirrored in right-to-left', () => {
    expect(gridKeyTarget('2026-12-31', 'ArrowRight')).to.equal('2027-01-01');
    expect(gridKeyTarget('2026-12-31', 'ArrowRight', true)).to.equal('2026-12-30');
    expect(gridKeyTarget('2026-03-01', 'ArrowLeft')).to.equal('2026-02-28');
    expect(gridKeyTarget('2026-12-03', 'ArrowUp')).to.equal('2026-11-26');
    expect(gridKeyTarget('2026-12-03', 'ArrowDown')).to.equal('2026-12-10');
    expect(gridKeyTarget('2026-12-03', 'Home')).to.equal('2026-11-30'); // Monday
    expect(gridKeyTarget('2026-12-03', 'End')).to.equal('2026-12-06'); // Sunday
    expect(gridKeyTarget('2027-03-31', 'PageUp')).to.equal('2027-02-28');
    expect(gridKeyTarget('2026-01-31', 'PageDown')).to.equal('2026-02-28');
    expect(gridKeyTarget('2026-12-15', 'PageDown')).to.equal('2027-01-15');
    expect(gridKeyTarget('2026-12-15', 'Enter')).to.equal(undefined);
  });
});
