import {expect} from '@open-wc/testing';
import type {Dataset, LinkRecord} from '../../../src/core/dataset/schema/index.js';
import {currentCredentials, isoDay, recognitionState, rosterLink} from '../../../src/widgets/resource-finder/credentials.js';
import {countyPlace} from '../../../src/widgets/resource-finder/location.js';
import {buildEntries, facetCounts, search} from '../../../src/widgets/resource-finder/search.js';
import {finderDataset} from './fixtures.js';

const recognition = {since: '2020-01-01', expires: '2026-12-01', asOf: '2026-09-19'};

describe('resource finder: credentials true today', () => {
  it('holds DOJ recognition until the day before it expires', () => {
    expect(recognitionState(recognition, '2026-11-30')).to.deep.equal({status: 'current'});
    expect(recognitionState(recognition, '2026-12-01')).to.deep.equal({status: 'ended', until: '2026-12-01'});
    expect(recognitionState(recognition, '2027-05-01')).to.deep.equal({status: 'ended', until: '2026-12-01'});
  });

  it('says "renewal pending" past the end date only when the roster said so, as of its edition', () => {
    const pending = {...recognition, renewalPending: true};
    expect(recognitionState(pending, '2026-11-30')).to.deep.equal({status: 'current'});
    expect(recognitionState(pending, '2026-12-01')).to.deep.equal({status: 'pending', asOf: '2026-09-19'});
    expect(recognitionState({...recognition, renewalPending: false}, '2026-12-01').status).to.equal('ended');
  });

  it('treats a recognition without an end date (or without dates) as current', () => {
    expect(recognitionState({asOf: '2026-09-19'}, '2030-01-01')).to.deep.equal({status: 'current'});
    expect(recognitionState(undefined, '2030-01-01')).to.deep.equal({status: 'current'});
  });

  it('drops only doj-recognized once the recognition has ended or is pending renewal', () => {
    const listed = ['doj-recognized', 'accredited-rep'] as const;
    expect(currentCredentials(listed, recognition, '2026-11-30')).to.deep.equal(['doj-recognized', 'accredited-rep']);
    expect(currentCredentials(listed, recognition, '2026-12-01')).to.deep.equal(['accredited-rep']);
    expect(currentCredentials(listed, {...recognition, renewalPending: true}, '2026-12-01')).to.deep.equal(['accredited-rep']);
  });

  it('reads today in California, not in UTC', () => {
    // 07:30 UTC on 5 December is still 4 December in California.
    expect(isoDay(new Date('2026-12-05T07:30:00Z'))).to.equal('2026-12-04');
    expect(isoDay(new Date('2026-12-05T08:30:00Z'))).to.equal('2026-12-05');
    expect(isoDay(new Date('2026-12-05T07:30:00Z'), 'UTC')).to.equal('2026-12-05');
  });

  it('finds the EOIR roster among the links by its official address only', () => {
    const link = (url: string): LinkRecord => ({id: url, kind: 'legal-directory', name: {en: 'x'}, url});
    const roster = link('https://www.justice.gov/eoir/recognition-and-accreditation-roster-reports');
    expect(rosterLink([link('https://example.org/recognition-and-accreditation'), roster])).to.equal(roster);
    expect(rosterLink([link('https://example.org/')])).to.equal(undefined);
  });

  it('keeps an ended recognition out of the credential filter and its counts', () => {
    const d = finderDataset() as unknown as Dataset;
    const la = countyPlace('06037');
    const doj = (today: string) => {
      const entries = buildEntries(d, today);
      return {
        ids: search(entries, {facets: {credential: ['doj-recognized']}}, la).map((r) => r.entry.id),
        count: facetCounts(entries, {}, la).facets.credential.get('doj-recognized'),
        pending: entries.find((e) => e.id === 'org-example-pending-la')!,
      };
    };
    // The pending-renewal centre's recognition ended on 2026-10-31.
    const before = doj('2026-10-30');
    // (Statewide deportation defense is run by a recognized organization without dates.)
    expect(before.ids).to.deep.equal(['org-example-pending-la', 'svc-example-roster-la', 'svc-example-defense']);
    expect(before.count).to.equal(3);
    expect(before.pending.recognition).to.deep.equal({status: 'current'});
    const after = doj('2026-10-31');
    expect(after.ids).to.deep.equal(['svc-example-roster-la', 'svc-example-defense']);
    expect(after.count).to.equal(2);
    expect(after.pending.credentials).to.deep.equal(['accredited-rep']);
    expect(after.pending.recognition).to.deep.equal({status: 'pending', asOf: '2026-09-19'});
  });
});
