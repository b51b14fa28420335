import {expect} from '@open-wc/testing';
import type {DistrictPlan, Official} from '../../../src/core/dataset/schema/index.js';
import {districtNumbers, lookupZip, officialsFor, seatOf, tablesFor} from '../../../src/widgets/contact-rep/lookup.js';
import {
  endedSeats,
  holders,
  inOffice,
  resetEndedTermsWarning,
  termEnded,
  warnEndedTerms,
} from '../../../src/widgets/contact-rep/terms.js';
import {termsDataset, zipTables} from './fixtures.js';

const prov = {provenance: {sourceId: 'example-officials', asOf: '2026-10-01'}};
const seat = 'ocd-division/country:us/state:ca/sldl:17';
const person = (id: string, fields: Partial<Official> = {}): Official =>
  ({id, status: 'serving', name: id, body: 'state-assembly', districtOcdId: seat, ...prov, ...fields}) as Official;

describe('contact-rep terms', () => {
  it('is in office from termStart up to the day before termEnd (termEnd is the first day out)', () => {
    const o = person('outgoing', {termStart: '2024-12-02', termEnd: '2026-12-07'});
    expect(inOffice(o, '2024-12-01')).to.equal(false);
    expect(inOffice(o, '2024-12-02')).to.equal(true);
    expect(inOffice(o, '2026-12-06')).to.equal(true);
    expect(inOffice(o, '2026-12-07')).to.equal(false);
    expect([termEnded(o, '2026-12-06'), termEnded(o, '2026-12-07'), termEnded(o, '2030-01-01')]).to.deep.equal([false, true, true]);
    // No termEnd: in office until the data says otherwise; no termStart: since always.
    expect(inOffice(person('open'), '2099-01-01')).to.equal(true);
    expect(termEnded(person('open'), '2099-01-01')).to.equal(false);
    // An official-elect is in office from the first day of the term; a vacancy never is.
    expect(inOffice(person('elect', {status: 'elect', termStart: '2026-12-07'}), '2026-12-07')).to.equal(true);
    expect(inOffice(person('vacant', {status: 'vacant', name: undefined}), '2026-12-07')).to.equal(false);
  });

  it('switches from the outgoing to the incoming official by itself on the date', () => {
    const outgoing = person('outgoing', {termEnd: '2026-12-07'});
    const incoming = person('incoming', {status: 'elect', termStart: '2026-12-07'});
    const holder = (date: string) => holders([incoming, outgoing], date).map((o) => o.id);
    expect(holder('2026-12-06')).to.deep.equal(['outgoing']);
    expect(holder('2026-12-07')).to.deep.equal(['incoming']);
    expect(holder('2027-06-01')).to.deep.equal(['incoming']);
    // The outgoing record without a termEnd: the incoming one still takes the seat on its first day.
    const open = person('outgoing', {termStart: '2022-12-05'});
    expect(holders([open, incoming], '2026-12-06').map((o) => o.id)).to.deep.equal(['outgoing']);
    expect(holders([open, incoming], '2026-12-07').map((o) => o.id)).to.deep.equal(['incoming']);
  });

  it('keeps the ended record (message only) when nobody after it is in the data', () => {
    const older = person('older', {termEnd: '2024-12-02'});
    const outgoing = person('outgoing', {termEnd: '2026-12-07'});
    expect(holders([older, outgoing], '2026-12-10').map((o) => o.id)).to.deep.equal(['outgoing']);
    // Not started yet and nothing else: no one to show.
    expect(holders([person('later', {status: 'elect', termStart: '2027-01-04'})], '2026-12-10')).to.deep.equal([]);
  });

  it('keeps a vacancy a vacancy; a vacancy whose termEnd passed is a term that ended', () => {
    const vacancy = person('vacant', {status: 'vacant', name: undefined});
    expect(holders([vacancy], '2026-12-10')[0]!.status).to.equal('vacant');
    expect(termEnded(vacancy, '2026-12-10')).to.equal(false);
    const dated = person('vacant', {status: 'vacant', name: undefined, termEnd: '2026-12-07'});
    expect(holders([dated], '2026-12-06')[0]!.id).to.equal('vacant');
    expect(termEnded(holders([dated], '2026-12-07')[0]!, '2026-12-07')).to.equal(true);
    // A person elected to the vacant seat takes it on the first day of the term.
    const elect = person('elect', {status: 'elect', termStart: '2026-12-07'});
    expect(holders([vacancy, elect], '2026-12-06').map((o) => o.id)).to.deep.equal(['vacant']);
    expect(holders([vacancy, elect], '2026-12-07').map((o) => o.id)).to.deep.equal(['elect']);
  });

  it('fills the two U.S. Senate seats: both senators, or the one in office and the ended term', () => {
    const senate = (id: string, fields: Partial<Official>) => person(id, {body: 'us-senate', districtOcdId: undefined, ...fields});
    const a = senate('a', {termStart: '2023-01-03', termEnd: '2029-01-03'});
    const c = senate('c', {termStart: '2025-01-03', termEnd: '2031-01-03'});
    const b = senate('b', {status: 'elect', termStart: '2029-01-03'});
    const ids = (list: Official[], date: string) => holders(list, date, 2).map((o) => o.id);
    expect(ids([a, c], '2028-12-01')).to.deep.equal(['c', 'a']);
    expect(ids([a, c], '2029-01-03')).to.deep.equal(['c', 'a']);
    expect(termEnded(holders([a, c], '2029-01-03', 2)[1]!, '2029-01-03')).to.equal(true);
    expect(ids([a, c, b], '2029-01-03')).to.deep.equal(['b', 'c']);
  });

  it('lists the seats of a ZIP on a date: ended terms stay (as ended), successors replace them', () => {
    const officials = termsDataset({incoming: true}).officials as Official[];
    const chosen = {'us-house': 11, 'state-senate': 11, 'state-assembly': 17};
    const list = (date: string) => officialsFor(officials, chosen, date).map((o) => `${o.id}${termEnded(o, date) ? ' (ended)' : ''}`);
    expect(list('2026-12-06')).to.include.members(['official-example-governor', 'official-example-rep', 'official-example-assembly-17']);
    expect(list('2026-12-10')).to.include('official-example-assembly-17 (ended)');
    expect(list('2027-01-03')).to.include.members(['official-example-governor', 'official-example-rep-elect']);
    expect(list('2027-01-04')).to.include('official-example-governor-elect');
    expect(list('2027-01-04')).to.not.include('official-example-governor');
    expect(list('2027-01-04')).to.not.include('official-example-governor (ended)');
    expect(seatOf(officials, 'us-house', 14, '2027-01-10')?.id).to.equal('official-example-vacant');
  });

  it('finds the seats whose term ended with no successor, and warns the site owner once per page', () => {
    const officials = termsDataset().officials as Official[];
    expect(endedSeats(officials, '2026-12-06')).to.deep.equal([]);
    expect(endedSeats(officials, '2026-12-07').map((o) => o.id).sort()).to.deep.equal([
      'official-example-assembly-17',
      'official-example-assembly-19',
    ]);
    expect(endedSeats(officials, '2027-01-10').length).to.equal(5);
    const original = console.warn;
    const warnings: string[] = [];
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
    try {
      resetEndedTermsWarning();
      expect(warnEndedTerms(officials, '2026-12-06')).to.equal(false);
      expect(warnEndedTerms(officials, '2026-12-10')).to.equal(true);
      expect(warnEndedTerms(officials, '2027-01-10')).to.equal(false);
    } finally {
      console.warn = original;
      resetEndedTermsWarning();
    }
    expect(warnings.length).to.equal(1);
    expect(warnings[0]).to.contain("Amparo: 2 officials' terms ended (the first on 2026-12-07) with no successor in the dataset");
    expect(warnings[0]).to.contain(
      'update the dataset: npm run data:build -- --from <sources> (see data/README.md), or use a newer Amparo release',
    );
  });
});

