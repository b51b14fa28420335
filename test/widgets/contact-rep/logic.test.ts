import {expect} from '@open-wc/testing';
import type {Campaign, DistrictPlan, Official} from '../../../src/core/dataset/schema/index.js';
import {
  channelsFor,
  districtsFromResponse,
  haversineKm,
  isTarget,
  isoDay,
  lookupZip,
  mainOffice,
  nearestOffice,
  officialsFor,
  parseChannels,
  planInForce,
  scriptFor,
  tablesFor,
} from '../../../src/widgets/contact-rep/lookup.js';
import {fillTemplate, templateValues} from '../../../src/widgets/contact-rep/template.js';
import {buildMailto, MAILTO_LIMIT} from '../../../src/widgets/contact-rep/mailto.js';
import {validateSender} from '../../../src/widgets/contact-rep/sender.js';
import {contactDataset, officials, zipTables} from './fixtures.js';

const data = () => {
  const d = contactDataset();
  return {...d, districtPlans: d.districtPlans as DistrictPlan[], zipTables: d.zipTables as never};
};
const campaign = () => contactDataset().campaigns[0] as Campaign;
const byId = (id: string) => officials().find((o) => o.id === id)!;
const tables = () => {
  const t = zipTables();
  return [t.cd, t.sd, t.ad];
};

function lookup(zip: string, date = '2026-11-15') {
  const {plans} = tablesFor(data(), date);
  return lookupZip(zip, plans, tables(), zipTables().geo);
}

