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
    expect(records[0]!.termEnd, 'upstream role_end is not imported').to.equal(undefined);
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
    leg.members[42]!.name = 'New Member'; // also sworn in to Congress after the legislature source last changed
    const records = [...importCongress(cong).records, ...importLegislature(leg).records];
    const doubts = crossCheck(records, cong, leg);
    expect(doubts.get('ocd-person:senate-01')?.[0]).to.contain('530-555-0130 is also listed for Assemblymember');
    expect(doubts.get('ocd-person:assembly-01')?.[0]).to.contain('also listed for State Senator');
    expect(doubts.get('ocd-person:senate-10')?.[0]).to.contain('916-651-4410 does not follow the pattern');
    expect(doubts.get('ocd-person:assembly-03')?.[0]).to.contain('sworn in to the U.S. House for CA-1 on 2026-06-10');
    expect(doubts.size).to.equal(4);
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
  });
});
