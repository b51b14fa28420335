import {expect} from '@open-wc/testing';
import {
  Address,
  County,
  IsoDate,
  LocalDateTime,
  LocalizedText,
  Phone,
  RelativeUrl,
  TimeZone,
  Url,
} from '../../../src/core/dataset/schema/common.js';
import {
  COLLECTIONS,
  CampaignSchema,
  DatasetSchema,
  EventSchema,
  HotlineSchema,
  OfficialSchema,
  RECORD_SCHEMAS,
  RightsEditionSchema,
  ZipTableRefSchema,
  ZipTableSchema,
} from '../../../src/core/dataset/schema/index.js';
import {datasetJsonSchema, zipTableJsonSchema} from '../../../src/core/dataset/schema/json-schema.js';
import {validDataset, validZipDistrictTable, validZipGeoTable} from '../../fixtures/dataset.js';

type Schema = {safeParse(value: unknown): {success: boolean}};

const accepts = (schema: Schema, value: unknown) => expect(schema.safeParse(value).success, JSON.stringify(value)).to.equal(true);
const rejects = (schema: Schema, value: unknown) => expect(schema.safeParse(value).success, JSON.stringify(value)).to.equal(false);

/** The messages of a failed parse, keyed by dotted path. */
function messages(schema: typeof EventSchema | typeof CampaignSchema, value: unknown): Record<string, string> {
  const result = schema.safeParse(value);
  expect(result.success).to.equal(false);
  return Object.fromEntries(result.error!.issues.map((i) => [i.path.join('.'), i.message]));
}

describe('dataset schema building blocks', () => {
  it('accepts display-form phone numbers and rejects the rest', () => {
    for (const number of ['+1 415 555 0100', '(415) 555-0100', '415.555.0199', '1-415-555-0100 ext. 12', '+14155550100']) {
      accepts(Phone, {number});
    }
    for (const number of ['555-0100', 'call us', '+1', '415 555 01000 0']) rejects(Phone, {number});
    expect(Phone.safeParse({number: 'x'}).error?.issues[0]?.message).to.equal('expected a phone number like +1 415 555 0100');
  });

  it('allows short codes for text messages only', () => {
    accepts(Phone, {number: '55501', kind: 'sms'});
    rejects(Phone, {number: '55501'});
  });

  it('requires English in localized text and checks language keys', () => {
    accepts(LocalizedText, {en: 'Help', es: 'Ayuda', 'zh-Hant': '幫助', 'es-419': 'Ayuda'});
    rejects(LocalizedText, {es: 'Ayuda'});
    rejects(LocalizedText, {en: ''});
    accepts(LocalizedText, {en: 'Help', es: ''});
    rejects(LocalizedText, {en: 'Help', Spanish: 'Ayuda'});
    rejects(LocalizedText, 'Help');
  });

  it('checks dates, wall-clock times and zones', () => {
    accepts(IsoDate, '2026-02-28');
    rejects(IsoDate, '2026-13-01');
    rejects(IsoDate, '2026-02-28T10:00');
    accepts(LocalDateTime, '2026-12-05');
    accepts(LocalDateTime, '2026-12-05T18:00');
    rejects(LocalDateTime, '2026-12-05T18:00Z');
    rejects(LocalDateTime, '2026-12-05T18:00-08:00');
    accepts(TimeZone, 'America/Los_Angeles');
    rejects(TimeZone, 'America/Los_Angles');
  });

  it('accepts only http(s) addresses, and relative paths where allowed', () => {
    accepts(Url, 'https://example.org/a?b=c');
    accepts(Url, 'http://example.org');
    for (const url of ['javascript:alert(1)', 'ftp://example.org', 'example.org', 'https://', 'https://exa mple.org']) rejects(Url, url);
    accepts(RelativeUrl, 'zip-geo.json');
    accepts(RelativeUrl, '../data/zip-geo.json');
    accepts(RelativeUrl, 'https://cdn.example.org/zip-geo.json');
    rejects(RelativeUrl, 'javascript:alert(1)');
    rejects(RelativeUrl, 'data:application/json,{}');
  });

  it('checks California county FIPS codes and addresses', () => {
    accepts(County, '06037');
    rejects(County, '6037');
    rejects(County, '36061');
    accepts(Address, {street: '1 Example St', city: 'Oakland', state: 'CA', zip: '94601-1234'});
    rejects(Address, {street: '1 Example St', city: 'Oakland', state: 'California', zip: '94601'});
  });
});

