import {expect} from '@open-wc/testing';
import type {CommunityEvent} from '../../../src/core/dataset/schema/index.js';
import {nextEvents} from '../../../src/core/events/next.js';

const ev = (id: string, start: string, extra: Partial<CommunityEvent> = {}): CommunityEvent =>
  ({
    id,
    type: 'kyr-workshop',
    title: {en: id},
    start,
    end: start.replace(/T(\d\d)/, (_, h: string) => `T${String(Number(h) + 2).padStart(2, '0')}`),
    timeZone: 'America/Los_Angeles',
    format: 'in-person',
    languages: ['es'],
    organizer: {name: 'Org', organizationId: 'org-a'},
    counties: ['Fresno'],
    ...extra,
  }) as CommunityEvent;

describe('nextEvents', () => {
  const now = Date.parse('2026-12-06T20:00:00Z'); // noon in California
  const events = [
    ev('past', '2026-12-01T18:00:00'),
    ev('soon', '2026-12-08T18:00:00'),
    ev('later', '2026-12-20T18:00:00'),
    ev('other-org', '2026-12-09T18:00:00', {organizer: {name: 'B', organizationId: 'org-b'}}),
    ev('la', '2026-12-10T18:00:00', {counties: ['Los Angeles'], type: 'town-hall'}),
    ev('online', '2026-12-11T18:00:00', {counties: undefined, format: 'online', type: 'town-hall'}),
    ev('cancelled', '2026-12-07T18:00:00', {status: 'cancelled'}),
    ev('sample', '2026-12-07T19:00:00', {sample: true}),
    ev('far', '2027-06-01T18:00:00'),
    ev('weekly', '2026-11-02T18:00:00', {recurrence: {rrule: 'FREQ=WEEKLY;BYDAY=MO'}}),
  ];
  const ids = (f: Parameters<typeof nextEvents>[1]) => nextEvents(events, f).map((o) => o.event.id);

  it("gives an organization's next events, soonest first, without past, cancelled, sample or far ones", () => {
    expect(ids({from: now, organizationId: 'org-a', limit: 10})).to.deep.equal(['weekly', 'soon', 'la', 'online', 'later']);
  });
  it('gives each recurring event once, at its next occurrence', () => {
    const [weekly] = nextEvents(events, {from: now, organizationId: 'org-a', limit: 1});
    expect(new Date(weekly!.start).toISOString()).to.equal('2026-12-08T02:00:00.000Z'); // Monday 6 pm PST
  });
  it('filters by county, keeping online events, and by type', () => {
    expect(ids({from: now, counties: ['Los Angeles'], limit: 10})).to.deep.equal(['la', 'online']);
    expect(ids({from: now, counties: ['Los Angeles'], online: false, limit: 10})).to.deep.equal(['la']);
    expect(ids({from: now, types: ['town-hall'], limit: 10})).to.deep.equal(['la', 'online']);
  });
  it('stops at the limit (3 by default) and gives nothing for no match', () => {
    expect(ids({from: now})).to.have.length(3);
    expect(ids({from: now, organizationId: 'nobody'})).to.deep.equal([]);
  });
});
