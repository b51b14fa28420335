import {expect} from '@open-wc/testing';
import {
  crossCheck,
  importCongress,
  importExecutives,
  importLegislature,
  importOfficials,
  seatWebsite,
  type UpstreamCongress,
  type UpstreamCongressMember,
  type UpstreamLegislature,
  type UpstreamLegislator,
} from '../../../scripts/data/officials.js';
import {districtPlans, districts} from '../../../scripts/data/districts.js';
import {checkOfficials, normaliseName} from '../../../scripts/data/official-checks.js';
import {applyPending, type UpstreamPending} from '../../../scripts/data/pending.js';
import {LOOKUP_PAGES, TERM_RULES, applyTermRules, termRuleFor} from '../../../scripts/data/seats.js';
import {validateDataset} from '../../../src/core/dataset/validate.js';
import {FIXTURE_NOW, validDataset} from '../../fixtures/dataset.js';

// Small, fictional upstream records in the shapes of ../shared/sources (555-01xx numbers, example.org).

const rep = (district: number, extra: Partial<UpstreamCongressMember> = {}): UpstreamCongressMember => ({
  bioguide_id: `X${String(district).padStart(6, '0')}`,
  name: `Example Rep ${district}`,
  first_name: 'Example',
  last_name: `Rep${district}`,
  party: 'Example Party',
  chamber: 'house',
  district,
  term_start: '2025-01-03',
  term_end: '2027-01-03',
  phone: `202-555-01${String(district).padStart(2, '0')}`,
  dc_address: `${district} Example House Office Building Washington DC 20515-05${String(district).padStart(2, '0')}`,
  website: `https://rep${district}.example.org`,
  contact_form_legacy_hint: 'http://rep.example.org/contact/email-me',
  district_offices: [],
  ...extra,
});

function congress(): UpstreamCongress {
  const members: UpstreamCongressMember[] = [
    {
      ...rep(0),
      bioguide_id: 'S000001',
      name: 'Example Senator',
      chamber: 'senate',
      district: null,
      dc_address: '1 Example Senate Office Building Washington DC 20510',
      fax: '202-555-0199',
      contact_form: null,
      contact_form_contact_congress: 'https://senator.example.org/contact/',
    },
    {
      ...rep(0),
      bioguide_id: 'S000002',
      name: 'Other Senator',
      chamber: 'senate',
      district: null,
      phone: '202-555-0198',
      contact_form: 'https://other.example.org/contact',
    },
  ];
  for (let n = 1; n <= 52; n++) if (n !== 14 && n !== 20) members.push(rep(n));
  members[2] = rep(1, {
    name: 'New Member',
    phone: null,
    website: null,
    dc_address: null,
    term_start: '2026-06-10',
    district_offices: [],
  });
  members[3] = rep(2, {
    phone: '202-555-01',
    district_offices: [
      {city: 'Eureka', address: '1 Example St.', suite: 'Suite 1', zip: '95501', phone: '707-555-0101', fax: '707-555-0102', latitude: 40.80359291, longitude: -124.1682054},
      {city: 'Oakland', zip: '94612', phone: '510-555-0103'},
    ],
  });
  return {members, vacancies: [{chamber: 'house', district: 14, note: 'Example resigned.'}]};
}

const legislator = (chamber: 'senate' | 'assembly', district: number): UpstreamLegislator => {
  const d = String(district).padStart(2, '0');
  return {
    ocd_id: `ocd-person/${chamber}-${d}`,
    name: `Example ${chamber} ${district}`,
    given_name: 'Example',
    family_name: `${chamber}${district}`,
    party: 'Example Party',
    chamber,
    district,
    role_start: '2024-12-02',
    email: `member${d}@example.org`,
    capitol_office:
      chamber === 'senate'
        ? {address: `1021 O St. Suite ${7000 + district}, Sacramento, CA 95814`, voice: `916-651-40${d}`}
        : {address: `Room ${4000 + district}, 1021 O St. P.O. Box 942849, Sacramento, CA 94249`, voice: `916-319-20${d}`},
    district_offices: [],
    links: chamber === 'senate' ? [`https://sd${d}.senate.ca.gov/`] : [`https://a${d}.asmdc.org/`],
    contact_form: `https://lcmspubcontact.lc.ca.gov/PublicLCMS/ContactPopup.php?district=${chamber === 'senate' ? 'SD' : 'AD'}${d}`,
  };
};