describe('contact-rep lookup by county (a map without a ZIP table)', () => {
  const lookup = (zip: string, counties: boolean) => {
    const d = termsDataset({counties});
    const {plans} = tablesFor({...d, districtPlans: d.districtPlans as DistrictPlan[], zipTables: d.zipTables as never}, '2027-01-10');
    const t = zipTables();
    return lookupZip(zip, plans, [t.sd, t.ad], t.geo);
  };

  it('gives the district of a county inside one district, and every candidate of a split county', () => {
    const exact = lookup('94110', true);
    if (!exact.ok) throw new Error('expected a result');
    expect(exact.chambers['us-house']).to.deep.include({status: 'county', county: '06075', candidates: [11]});
    expect(exact.chambers['state-assembly']).to.deep.include({status: 'found', candidates: [17]});
    const split = lookup('94014', true);
    expect(split.ok && split.chambers['us-house']).to.deep.include({status: 'county', county: '06081', candidates: [11, 14]});
  });

  it('without county lists (or without the ZIP in the geo table) stays "no ZIP table"', () => {
    const r = lookup('94110', false);
    expect(r.ok && r.chambers['us-house'].status).to.equal('no-table');
    // 94601 is in the geo table (Alameda, 06001), which the county lists do not name.
    const alameda = lookup('94601', true);
    expect(alameda).to.deep.equal({ok: false, zip: '94601', reason: 'unknown'});
  });

  it('offers district numbers from the plan, its counties and the seats, never names', () => {
    const d = termsDataset({counties: true});
    const plan = d.districtPlans.find((p) => p.id === 'ca-cd-next') as DistrictPlan;
    expect(districtNumbers(d as never, 'us-house', plan)).to.deep.equal([11, 14]);
    expect(districtNumbers(d as never, 'state-assembly', undefined)).to.deep.equal([17, 19]);
  });
});
