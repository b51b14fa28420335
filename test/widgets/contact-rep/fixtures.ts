/**
 * Small, clearly FAKE data for the contact widget's tests: example.org addresses, 555-01xx
 * numbers, made-up names. Built on the shared test dataset (test/fixtures/dataset.ts).
 *
 * ZIPs: 94110 maps to one district per chamber; 94014 is split (U.S. House 11 or 14, Assembly
 * 17 or 19); 94601 is in the geo table only (no districts: "unknown"); anything else is unknown.
 * From 2027-01-03 the U.S. House plan in force is `ca-cd-next`, which has no ZIP table.
 */
import type {DatasetInput, Official, ZipDistrictTable, ZipGeoTable} from '../../../src/core/dataset/schema/index.js';
import {validDataset, validZipDistrictTable, validZipGeoTable} from '../../fixtures/dataset.js';

const prov = {provenance: {sourceId: 'example-officials', asOf: '2026-10-01'}};

const extraOfficials: NonNullable<DatasetInput['officials']> = [
  {
    id: 'official-example-senator-2',
    status: 'serving',
    name: 'Riley Placeholder',
    familyName: 'Placeholder',
    body: 'us-senate',
    title: {en: 'Senator', es: 'Senador(a)'},
    offices: [
      {kind: 'dc', phones: [{number: '202-555-0110'}], address: {street: '2 Example Bldg', city: 'Washington', state: 'DC', zip: '20510'}},
      {
        kind: 'district',
        phones: [{number: '213-555-0111'}],
        address: {street: '3 Sample Ave', city: 'Los Angeles', state: 'CA', zip: '90012'},
        geo: {lat: 34.05, lng: -118.24},
      },
      {
        kind: 'district',
        phones: [{number: '415-555-0112'}],
        address: {street: '4 Sample St', city: 'San Francisco', state: 'CA', zip: '94102'},
        geo: {lat: 37.78, lng: -122.41},
      },
    ],
    contactForm: 'https://senator2.example.org/contact',
    ...prov,
  },
  {
    id: 'official-example-governor',
    status: 'serving',
    name: 'Jordan Demo',
    body: 'governor',
    title: {en: 'Governor', es: 'Gobernador(a)'},
    offices: [{kind: 'capitol', phones: [{number: '916-555-0113'}], address: {street: '5 Capitol Mall', city: 'Sacramento', state: 'CA', zip: '95814'}}],
    ...prov,
  },
  {
    id: 'official-example-state-senator',
    status: 'serving',
    name: 'Casey Sample',
    familyName: 'Sample',
    body: 'state-senate',
    title: {en: 'State Senator', es: 'Senador(a) estatal'},
    districtOcdId: 'ocd-division/country:us/state:ca/sldu:11',
    offices: [
      {kind: 'capitol', phones: [{number: '916-555-0114'}], address: {street: '6 O St', suite: 'Suite 100', city: 'Sacramento', state: 'CA', zip: '95814'}},
      {kind: 'district', phones: [{number: '415-555-0115'}], address: {street: '7 Example Ave', city: 'San Francisco', state: 'CA', zip: '94102'}},
    ],
    email: 'casey.sample@example.org',
    contactForm: 'https://form.example.org/contact?district=SD11',
    ...prov,
  },
  {
    id: 'official-example-assembly-17',
    status: 'serving',
    name: 'Morgan Example',
    body: 'state-assembly',
    title: {en: 'Assemblymember', es: 'Asambleísta'},
    districtOcdId: 'ocd-division/country:us/state:ca/sldl:17',
    offices: [{kind: 'capitol', phones: [{number: '916-555-0116'}], address: {street: '8 O St', city: 'Sacramento', state: 'CA', zip: '94249'}}],
    email: 'morgan.example@example.org',
    ...prov,
  },
  {
    id: 'official-example-assembly-19',
    status: 'serving',
    name: 'Taylor Test',
    body: 'state-assembly',
    title: {en: 'Assemblymember', es: 'Asambleísta'},
    districtOcdId: 'ocd-division/country:us/state:ca/sldl:19',
    offices: [{kind: 'capitol', phones: [{number: '916-555-0117'}]}],
    ...prov,
  },
];