function legislature(): UpstreamLegislature {
  const members: UpstreamLegislator[] = [];
  for (let n = 1; n <= 40; n++) members.push(legislator('senate', n));
  for (let n = 1; n <= 80; n++) if (n !== 7) members.push(legislator('assembly', n));
  return {members, last_commit_touching_ca_legislature: 'abc1234 (2026-05-21)'};
}

describe('officials import', () => {
  it('imports both senators and all 52 House seats, vacancies explicit', () => {
    const {records, skipped} = importCongress(congress());
    expect(records).to.have.length(54);
    expect(records.slice(0, 2).map((r) => r.body)).to.deep.equal(['us-senate', 'us-senate']);
    expect(records[0]!.districtOcdId).to.equal(undefined);
    const ca14 = records.find((r) => r.districtOcdId === 'ocd-division/country:us/state:ca/cd:14')!;
    expect(ca14).to.deep.include({id: 'vacancy:us-house:14', status: 'vacant'});
    expect(ca14.name).to.equal(undefined);
    expect(ca14.verification?.note?.en).to.equal('Example resigned.');
    const ca20 = records.find((r) => r.districtOcdId === 'ocd-division/country:us/state:ca/cd:20')!;
    expect(ca20.status, 'a seat nobody lists is vacant too').to.equal('vacant');
    expect(skipped.join('\n')).to.contain('no phone, website or office upstream');
  });

  it('keeps offices as given: DC and district, phones, faxes, rounded coordinates', () => {
    const {records} = importCongress(congress());
    const senator = records[0]!;
    expect(senator.offices![0]).to.deep.equal({
      kind: 'dc',
      phones: [{number: '202-555-0100'}, {number: '202-555-0199', kind: 'fax'}],
      address: {street: '1 Example Senate Office Building', city: 'Washington', state: 'DC', zip: '20510'},
    });
    const ca2 = records.find((r) => r.districtOcdId?.endsWith('cd:2'))!;
    expect(ca2.offices![1]).to.deep.equal({
      kind: 'district',
      phones: [{number: '707-555-0101'}, {number: '707-555-0102', kind: 'fax'}],
      address: {street: '1 Example St.', suite: 'Suite 1', city: 'Eureka', state: 'CA', zip: '95501'},
      geo: {lat: 40.80359, lng: -124.16821},
    });
    expect(ca2.offices![2], 'an office without a street keeps its phone').to.deep.equal({kind: 'district', phones: [{number: '510-555-0103'}]});
  });

  it('leaves out malformed numbers and incomplete addresses, and says so', () => {
    const {records, skipped} = importCongress(congress());
    const ca2 = records.find((r) => r.districtOcdId?.endsWith('cd:2'))!;
    expect(ca2.offices![0]!.phones, 'malformed DC phone left out').to.equal(undefined);
    expect(skipped.some((s) => s.includes('202-555-01"') && s.includes('not a valid US phone number'))).to.equal(true);
    expect(skipped.some((s) => s.includes('Oakland office address') && s.includes('incomplete'))).to.equal(true);
  });

  it("links the senators' contact forms but not the unmaintained House hints", () => {
    const {records} = importCongress(congress());
    expect(records[0]!.contactForm).to.equal('https://senator.example.org/contact/');
    expect(records[1]!.contactForm).to.equal('https://other.example.org/contact');
    expect(records.filter((r) => r.body === 'us-house' && r.contactForm)).to.deep.equal([]);
    const ca3 = records.find((r) => r.districtOcdId?.endsWith('cd:3'))!;
    expect(ca3.website).to.equal('https://rep3.example.org');
  });

  it('keeps a member with no contact details upstream, without inventing any', () => {
    const {records} = importCongress(congress());
    const ca1 = records.find((r) => r.districtOcdId?.endsWith('cd:1'))!;
    expect(ca1).to.deep.include({status: 'serving', name: 'New Member', termStart: '2026-06-10'});
    expect(ca1.offices).to.equal(undefined);
    expect(ca1.website).to.equal(undefined);
  });

  it('imports all 120 legislative seats with Capitol and district offices', () => {
    const input = legislature();
    input.members[0]!.district_offices = [
      {address: '1036 5th St. Suite D, Eureka, CA 95501', voice: '707-555-0110'},
      {address: '1036 5th St., Suite D, Eureka, CA 95501', voice: '707-555-0110'},
    ];
    const {records} = importLegislature(input);
    expect(records).to.have.length(120);
    expect(records.filter((r) => r.body === 'state-senate')).to.have.length(40);
    const sd1 = records[0]!;
    expect(sd1).to.deep.include({
      id: 'ocd-person:senate-01',
      status: 'serving',
      districtOcdId: 'ocd-division/country:us/state:ca/sldu:1',
      website: 'https://sd01.senate.ca.gov/',
      contactForm: 'https://lcmspubcontact.lc.ca.gov/PublicLCMS/ContactPopup.php?district=SD01',
      email: 'member01@example.org',
    });
    expect(sd1.offices, 'the same office listed twice is kept once').to.have.length(2);
    expect(sd1.offices![0]).to.deep.equal({
      kind: 'capitol',
      phones: [{number: '916-651-4001'}],
      address: {street: '1021 O St.', suite: 'Suite 7001', city: 'Sacramento', state: 'CA', zip: '95814'},
    });
    const ad7 = records.find((r) => r.districtOcdId === 'ocd-division/country:us/state:ca/sldl:7')!;
    expect(ad7).to.deep.include({status: 'vacant', id: 'vacancy:state-assembly:7'});
  });

  it("picks the website of the member's own seat, not a previous one", () => {
    expect(seatWebsite('state-senate', 1, ['https://ad01.asmrc.org/', 'https://sr01.senate.ca.gov/'])).to.equal('https://sr01.senate.ca.gov/');
    expect(seatWebsite('state-senate', 40, ['https://senate.ca.gov/sd38', 'https://senate.ca.gov/sd40'])).to.equal('https://senate.ca.gov/sd40');
    expect(seatWebsite('state-assembly', 38, ['https://a37.asmdc.org/', 'https://a38.asmdc.org/'])).to.equal('https://a38.asmdc.org/');
    expect(seatWebsite('state-assembly', 59, ['https://ad55.asmrc.org', 'https://ad59.asmrc.org'])).to.equal('https://ad59.asmrc.org');
    expect(seatWebsite('state-assembly', 3, ['https://www.assembly.ca.gov/assemblymembers/03'])).to.equal('https://www.assembly.ca.gov/assemblymembers/03');
    expect(seatWebsite('state-senate', 9, ['https://a14.asmdc.org'])).to.equal(undefined);
  });

  it('imports the four statewide executives only, dropping addressee lines and legislator sites', () => {
    const {records, skipped} = importExecutives([
      {
        ocd_id: 'ocd-person/gov',
        name: 'Example Governor',
        role: 'governor',
        role_end: '2026-01-01',
        offices: [{address: 'Governor Example; 1303 10th Street, Suite 1173; Sacramento, CA 95814', voice: '916-555-0120', fax: '916-555-0121'}],
        website: 'https://gov.example.org/',
      },
      {ocd_id: 'ocd-person/ag', name: 'Example AG', role: 'attorney general', offices: [{address: 'P.O. Box 944255; Sacramento, CA 94244-2550', voice: '916-555-0122'}], website: 'https://a18.asmdc.org'},
      {ocd_id: 'ocd-person/mayor', name: 'Example Mayor', role: 'mayor'},
    ]);
    expect(records.map((r) => r.body)).to.deep.equal(['governor', 'attorney-general']);
    expect(records[0]!.offices![0]!.address).to.deep.equal({street: '1303 10th Street', suite: 'Suite 1173', city: 'Sacramento', state: 'CA', zip: '95814'});
    expect(records[0]!.termEnd, 'upstream role_end as given; the term rules correct it later').to.equal('2026-01-01');
    expect(records[1]!.website).to.equal(undefined);
    expect(records[1]!.offices![0]!.address?.street).to.equal('P.O. Box 944255');
    expect(skipped.join('\n')).to.contain("a18.asmdc.org is a legislator's site");
    expect(skipped.join('\n')).to.contain('lt-governor: nobody listed');
  });

  it('marks doubts found by reading the sources together', () => {
    const cong = congress();
    const leg = legislature();
    leg.members[0]!.district_offices = [{address: '1 Shared Way, Grass Valley, CA 95945', voice: '530-555-0130'}];
    leg.members[40]!.district_offices = [{address: '1 Shared Way, Grass Valley, CA 95945', voice: '530-555-0130'}];
    leg.members[9]!.capitol_office!.voice = '916-651-4410';
    const records = [...importCongress(cong).records, ...importLegislature(leg).records];
    const doubts = crossCheck(records);
    expect(doubts.get('ocd-person:senate-01')?.[0]).to.contain('530-555-0130 is also listed for Assemblymember');
    expect(doubts.get('ocd-person:assembly-01')?.[0]).to.contain('also listed for State Senator');
    expect(doubts.get('ocd-person:senate-10')?.[0]).to.contain('916-651-4410 does not follow the pattern');
    expect(doubts.size).to.equal(3);
  });

  it('produces records the dataset validator accepts, one per seat', () => {
    const {records} = importOfficials({
      congress: congress(),
      legislature: legislature(),
      executives: [{ocd_id: 'ocd-person/gov', name: 'Example Governor', role: 'governor', offices: [{address: '1 Example St., Sacramento, CA 95814', voice: '916-555-0120'}]}],
    });
    const data = validDataset();
    data.meta.sources.push(
      {id: 'congress-legislators', name: 'Example', asOf: '2026-10-01'},
      {id: 'openstates-people', name: 'Example', asOf: '2026-10-01'},
      {id: 'ca-prop50', name: 'Example', asOf: '2026-10-01'},
    );
    const plans = districtPlans({
      congress: {sourceId: 'congress-legislators', asOf: '2026-10-01'},
      legislature: {sourceId: 'openstates-people', asOf: '2026-10-01'},
    });
    const result = validateDataset(
      {...data, districtPlans: plans, districts: districts(plans, '2026-10-01'), officials: records, campaigns: [], zipTables: []},
      {now: FIXTURE_NOW},
    );
    expect(result.ok).to.equal(true);
    expect(result.issues.filter((i) => i.severity === 'error')).to.deep.equal([]);
    expect(result.ok && result.dataset.officials).to.have.length(2 + 52 + 40 + 80 + 1);
    expect(records.filter((r) => !r.termEnd || !r.lookupUrl).map((r) => r.id), 'every seat has a term end and a lookup page').to.deep.equal([]);
  });
});

