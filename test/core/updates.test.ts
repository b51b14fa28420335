import {expect} from '@open-wc/testing';
import type {Update} from '../../src/core/dataset/schema/index.js';
import {selectUpdates} from '../../src/core/updates.js';

const u = (id: string, date: string, extra: Partial<Update> = {}): Update => ({
  id,
  date,
  kind: 'law',
  title: {en: id},
  source: {name: 'Example source'},
  ...extra,
});

describe('what changed', () => {
  const all = [
    u('old', '2025-06-01'),
    u('recent', '2026-11-01'),
    u('door', '2026-10-01', {scenarios: ['at-door']}),
    u('soon', '2026-12-07', {kind: 'term'}),
    u('far', '2027-06-01'),
    u('fresno', '2026-11-15', {counties: ['06019']}),
  ];

  it('shows recent and coming entries, newest first, marking those still to come', () => {
    const shown = selectUpdates(all, {today: '2026-12-04'});
    expect(shown.map((s) => [s.update.id, s.coming])).to.deep.equal([
      ['soon', true],
      ['recent', false],
    ]);
  });

  it('adds the entries for this situation, need or county', () => {
    expect(selectUpdates(all, {today: '2026-12-04', scenario: 'at-door'}).map((s) => s.update.id)).to.deep.equal(['soon', 'recent', 'door']);
    expect(selectUpdates(all, {today: '2026-12-04', county: '06019'}).map((s) => s.update.id)).to.deep.equal(['soon', 'fresno', 'recent']);
    expect(selectUpdates(all, {today: '2026-12-04', county: '06019', limit: 1}).map((s) => s.update.id)).to.deep.equal(['soon']);
  });

  it('a change that has happened is no longer "coming"', () => {
    expect(selectUpdates(all, {today: '2026-12-07'})[0]).to.deep.include({coming: false});
  });
});