/** The shared fake dataset plus the plans, officials, campaign and ZIP tables this widget needs. */
export function contactDataset(): Required<DatasetInput> {
  const d = validDataset();
  d.districtPlans.push(
    {id: 'ca-cd-next', body: 'us-house', validFrom: '2027-01-03', electionsFrom: '2026-06-02', ...prov},
    {id: 'ca-ad-example', body: 'state-assembly', validFrom: '2022-12-05', ...prov},
  );
  d.districts.push(
    {ocdId: 'ocd-division/country:us/state:ca/sldl:17', planId: 'ca-ad-example', number: 17},
    {ocdId: 'ocd-division/country:us/state:ca/sldl:19', planId: 'ca-ad-example', number: 19},
  );
  const senator = d.officials.find((o) => o.id === 'official-example-senator')!;
  senator.title = {en: 'Senator', es: 'Senador(a)'};
  senator.familyName = 'Sample';
  senator.offices = [{kind: 'dc', phones: [{number: '202-555-0118'}], address: {street: '9 Example Bldg', city: 'Washington', state: 'DC', zip: '20510'}}];
  d.officials.push(...extraOfficials);
  d.campaigns = [
    {
      id: 'campaign-example',
      title: {en: 'Fund legal defense (example)', es: 'Financien la defensa legal (ejemplo)'},
      ask: {en: 'Ask your officials to fund legal defense.', es: 'Pida a sus representantes que financien la defensa legal.'},
      why: {en: 'Everyone deserves a fair hearing (example).'},
      talkingPoints: [{en: 'Legal help keeps families together.'}, {en: 'It saves public money.'}],
      targets: ['us-house', 'official:official-example-senator'],
      scripts: [
        {channel: 'call', body: {en: 'Hello, my name is {{user.firstName}} from {{user.zip}}. Please ask {{target.title}} {{target.lastName}} to fund legal defense.'}},
        {
          channel: 'email',
          subject: {en: 'Fund legal defense, from {{user.zip}}'},
          body: {en: 'Dear {{target.title}} {{target.lastName}},\n\nPlease fund legal defense.\n\n{{user.firstName}} {{user.lastName}}, {{user.city}}'},
        },
      ],
      topicHint: {en: 'Immigration'},
      deadline: '2026-12-31',
      vacancyNote: {en: 'This seat is empty: call the other targets (example).'},
    },
  ];
  d.zipTables = [
    {id: 'zip-geo', kind: 'zip-geo', url: 'zip-geo.json'},
    {id: 'zip-cd', kind: 'zip-districts', planIds: ['ca-cd-example'], url: 'zip-cd.json'},
    {id: 'zip-sd', kind: 'zip-districts', planIds: ['ca-sd-example'], url: 'zip-sd.json'},
    {id: 'zip-ad', kind: 'zip-districts', planIds: ['ca-ad-example'], url: 'zip-ad.json'},
  ];
  return d;
}

export function zipTables(): {cd: ZipDistrictTable; sd: ZipDistrictTable; ad: ZipDistrictTable; geo: ZipGeoTable} {
  const header = {kind: 'zip-districts' as const, asOf: '2026-10-01', source: 'Example (fictional)'};
  return {
    cd: validZipDistrictTable(),
    sd: {...header, planId: 'ca-sd-example', zips: {'94110': [11], '94014': [11]}},
    ad: {...header, planId: 'ca-ad-example', zips: {'94110': [17], '94014': [17, 19]}},
    geo: validZipGeoTable(),
  };
}

/** The fixture's officials as the validator outputs them (for the pure modules). */
export const officials = () => contactDataset().officials as Official[];

export const DATA_BASE = 'https://data.example.org/amparo/';