type Official = ReturnType<typeof importCongress>['records'][number];

const official = (id: string, extra: Partial<Official>): Official => ({
  id,
  status: 'serving',
  name: `Example ${id}`,
  body: 'state-assembly',
  provenance: {sourceId: 'openstates-people', asOf: '2026-08-05'},
  verification: {status: 'unverified'},
  ...extra,
});
const seat = (body: 'us-house' | 'state-senate' | 'state-assembly', n: number) =>
  `ocd-division/country:us/state:ca/${{'us-house': 'cd', 'state-senate': 'sldu', 'state-assembly': 'sldl'}[body]}:${n}`;

describe('term rules', () => {
  const apply = (...records: Official[]) => applyTermRules(records);

  it('ends every Assembly term and the even-numbered Senate terms on 2026-12-07, the odd ones on 2028-12-04', () => {
    const {records} = apply(
      official('a', {body: 'state-assembly', districtOcdId: seat('state-assembly', 3), termStart: '2016-12-05'}),
      official('s1', {body: 'state-senate', districtOcdId: seat('state-senate', 1), termStart: '2024-12-02'}),
      official('s2', {body: 'state-senate', districtOcdId: seat('state-senate', 2), termStart: '2018-12-03'}),
    );
    expect(records.map((r) => [r.termStart, r.termEnd])).to.deep.equal([
      ['2024-12-02', '2026-12-07'],
      ['2024-12-02', '2028-12-04'],
      ['2022-12-05', '2026-12-07'],
    ]);
    // An earlier role_start is continuous service over several terms: the current term starts with the rule.
    expect(records[0]!.provenance!.derived).to.deep.equal(['termStart and termEnd from the term rule for Assembly seats (Cal. Const. art. IV §2(a)), not from the source']);
    expect(records[1]!.provenance!.derived, 'the start came from the source').to.deep.equal(['termEnd from the term rule for State Senate seats (Cal. Const. art. IV §2(a)), not from the source']);
    expect(records.map((r) => r.lookupUrl)).to.deep.equal(Array(3).fill('https://findyourrep.legislature.ca.gov/'));
  });

  it('keeps a later start (a special election) and reports a start outside the seat’s election cycle', () => {
    const {records, skipped} = apply(
      official('special', {districtOcdId: seat('state-assembly', 5), termStart: '2025-03-03'}),
      official('odd', {body: 'state-senate', districtOcdId: seat('state-senate', 3), termStart: '2022-12-05'}),
      official('future', {districtOcdId: seat('state-assembly', 6), termStart: '2027-02-01'}),
    );
    expect(records[0]!.termStart).to.equal('2025-03-03');
    expect(records[1]!.termStart).to.equal('2024-12-02');
    expect(skipped.filter((l) => l.startsWith('odd:'))).to.have.length(1);
    expect(skipped.find((l) => l.startsWith('odd:'))).to.contain("outside this seat's election cycle");
    expect(records[2]!.termStart, 'a start after the term end is refused').to.equal('2024-12-02');
    expect(skipped.find((l) => l.startsWith('future:'))).to.contain('is not before the term end 2026-12-07');
    expect(skipped.filter((l) => l.startsWith('special:'))).to.deep.equal([]);
  });

  it('sets 2027-01-04 for the four executives, reporting the upstream dates that disagree, and no start', () => {
    const {records, skipped} = apply(
      official('gov', {body: 'governor', termEnd: '2026-01-01'}),
      official('ltg', {body: 'lt-governor', termEnd: '2027-01-04'}),
      official('ag', {body: 'attorney-general'}),
      official('sos', {body: 'secretary-of-state', termEnd: '2026-12-31'}),
    );
    expect(records.map((r) => r.termEnd)).to.deep.equal(['2027-01-04', '2027-01-04', '2027-01-04', '2027-01-04']);
    expect(records.map((r) => r.termStart)).to.deep.equal([undefined, undefined, undefined, undefined]);
    expect(skipped).to.have.length(2);
    expect(skipped[0]).to.match(/^gov: upstream term end 2026-01-01 disagrees with the rule; 2027-01-04 used \(Cal\. Const\. art\. V §2/);
    expect(skipped[1]).to.contain('sos: upstream term end 2026-12-31');
    expect(records[1]!.provenance!.derived, 'the source agreed').to.equal(undefined);
    expect(records.map((r) => r.lookupUrl)).to.deep.equal(['https://www.gov.ca.gov/', 'https://ltg.ca.gov/', 'https://oag.ca.gov/', 'https://www.sos.ca.gov/']);
  });

  it("keeps the U.S. senators' dates as given (one class each) and the House's, giving vacancies the seat's term", () => {
    const {records, skipped} = apply(
      official('padilla', {body: 'us-senate', termStart: '2023-01-03', termEnd: '2029-01-03'}),
      official('nodate', {body: 'us-senate'}),
      official('rep', {body: 'us-house', districtOcdId: seat('us-house', 1), termStart: '2026-06-10', termEnd: '2027-01-05'}),
      official('vacancy:us-house:14', {status: 'vacant', name: undefined, body: 'us-house', districtOcdId: seat('us-house', 14)}),
    );
    expect(records[0]).to.deep.include({termStart: '2023-01-03', termEnd: '2029-01-03', lookupUrl: LOOKUP_PAGES['us-senate']});
    expect(records[1]!.termEnd, 'no date is invented for a senator').to.equal(undefined);
    expect(skipped.find((l) => l.startsWith('nodate:'))).to.contain('gives no term end');
    expect(records[2]).to.deep.include({termStart: '2026-06-10', termEnd: '2027-01-03'});
    expect(skipped.find((l) => l.startsWith('rep:'))).to.contain('upstream term end 2027-01-05 disagrees with the rule; 2027-01-03 used');
    expect(records[3]).to.deep.include({termStart: '2025-01-03', termEnd: '2027-01-03', lookupUrl: 'https://www.house.gov/representatives/find-your-representative'});
  });

  it('has one rule per body (and Senate parity), each with its legal basis', () => {
    expect(termRuleFor({body: 'state-senate', districtOcdId: seat('state-senate', 40)})?.parity).to.equal('even');
    expect(termRuleFor({body: 'state-senate', districtOcdId: seat('state-senate', 39)})?.end).to.equal('2028-12-04');
    expect(termRuleFor({body: 'city'})).to.equal(undefined);
    const keys = TERM_RULES.map((r) => `${r.body}${r.parity ? `:${r.parity}` : ''}`);
    expect(new Set(keys).size).to.equal(keys.length);
    for (const r of TERM_RULES) expect(r.basis, r.body).to.match(/Const\./);
  });
});

describe('the pending upstream change (an unmerged pull request)', () => {
  const pending = (): UpstreamPending => ({
    source: 'openstates/people pull request #3950 (example)',
    pr_head_commit: '880eadb3987c625927b46ccc2720972c18671623',
    compared_with: 'main @ 934bf09 (2026-08-05)',
    as_of: '2026-08-06',
    license: 'CC0-1.0',
    congress: [
      {
        chamber: 'house',
        district: 'CA-1',
        name: 'New Member',
        bioguide_id: 'X000001',
        change: 'new record',
        term_start: '2026-06-10',
        offices: [
          {classification: 'capitol', address: '1 Example House Office Building, Washington, DC 20515', voice: '202-555-0111'},
          {classification: 'district', address: '1 Example Circle Suite B, Chico, CA 95973', voice: '530-555-0112'},
        ],
        website: 'https://new-member.example.org/',
        email_or_form: 'https://new-member.example.org/contact',
      },
      {
        chamber: 'house',
        district: 'CA-2',
        name: 'Example Rep 2',
        bioguide_id: 'X000002',
        offices_added: [{classification: 'district', address: '9 Other St. Suite 2, Eureka, CA 95501', voice: '707-555-0101'}],
        offices_removed: [{classification: 'district', address: '1 Example St. Suite 1, Eureka, CA 95501', voice: '707-555-0101'}],
      },
      {chamber: 'house', district: 'CA-3', name: 'Example Rep 3', bioguide_id: 'X000003', offices_added: [{classification: 'capitol', address: '3 Example House Office Building, Washington, DC 20515', voice: '202-555-0103'}]},
      {chamber: 'house', district: 'CA-9', name: 'Nobody Here', bioguide_id: 'X999999'},
    ],
    legislature: [
      {chamber: 'assembly', district: 3, name: 'New Member', ocd_id: 'ocd-person/assembly-03', role_end: '2026-07-29', moved_to: 'data/ca/retired/New-Member.yml'},
    ],
    legislature_vacancies_in_pr_settings: [{chamber: 'lower', district: '3', vacant_until: '2027-02-03'}],
  });

  /** Both sources as imported, with the CA-1 member also still listed for Assembly district 3. */
  function merged(): Official[] {
    const leg = legislature();
    leg.members.find((m) => m.chamber === 'assembly' && m.district === 3)!.name = 'New Member';
    return [...importCongress(congress()).records, ...importLegislature(leg).records];
  }

  it('turns the seat of a member who left into an explicit vacancy, with the reason and the date the change gives', () => {
    const {records} = applyPending(merged(), pending(), {mergedVersion: '934bf09a94a35351baf872c70e778a4367c8266e'});
    expect(records.find((r) => r.id === 'ocd-person:assembly-03'), 'the member is no longer listed').to.equal(undefined);
    const ad3 = records.find((r) => r.districtOcdId === seat('state-assembly', 3))!;
    expect(ad3).to.deep.include({id: 'vacancy:state-assembly:3', status: 'vacant'});
    expect(ad3.name).to.equal(undefined);
    expect(ad3.verification?.note?.en).to.equal(
      'New Member left this seat when sworn in to the U.S. House for CA-1 on 2026-06-10. An upstream change not yet reviewed (Open States) lists the seat as vacant until 2027-02-03.',
    );
    expect(ad3.provenance).to.deep.include({sourceId: 'openstates-people-pr3950', asOf: '2026-08-06'});
    expect(ad3.provenance!.note).to.match(/^Unreviewed upstream change \(openstates\/people PR #3950, open and not merged when read\)/);
  });

  it('moves, adds and fills in offices, marking only the records it changes', () => {
    const before = merged();
    const {records, skipped} = applyPending(before, pending());
    const ca1 = records.find((r) => r.id === 'bioguide:X000001')!;
    expect(ca1.offices).to.deep.equal([
      {kind: 'dc', phones: [{number: '202-555-0111'}], address: {street: '1 Example House Office Building', city: 'Washington', state: 'DC', zip: '20515'}},
      {kind: 'district', phones: [{number: '530-555-0112'}], address: {street: '1 Example Circle', suite: 'Suite B', city: 'Chico', state: 'CA', zip: '95973'}},
    ]);
    expect(ca1.website).to.equal('https://new-member.example.org/');
    expect(ca1.contactForm, 'House contact forms stay out').to.equal(undefined);
    expect(ca1.provenance!.sourceId).to.equal('openstates-people-pr3950');
    expect(ca1.provenance!.note).to.contain('applied over congress-legislators as of 2026-06-15');

    const ca2 = records.find((r) => r.id === 'bioguide:X000002')!;
    expect(ca2.offices![1], 'the moved office replaces the old one; its coordinates were the old address’s').to.deep.equal({
      kind: 'district',
      phones: [{number: '707-555-0101'}],
      address: {street: '9 Other St.', suite: 'Suite 2', city: 'Eureka', state: 'CA', zip: '95501'},
    });
    expect(ca2.offices, 'no office added or lost').to.have.length(before.find((r) => r.id === 'bioguide:X000002')!.offices!.length);
    expect(skipped.some((l) => l.startsWith('bioguide:X000002: coordinates of 1 Example St., Eureka dropped'))).to.equal(true);

    const ca3 = records.find((r) => r.id === 'bioguide:X000003')!;
    expect(ca3, 'an office already listed changes nothing').to.deep.equal(before.find((r) => r.id === 'bioguide:X000003'));
    expect(skipped).to.include('bioguide:X000003: the pending change changes nothing here (already so in the merged sources)');
    expect(skipped.some((l) => l.startsWith('X999999') || l.startsWith('bioguide:X999999: the pending change names Nobody Here'))).to.equal(true);
    const changed = records.filter((r) => r.provenance?.sourceId === 'openstates-people-pr3950').map((r) => r.id);
    expect(changed).to.deep.equal(['bioguide:X000001', 'bioguide:X000002', 'vacancy:state-assembly:3']);
  });

  it('says when the change was compared with another commit than the one imported', () => {
    const {skipped} = applyPending(merged(), pending(), {mergedVersion: '0123456789abcdef'});
    expect(skipped[0]).to.contain('not with openstates/people @ 0123456 used now');
  });

  it('resolves the person listed in two bodies at once, which the checks otherwise refuse', () => {
    const before = applyTermRules(merged()).records;
    const errors = checkOfficials(before, '2026-12-04').filter((f) => f.severity === 'error');
    expect(errors.map((f) => f.message)).to.deep.equal([
      'New Member is listed in two seats at once: us-house 1 (2026-06-10 – 2027-01-03) and state-assembly 3 (2024-12-02 – 2026-12-07)',
    ]);
    const after = applyTermRules(applyPending(merged(), pending()).records).records;
    expect(checkOfficials(after, '2026-12-04')).to.deep.equal([]);
  });
});

describe('cross-source checks of the officials', () => {
  const base = (extra: Partial<Official> & {id: string}) =>
    official(extra.id, {districtOcdId: seat('state-assembly', 1), termStart: '2024-12-02', termEnd: '2026-12-07', ...extra});

  it('compares names without accents, case, initials or suffixes', () => {
    expect(normaliseName('Adam B. Schiff')).to.equal(normaliseName('adam schiff'));
    expect(normaliseName('José Luis Solache Jr.')).to.equal('jose luis solache');
    expect(normaliseName('Example One')).to.not.equal(normaliseName('Example Two'));
  });

  it('refuses a record without a term end, and one still serving after its term ended', () => {
    const findings = checkOfficials(
      [base({id: 'none', termEnd: undefined}), base({id: 'ended', districtOcdId: seat('state-assembly', 2), termEnd: '2026-12-04'}), base({id: 'fine', districtOcdId: seat('state-assembly', 3)})],
      '2026-12-04',
    );
    expect(findings.map((f) => [f.severity, f.ids])).to.deep.equal([
      ['error', ['none']],
      ['error', ['ended']],
    ]);
    expect(findings[1]!.message).to.contain('still marked serving on 2026-12-04, but the term ended on 2026-12-04');
  });

  it('only warns about a term that ended after the data was built', () => {
    const findings = checkOfficials([base({id: 'a'})], '2026-12-04', '2026-12-08');
    expect(findings.map((f) => f.severity)).to.deep.equal(['warning']);
    expect(findings[0]!.message).to.contain('the term ended on 2026-12-07');
    expect(checkOfficials([base({id: 'a'})], '2026-12-04', '2026-12-06')).to.deep.equal([]);
  });

  it('refuses one name in two seats at once, but not in terms that follow each other, nor known namesakes', () => {
    const house = official('h', {body: 'us-house', name: 'Example A. Person', districtOcdId: seat('us-house', 1), termStart: '2026-06-10', termEnd: '2027-01-03'});
    const assembly = base({id: 'a', name: 'Example Person'});
    expect(checkOfficials([house, assembly], '2026-12-04').map((f) => f.ids)).to.deep.equal([['h', 'a']]);
    expect(checkOfficials([{...house, termStart: '2026-12-07'}, assembly], '2026-12-04'), 'one term after the other').to.deep.equal([]);
    expect(checkOfficials([house, assembly], '2026-12-04', undefined, [{ids: ['a', 'h'], reason: 'two people'}])).to.deep.equal([]);
  });

  it('refuses a seat held twice at once; the U.S. Senate has two seats', () => {
    const twice = checkOfficials([base({id: 'a'}), base({id: 'b'}), base({id: 'v', status: 'vacant', name: undefined})], '2026-12-04');
    expect(twice.map((f) => f.ids)).to.deep.equal([['a', 'b']]);
    const senator = (id: string) => official(id, {body: 'us-senate', name: `Senator ${id}`, termStart: '2025-01-03', termEnd: '2031-01-03'});
    expect(checkOfficials([senator('x'), senator('y')], '2026-12-04')).to.deep.equal([]);
    expect(checkOfficials([senator('x'), senator('y'), senator('z')], '2026-12-04').map((f) => f.ids)).to.deep.equal([['x', 'y', 'z']]);
  });
});