describe('contact-rep lookup', () => {
  it('picks the plan in force on a date, switching on 2027-01-03', () => {
    const plans = data().districtPlans;
    expect(planInForce(plans, 'us-house', '2026-11-15')?.id).to.equal('ca-cd-example');
    expect(planInForce(plans, 'us-house', '2027-01-02')?.id).to.equal('ca-cd-example');
    expect(planInForce(plans, 'us-house', '2027-01-03')?.id).to.equal('ca-cd-next');
    expect(planInForce(plans, 'state-senate', '2027-01-03')?.id).to.equal('ca-sd-example');
    expect(planInForce(plans, 'us-house', '2020-01-01')).to.equal(undefined);
  });

  it('needs the tables of the plans in force only', () => {
    const before = tablesFor(data(), '2026-11-15');
    expect(before.districtRefs.map((r) => r.id)).to.deep.equal(['zip-cd', 'zip-sd', 'zip-ad']);
    expect(before.geoRef?.id).to.equal('zip-geo');
    const after = tablesFor(data(), '2027-01-03');
    expect(after.districtRefs.map((r) => r.id)).to.deep.equal(['zip-sd', 'zip-ad']);
    expect(after.plans['us-house']?.id).to.equal('ca-cd-next');
  });

  it('maps a ZIP inside one district per chamber', () => {
    const r = lookup('94110');
    if (!r.ok) throw new Error('expected a result');
    expect(r.chambers['us-house']).to.deep.include({status: 'found', candidates: [11]});
    expect(r.chambers['state-senate']).to.deep.include({candidates: [11]});
    expect(r.chambers['state-assembly']).to.deep.include({candidates: [17]});
    expect(r.centroid).to.deep.equal({lat: 37.75, lng: -122.41});
  });

  it('returns every candidate of a split ZIP, never a guess', () => {
    const r = lookup(' 94014 ');
    if (!r.ok) throw new Error('expected a result');
    expect(r.chambers['us-house']).to.deep.include({candidates: [11, 14]});
    expect(r.chambers['state-assembly']).to.deep.include({candidates: [17, 19]});
  });

  it('types unknown, non-California and malformed ZIPs', () => {
    expect(lookup('94601')).to.deep.equal({ok: false, zip: '94601', reason: 'unknown'});
    expect(lookup('10001')).to.deep.equal({ok: false, zip: '10001', reason: 'unknown'});
    expect(lookup('9411')).to.deep.include({ok: false, reason: 'invalid'});
    expect(lookup('abcde')).to.deep.include({ok: false, reason: 'invalid'});
  });

  it('does not fall back to the old map after the switch (no ZIP table for the new one)', () => {
    const r = lookup('94110', '2027-01-03');
    if (!r.ok) throw new Error('expected a result');
    expect(r.chambers['us-house'].status).to.equal('no-table');
    expect(r.chambers['state-senate']).to.deep.include({status: 'found', candidates: [11]});
  });

  it('lists statewide officials first, then the chosen seats, vacant seats as vacant', () => {
    const list = officialsFor(officials(), {'us-house': 14, 'state-senate': 11}, '2026-11-15');
    expect(list.map((o) => o.id)).to.deep.equal([
      'official-example-senator',
      'official-example-senator-2',
      'official-example-governor',
      'official-example-vacant',
      'official-example-state-senator',
    ]);
    expect(list[3]!.status).to.equal('vacant');
    expect(channelsFor(list[3]!, ['call', 'email'])).to.deep.equal([]);
    expect(officialsFor(officials(), {}, '2026-11-15').length).to.equal(3);
  });

  it('marks campaign targets by body and by official id', () => {
    const c = campaign();
    expect(isTarget(c, byId('official-example-rep'))).to.equal(true);
    expect(isTarget(c, byId('official-example-senator'))).to.equal(true);
    expect(isTarget(c, byId('official-example-senator-2'))).to.equal(false);
    expect(isTarget(undefined, byId('official-example-governor'))).to.equal(true);
  });

  it('finds the nearest district office from the ZIP centroid', () => {
    const senator = byId('official-example-senator-2');
    expect(nearestOffice(senator, {lat: 37.75, lng: -122.41})?.office.address?.city).to.equal('San Francisco');
    expect(nearestOffice(senator, {lat: 34.1, lng: -118.3})?.office.address?.city).to.equal('Los Angeles');
    // Without a centroid (or coordinates) the first district office with a phone.
    expect(nearestOffice(senator)?.office.address?.city).to.equal('Los Angeles');
    expect(nearestOffice(byId('official-example-state-senator'), {lat: 37.75, lng: -122.41})?.office.phones?.[0]?.number).to.equal(
      '415-555-0115',
    );
    expect(mainOffice(senator)?.kind).to.equal('dc');
    expect(haversineKm({lat: 37.75, lng: -122.41}, {lat: 34.05, lng: -118.24})).to.be.within(540, 570);
  });

  it('knows which channels reach an official', () => {
    expect(channelsFor(byId('official-example-state-senator'), ['call', 'email', 'webform', 'letter'])).to.deep.equal([
      'call',
      'email',
      'webform',
      'letter',
    ]);
    expect(channelsFor(byId('official-example-assembly-19'), ['call', 'email', 'webform', 'letter'])).to.deep.equal(['call']);
    expect(parseChannels(' Email, call,fax,email')).to.deep.equal(['email', 'call']);
    expect(parseChannels('')).to.deep.equal(['call', 'email', 'webform', 'letter']);
  });

  it('uses the email script for web forms and letters', () => {
    expect(scriptFor(campaign(), 'webform')?.channel).to.equal('email');
    expect(scriptFor(campaign(), 'call')?.channel).to.equal('call');
    expect(scriptFor(undefined, 'email')).to.equal(undefined);
  });

  it('reads districts from a lookup endpoint answer', () => {
    expect(
      districtsFromResponse({districts: ['ocd-division/country:us/state:ca/cd:14', 'ocd-division/country:us/state:ca/sldl:19']}),
    ).to.deep.equal({'us-house': 14, 'state-assembly': 19});
    expect(districtsFromResponse({divisions: {'ocd-division/country:us/state:ca/sldu:11': {}}})).to.deep.equal({'state-senate': 11});
    expect(districtsFromResponse('nope')).to.deep.equal({});
  });

  it('dates days in California', () => {
    expect(isoDay(new Date('2027-01-03T07:59:00Z'))).to.equal('2027-01-02');
    expect(isoDay(new Date('2027-01-03T08:00:00Z'))).to.equal('2027-01-03');
  });
});

describe('contact-rep templates', () => {
  const rep = () => byId('official-example-rep');

  it('fills known tokens, with or without spaces inside the braces', () => {
    const values = templateValues(rep(), {name: 'Ana María Example', zip: '94110', city: 'San Francisco'}, 'es');
    expect(fillTemplate('Dear {{target.title}} {{ target.lastName }}, from {{user.firstName}} ({{user.city}}, {{user.zip}}).', values)).to.equal(
      'Dear Representante Example, from Ana (San Francisco, 94110).',
    );
    expect(values['user.lastName']).to.equal('María Example');
    expect(fillTemplate('{{user.city}}, {{user.zip}}: {{user.firstName}} ({{user.email}}, {{user.street}})', {'user.zip': '94110'})).to.equal(
      '94110',
    );
    expect(fillTemplate('Dear {{target.name}},\n\n{{user.firstName}}, {{user.city}}', {'target.name': 'Alex'})).to.equal('Dear Alex,\n\n');
    expect(values['target.district']).to.equal('11');
  });

  it('renders unknown and missing tokens as nothing, with no leftover braces or double spaces', () => {
    const out = fillTemplate('Hello {{user.firstName}}, I live in {{user.city}} {{nope}}. {{target.name}}!\n  Thanks {{ }} {{', {
      'target.name': 'Alex Example',
    });
    expect(out).to.equal('Hello, I live in. Alex Example!\nThanks');
    expect(out).not.to.match(/[{}]| {2}/);
  });

  it('keeps user text as plain text', () => {
    const values = templateValues(rep(), {name: '<img src=x onerror=alert(1)>', zip: '94110'}, 'en');
    expect(fillTemplate('{{user.firstName}}', values)).to.equal('<img');
  });
});