describe('dataset schema records', () => {
  it('lists the same collections in COLLECTIONS, RECORD_SCHEMAS and DatasetSchema', () => {
    expect(Object.keys(RECORD_SCHEMAS)).to.deep.equal([...COLLECTIONS]);
    expect(Object.keys(DatasetSchema.shape)).to.deep.equal(['meta', ...COLLECTIONS]);
  });

  it('round-trips every fixture record unchanged', () => {
    const dataset = validDataset();
    for (const name of COLLECTIONS) {
      for (const record of dataset[name]) {
        const result = RECORD_SCHEMAS[name].safeParse(record);
        expect(result.success, `${name}: ${JSON.stringify(result.error?.issues)}`).to.equal(true);
        expect(result.data).to.deep.equal(record);
      }
    }
    expect(DatasetSchema.parse(validDataset())).to.deep.equal(validDataset());
  });

  it('defaults every collection to empty', () => {
    const parsed = DatasetSchema.parse({meta: validDataset().meta});
    for (const name of COLLECTIONS) expect(parsed[name]).to.deep.equal([]);
  });

  it('drops unknown record fields (newer minor versions may add some)', () => {
    const hotline = {...validDataset().hotlines[0], addedInV1_1: true};
    expect(HotlineSchema.parse(hotline)).not.to.have.property('addedInV1_1');
  });

  it('round-trips a rights edition and requires a reviewer for reviewed editions', () => {
    const edition = validDataset().rightsEditions[0]!;
    expect(RightsEditionSchema.parse(edition)).to.deep.equal(edition);
    rejects(RightsEditionSchema, {...edition, review: {status: 'reviewed'}});
    accepts(RightsEditionSchema, {...edition, review: {status: 'not-reviewed'}});
    rejects(RightsEditionSchema, {...edition, scenarios: []});
    rejects(RightsEditionSchema, {...edition, agentStatement: {lines: [{es: 'Solo español'}]}});
  });

  it('reads California laws with and without their law-status ledger entry', () => {
    const withLaw = (law: Record<string, unknown>) => {
      const edition = structuredClone(validDataset().rightsEditions[0]!);
      edition.scenarios[1]!.californiaLaw = [law as never];
      return edition;
    };
    const old = {citation: 'AB 450 (2017)', text: {en: 'Your employer must tell workers within 72 hours.'}};
    // A 1.0 dataset: citation and text only.
    accepts(RightsEditionSchema, withLaw(old));
    const ledger = {
      ...old,
      status: 'partly-blocked',
      statusNote: {en: 'A court blocked another part.', es: 'Una corte bloqueó otra parte.'},
      asOf: '2026-12-04',
      source: 'https://leginfo.legislature.ca.gov/',
      basis: 'U.S. v. California (9th Cir.)',
    };
    expect(RightsEditionSchema.parse(withLaw(ledger)).scenarios[1]!.californiaLaw![0]).to.deep.equal(ledger);
    for (const status of ['in-force', 'partly-blocked', 'blocked-for-federal-officers', 'in-litigation']) {
      accepts(RightsEditionSchema, withLaw({...old, status, asOf: '2026-12-04'}));
    }
    rejects(RightsEditionSchema, withLaw({...old, status: 'enjoined', asOf: '2026-12-04'}));
    // A status is a claim about a date: without one it is refused.
    rejects(RightsEditionSchema, withLaw({...old, status: 'in-force'}));
    rejects(RightsEditionSchema, withLaw({...old, status: 'in-force', asOf: '4 Dec 2026'}));
    rejects(RightsEditionSchema, withLaw({...old, status: 'in-force', asOf: '2026-12-04', source: 'leginfo'}));
    rejects(RightsEditionSchema, withLaw({...old, statusNote: {es: 'Solo español'}}));
  });

  it('checks event format, time and recurrence rules', () => {
    const [hybrid, online] = validDataset().events;
    expect(messages(EventSchema, {...hybrid, location: undefined})).to.deep.equal({
      location: 'in-person and hybrid events need a location',
    });
    expect(messages(EventSchema, {...online, format: 'hybrid'})).to.deep.equal({
      location: 'in-person and hybrid events need a location',
    });
    expect(messages(EventSchema, {...hybrid, online: undefined})).to.have.property('online');
    expect(messages(EventSchema, {...hybrid, end: '2026-12-01T17:00'})).to.have.property('end');
    expect(messages(EventSchema, {...online, end: '2026-12-12T10:00'})).to.have.property('end');
    expect(messages(EventSchema, {...hybrid, recurrence: {rrule: 'FREQ=YEARLY'}})).to.have.property('recurrence.rrule');
    expect(messages(EventSchema, {...hybrid, location: {name: {en: 'Somewhere'}}})).to.have.property('location');
    expect(messages(EventSchema, {...online, languages: []})).to.have.property('languages');
    accepts(EventSchema, {...hybrid, recurrence: {rrule: 'FREQ=MONTHLY;INTERVAL=2;BYDAY=+1SA;UNTIL=20271231T000000Z'}});
  });

  it('allows a vacant seat without a person but requires a name otherwise', () => {
    const [rep, vacant] = validDataset().officials;
    accepts(OfficialSchema, vacant);
    rejects(OfficialSchema, {...rep, name: undefined});
  });

  it('needs the counties of a local hotline', () => {
    const hotline = validDataset().hotlines[0]!;
    rejects(HotlineSchema, {...hotline, counties: []});
    accepts(HotlineSchema, {...hotline, counties: undefined, scope: 'national'});
  });

  it('checks campaign targets and template placeholders', () => {
    const campaign = validDataset().campaigns[0]!;
    expect(messages(CampaignSchema, {...campaign, targets: ['mayor']})).to.have.property('targets.0');
    const typo = {...campaign, scripts: [{channel: 'call', body: {en: 'Hi {{target.nmae}}'}}]};
    expect(messages(CampaignSchema, typo)['scripts.0.body']).to.match(/^unknown placeholder \{\{target\.nmae\}\}/);
  });

  it('requires plan ids for ZIP-district table references', () => {
    rejects(ZipTableRefSchema, {id: 'zips', kind: 'zip-districts', url: 'zips.json'});
    accepts(ZipTableRefSchema, {id: 'zips', kind: 'zip-geo', url: 'zips.json'});
  });

  it('parses both ZIP table kinds', () => {
    expect(ZipTableSchema.parse(validZipGeoTable())).to.deep.equal(validZipGeoTable());
    expect(ZipTableSchema.parse(validZipDistrictTable())).to.deep.equal(validZipDistrictTable());
    rejects(ZipTableSchema, {...validZipGeoTable(), kind: 'zip-other'});
    rejects(ZipTableSchema, {...validZipGeoTable(), zips: {'94110': ['06075', 137, 0]}});
    rejects(ZipTableSchema, {...validZipDistrictTable(), zips: {'94110': [[11, 1.5]]}});
  });
});

describe('dataset JSON Schema', () => {
  it('describes the main document with named definitions', () => {
    const schema = datasetJsonSchema() as {title: string; properties: object; $defs: Record<string, Record<string, unknown>>};
    expect(schema.title).to.equal('Amparo dataset');
    expect(Object.keys(schema.properties)).to.deep.equal(['meta', ...COLLECTIONS]);
    expect(schema.$defs.LocalizedText).to.include({type: 'object'});
    expect(schema.$defs.LocalizedText!.required).to.deep.equal(['en']);
    expect(schema.$defs.LocalizedText!.propertyNames).to.have.property('pattern');
    expect(schema.$defs).to.include.keys('Organization', 'Event', 'RightsEdition', 'Official', 'Campaign', 'Phone');
    expect(JSON.parse(JSON.stringify(schema))).to.deep.equal(schema);
  });

  it('describes both ZIP table kinds', () => {
    const schema = zipTableJsonSchema() as {oneOf: unknown[]; $defs: object};
    expect(schema.oneOf).to.have.length(2);
    expect(schema.$defs).to.include.keys('ZipGeoTable', 'ZipDistrictTable');
  });
});
