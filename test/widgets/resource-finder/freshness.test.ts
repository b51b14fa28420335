import {expect} from '@open-wc/testing';
import {freshness, STALE_DAYS} from '../../../src/widgets/resource-finder/freshness.js';

const NOW = new Date('2026-11-15T12:00:00Z');
const verified = (checkedAt: string) => ({verification: {status: 'verified' as const, checkedAt}});

describe('resource finder: freshness', () => {
  it('gives the date a record was verified', () => {
    expect(freshness(verified('2026-11-01'), undefined, NOW)).to.deep.equal({kind: 'verified', date: '2026-11-01', stale: false});
  });

  it(`marks records checked more than ${STALE_DAYS} days ago as possibly out of date`, () => {
    expect(freshness(verified('2026-05-19'), undefined, NOW).kind === 'verified' && freshness(verified('2026-05-19'), undefined, NOW)).to.deep.equal({
      kind: 'verified',
      date: '2026-05-19',
      stale: false,
    }); // 180 days
    expect(freshness(verified('2026-05-18'), undefined, NOW)).to.deep.equal({kind: 'verified', date: '2026-05-18', stale: true});
  });

  it('says when a record is not verified, with the date its source listed it', () => {
    const record = {verification: {status: 'unverified' as const}, provenance: {asOf: '2026-10-01'}};
    expect(freshness(record, undefined, NOW)).to.deep.equal({kind: 'unverified', date: '2026-10-01', stale: false});
    expect(freshness({}, undefined, NOW)).to.deep.equal({kind: 'unverified', stale: true});
    expect(freshness(undefined, undefined, NOW)).to.deep.equal({kind: 'unverified', stale: true});
  });

  it('falls back to the organization when the service has no check of its own', () => {
    expect(freshness({}, verified('2026-11-01'), NOW)).to.deep.equal({kind: 'verified', date: '2026-11-01', stale: false});
    // The service's own check wins.
    expect(freshness(verified('2026-01-01'), verified('2026-11-01'), NOW)).to.deep.equal({
      kind: 'verified',
      date: '2026-01-01',
      stale: true,
    });
  });

  it('carries the reason a record is doubtful', () => {
    const note = {en: 'Two lists disagree.'};
    expect(freshness({verification: {status: 'doubtful', note}}, undefined, NOW)).to.deep.equal({kind: 'doubtful', note});
  });

  it('never shows a verified record without a date as current', () => {
    expect(freshness({verification: {status: 'verified'}}, undefined, NOW)).to.deep.equal({kind: 'verified', stale: true});
  });
});