describe('contact-rep mailto', () => {
  it('builds an RFC 6068 URL with subject and CRLF body', () => {
    const r = buildMailto('casey.sample@example.org', 'Fund & protect?', 'Line 1\nLine 2 = ok');
    expect(r).to.deep.equal({
      ok: true,
      url: 'mailto:casey.sample@example.org?subject=Fund%20%26%20protect%3F&body=Line%201%0D%0ALine%202%20%3D%20ok',
    });
  });

  it('reports "too long" with a subject-only URL when the whole URL reaches the limit', () => {
    const r = buildMailto('casey.sample@example.org', 'Subject', 'x'.repeat(MAILTO_LIMIT));
    expect(r.ok).to.equal(false);
    if (r.ok || r.reason !== 'too-long') throw new Error('expected too-long');
    expect(r.subjectOnly).to.equal('mailto:casey.sample@example.org?subject=Subject');
    expect(r.length).to.be.greaterThan(MAILTO_LIMIT);
    // Just under the limit still fits.
    const fits = buildMailto('a@example.org', '', 'y'.repeat(MAILTO_LIMIT - 40));
    expect(fits.ok && fits.url.length < MAILTO_LIMIT).to.equal(true);
  });

  it('refuses an address that could inject fields', () => {
    expect(buildMailto('a@example.org?bcc=b@example.org', 's', 'b')).to.deep.equal({ok: false, reason: 'invalid-address'});
  });
});

describe('contact-rep sender validation', () => {
  it('accepts a name and ZIP, trimming and dropping empty optional fields', () => {
    expect(validateSender({name: ' Ana ', zip: '94110', email: ' ', city: 'Oakland'})).to.deep.equal({
      ok: true,
      sender: {name: 'Ana', zip: '94110', city: 'Oakland'},
    });
  });

  it('returns one error code per invalid field', () => {
    expect(validateSender({name: '', zip: '941', email: 'nope'})).to.deep.equal({
      ok: false,
      errors: {name: 'required', zip: 'zip', email: 'email'},
    });
    expect(validateSender({})).to.deep.equal({ok: false, errors: {name: 'required', zip: 'required'}});
    expect(validateSender({name: 'x'.repeat(201), zip: '94110'})).to.deep.equal({ok: false, errors: {name: 'too-long'}});
  });
});

// Type check only: the fixture's officials satisfy the schema's output type.
const _typed: Official[] = officials();
void _typed;

describe('contact-rep lookup on the real California tables', () => {
  it('answers ZIP -> officials well under 5 ms once the tables are loaded, and honours the Prop 50 switch', async () => {
    const get = async (name: string) => (await fetch(`/data/${name}`)).json();
    const [dataset, cd, sd, ad, geo] = await Promise.all(
      ['amparo-ca.json', 'zip-districts-cd-2021.json', 'zip-districts-sd-2021.json', 'zip-districts-ad-2021.json', 'zip-geo.json'].map(get),
    );
    const plans = tablesFor(dataset, '2026-11-15').plans;
    const zips = Object.keys(cd.zips);
    const start = performance.now();
    let found = 0;
    for (const zip of zips) {
      const r = lookupZip(zip, plans, [cd, sd, ad], geo);
      if (!r.ok) continue;
      const chosen = Object.fromEntries(
        Object.entries(r.chambers).flatMap(([c, x]) => (x.status === 'found' ? [[c, x.candidates[0]]] : [])),
      );
      found += officialsFor(dataset.officials, chosen, '2026-11-15').length;
    }
    const perLookup = (performance.now() - start) / zips.length;
    expect(perLookup).to.be.below(5);
    expect(found).to.be.greaterThan(zips.length * 8);
    // From 2027-01-03 the Prop 50 map is in force: no ZIP table for it, never the 2021 table;
    // San Francisco lies in one new district, so the county gives it exactly.
    const after = lookupZip('94110', tablesFor(dataset, '2027-01-03').plans, [cd, sd, ad], geo);
    const house = after.ok ? after.chambers['us-house'] : undefined;
    expect(house?.status).to.equal('county');
    expect(house?.status === 'county' && house.candidates).to.deep.equal(dataset.districtPlans.find((p: {id: string}) => p.id === 'ca-cd-prop50').countyDistricts['06075']);
  });
});