/**
 * Replaces `window.fetch` with one that answers the fixture's dataset and tables (real Response
 * objects) and records every request. `fail` makes matching URLs answer 500, `offline` makes them
 * fail like an offline device; both are read on every request, so a test can change them.
 */
export function fakeNetwork(options: {dataset?: Required<DatasetInput>; fail?: RegExp; offline?: RegExp} = {}) {
  const original = window.fetch;
  const tables = zipTables();
  const files: Record<string, unknown> = {
    'contact.json': options.dataset ?? contactDataset(),
    'zip-geo.json': tables.geo,
    'zip-cd.json': tables.cd,
    'zip-sd.json': tables.sd,
    'zip-ad.json': tables.ad,
  };
  const requests: {url: string; init?: RequestInit}[] = [];
  window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = String(input instanceof Request ? input.url : input);
    requests.push({url, init});
    if (options.fail?.test(url)) return new Response('error', {status: 500});
    // What fetch does when the device is offline.
    if (options.offline?.test(url)) throw new TypeError('Failed to fetch');
    const name = url.startsWith(DATA_BASE) ? url.slice(DATA_BASE.length) : '';
    if (name in files) return new Response(JSON.stringify(files[name]), {headers: {'content-type': 'application/json'}});
    // Only the test server is ever really contacted: any other host fails like an offline device.
    if (!new URL(url, location.href).href.startsWith(location.origin)) throw new TypeError(`no network in tests: ${url}`);
    return original(input, init);
  };
  return {requests, restore: () => (window.fetch = original), url: `${DATA_BASE}contact.json`};
}

/**
 * The fixture with dated terms, as around the end of 2026: every Assembly term ends on
 * 2026-12-07 (17 with a lookup page, 19 without), the Governor's on 2027-01-04, the 2021-map
 * House seats' on 2027-01-03 (the vacancy too). `incoming` adds a Governor-elect from 2027-01-04
 * and a Representative-elect for district 11 from 2027-01-03; `counties` gives the new House map
 * (`ca-cd-next`, no ZIP table) its county lists: San Francisco (06075) inside district 11, San
 * Mateo (06081, ZIP 94014) split between 11 and 14.
 */
export function termsDataset(options: {incoming?: boolean; counties?: boolean} = {}): Required<DatasetInput> {
  const d = contactDataset();
  const find = (id: string) => d.officials.find((o) => o.id === id)!;
  Object.assign(find('official-example-assembly-17'), {termStart: '2024-12-02', termEnd: '2026-12-07', lookupUrl: 'https://findyourrep.example.org/'});
  Object.assign(find('official-example-assembly-19'), {termStart: '2024-12-02', termEnd: '2026-12-07'});
  Object.assign(find('official-example-governor'), {termStart: '2023-01-02', termEnd: '2027-01-04', lookupUrl: 'https://governor.example.org/'});
  Object.assign(find('official-example-rep'), {lookupUrl: 'https://house.example.org/find'});
  Object.assign(find('official-example-vacant'), {termEnd: '2027-01-03'});
  if (options.incoming) {
    d.officials.push(
      {
        id: 'official-example-governor-elect',
        status: 'elect',
        name: 'Avery Newcomer',
        body: 'governor',
        title: {en: 'Governor', es: 'Gobernador(a)'},
        termStart: '2027-01-04',
        offices: [{kind: 'capitol', phones: [{number: '916-555-0119'}]}],
        ...prov,
      },
      {
        id: 'official-example-rep-elect',
        status: 'elect',
        name: 'Jamie Newmap',
        familyName: 'Newmap',
        body: 'us-house',
        title: {en: 'Representative', es: 'Representante'},
        districtOcdId: 'ocd-division/country:us/state:ca/cd:11',
        termStart: '2027-01-03',
        offices: [{kind: 'dc', phones: [{number: '202-555-0120'}]}],
        ...prov,
      },
    );
  }
  if (options.counties) {
    d.districtPlans.find((p) => p.id === 'ca-cd-next')!.countyDistricts = {'06075': [11], '06081': [14, 11]};
  }
  return d;
}
