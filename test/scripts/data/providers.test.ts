import {expect} from '@open-wc/testing';
import type {UpstreamRecord} from '../../../scripts/data/provider-common.js';
import {importProviders, providerCounties, type ProviderFiles} from '../../../scripts/data/providers.js';
import {validateDataset} from '../../../src/core/dataset/validate.js';
import {validDataset} from '../../fixtures/dataset.js';

/** A few ZIP rows of the zip-geo table (fictional-looking but real county codes). */
const ZIPS = {
  '94110': ['06075', 37.749, -122.415, 'San Francisco'],
  '94111': ['06075', 37.799, -122.4, 'San Francisco'],
  '95030': ['06085', 37.23, -121.98, 'Los Gatos'],
  '95032': ['06085', 37.24, -121.96, 'Los Gatos'],
  '95035': ['06085', 37.43, -121.89, 'Milpitas'],
  '93101': ['06083', 34.42, -119.71, 'Santa Barbara'],
  '91303': ['06037', 34.199, -118.598, 'Canoga Park'],
  '95476': ['06097', 38.29, -122.46, 'Sonoma'],
} as const;

const SOURCE = {url: 'https://example.org/list', repo: 'example/repo', path: 'list.json', commit: 'abc1234', retrieved: '2026-12-04'};

function record(id: string, extra: Partial<UpstreamRecord> = {}): UpstreamRecord {
  return {
    id,
    name: 'Example Immigration Services',
    kind: 'recognized-organization',
    address: '100 Example Street, Suite 2',
    city: 'San Francisco',
    state: 'CA',
    zip: '94110',
    county: 'San Francisco',
    countyDerivation: 'derived from city by the compiler (not in source)',
    phone: '(415) 555-0100',
    email: null,
    website: null,
    languages: [],
    services: ['immigration legal services by DOJ-accredited representatives'],
    notes: [],
    source: SOURCE,
    asOf: '2026-09-19',
    ...extra,
  };
}

const roster = (id: string, eoir: Partial<NonNullable<UpstreamRecord['eoir']>> = {}, extra: Partial<UpstreamRecord> = {}) =>
  record(`eoir-ra-${id}`, {eoir: {recognizedDate: '2018-04-06', recognitionExpires: '2027-09-14', pendingRenewal: false, ...eoir}, ...extra});

const proBono = (id: string, extra: Partial<UpstreamRecord> = {}) =>
  record(`eoir-pb-${id}`, {
    kind: 'legal-services-nonprofit',
    asOf: '2026-07',
    languages: ['English', 'Spanish'],
    services: ['removal defense', 'asylum', 'detained adults', 'unaccompanied minors', 'crime victims (VAWA/U/T)'],
    courts: ['San Francisco Immigration Court'],
    serviceAreaCounties: ['San Francisco', 'Marin'],
    remote: false,
    ...extra,
  });

const grantee = (id: string, extra: Partial<UpstreamRecord> = {}) =>
  record(`uscis-cigp-${id}`, {
    kind: 'citizenship-services',
    address: null,
    zip: null,
    phone: null,
    asOf: 'FY2023',
    services: ['citizenship instruction', 'naturalization application help (N-400)'],
    fiscalYearsAwarded: ['FY2023', 'FY2022'],
    serviceAreaCounties: ['Marin'],
    remote: false,
    ...extra,
  });

function files(lists: Partial<Pick<ProviderFiles, 'recognized' | 'proBono' | 'grantees'>>, index: [string, string[]][]): ProviderFiles {
  return {
    recognized: [],
    proBono: [],
    grantees: [],
    ...lists,
    index: index.map(([orgId, ids]) => ({orgId, name: `Name of ${orgId}`, offices: ids.map((recordId) => ({recordId}))})),
    compiled: '2026-12-04',
    courts: [],
    detention: [],
    links: [],
  };
}

const run = (f: ProviderFiles) => importProviders(f, ZIPS);

describe('provider import', () => {
  it('makes one organization per index entry, with one location for an address two lists write differently', () => {
    const result = run(
      files(
        {
          recognized: [roster('example', {}, {address: '1605 W. Olympic Blvd, Suite 516'})],
          proBono: [proBono('example', {address: '1605 West Olympic Blvd., Suite 516'})],
        },
        [['org-example', ['eoir-ra-example', 'eoir-pb-example']]],
      ),
    );
    expect(result.organizations.map((o) => o.id)).to.deep.equal(['org-example']);
    expect(result.organizations[0]!.credentials).to.deep.equal(['doj-recognized', 'accredited-rep', 'eoir-pro-bono']);
    expect(result.locations).to.have.length(1);
    expect(result.services.map((s) => s.id)).to.deep.equal(['svc-example-doj-recognized', 'svc-example-pro-bono']);
    expect(result.services.every((s) => s.locationIds?.[0] === 'loc-example-1')).to.equal(true);
    expect(result.organizations[0]!.provenance?.derived?.[0]).to.contain('2 lists');
  });

  it('shows DOJ recognition only while the roster did: lapsed before its date and not pending is not recognized', () => {
    const result = run(
      files(
        {
          recognized: [
            roster('lapsed', {recognitionExpires: '2026-09-17'}),
            roster('lapsed-elsewhere', {recognitionExpires: '2026-09-17'}),
            roster('pending', {recognitionExpires: '2025-02-22', pendingRenewal: true}),
            roster('later', {recognitionExpires: '2026-10-23'}),
          ],
          proBono: [proBono('lapsed-elsewhere')],
        },
        [
          ['org-lapsed', ['eoir-ra-lapsed']],
          ['org-lapsed-elsewhere', ['eoir-ra-lapsed-elsewhere', 'eoir-pb-lapsed-elsewhere']],
          ['org-pending', ['eoir-ra-pending']],
          ['org-later', ['eoir-ra-later']],
        ],
      ),
    );
    const org = (id: string) => result.organizations.find((o) => o.id === id);
    expect(org('org-lapsed'), 'only on the roster: left out').to.equal(undefined);
    expect(org('org-lapsed-elsewhere')!.credentials).to.deep.equal(['eoir-pro-bono']);
    expect(org('org-lapsed-elsewhere')!.recognition).to.equal(undefined);
    expect(result.services.map((s) => s.id)).not.to.include('svc-lapsed-elsewhere-doj-recognized');
    expect(org('org-pending')!.recognition).to.deep.equal({since: '2018-04-06', expires: '2025-02-22', renewalPending: true, asOf: '2026-09-19'});
    // Expires after the roster date: kept with its dates; the widget decides by today's date.
    expect(org('org-later')!.recognition?.expires).to.equal('2026-10-23');
    expect(result.summary.join('\n')).to.match(/left out, recognition expired before the roster date and only on the roster: 1: Name of org-lapsed/);
    expect(result.summary.join('\n')).to.match(/kept without the DOJ credential .*: 1: Name of org-lapsed-elsewhere/);
    expect(result.skipped.some((l) => l.startsWith('org-lapsed: left out'))).to.equal(true);
  });

  it('labels the roster as DOJ recognition, never as free help, and says nothing the roster does not', () => {
    const [service] = run(files({recognized: [roster('example')]}, [['org-example', ['eoir-ra-example']]])).services;
    expect(service!.name.en).to.equal('Immigration legal services by DOJ-accredited representatives');
    expect(service!.needs).to.deep.equal([]);
    expect(service).not.to.have.property('cost');
    expect(service).not.to.have.property('assistance');
    expect(service!.description!.en).to.contain('does not mean the help is free');
  });

  it('maps the pro bono list: some free help, not recommended, tags to needs, languages to tags, counties to FIPS', () => {
    const result = run(
      files(
        {proBono: [proBono('example', {services: ['removal defense', 'asylum', 'detained adults', 'unaccompanied minors', 'crime victims (VAWA/U/T)', 'Martian cases'], languages: ['English', 'Spanish', 'Klingon']})]},
        [['org-example', ['eoir-pb-example']]],
      ),
    );
    const [service] = result.services;
    expect(service!.name.en).to.equal('Listed by the immigration court as offering some free help');
    expect(service!.description!.en).to.contain('does not mean EOIR recommends it');
    expect(service!.description!.en).to.contain('not every case is free');
    expect(service).not.to.have.property('cost');
    expect(service!.needs).to.deep.equal(['deportation-defense', 'detention', 'asylum', 'u-t-visa', 'vawa']);
    expect(service!.populations).to.deep.equal(['detained', 'children']);
    expect(service!.assistance).to.deep.equal(['full-representation']);
    expect(service!.languages).to.deep.equal(['en', 'es']);
    expect(service!.counties).to.deep.equal(['06041', '06075']);
    expect(service!.courts).to.deep.equal(['San Francisco Immigration Court']);
    expect(service).not.to.have.property('remote');
    expect(result.organizations[0]!.credentials).to.deep.equal(['eoir-pro-bono']);
    expect(result.skipped).to.include('eoir-pb-example: service tag "Martian cases" has no term in the vocabulary; not shown');
    expect(result.skipped).to.include('eoir-pb-example: language "Klingon" has no language tag here; left out');
  });

  it('keeps a national provider without a California office as remote help, its out-of-state number not doubtful', () => {
    const result = run(
      files(
        {proBono: [proBono('national', {address: '1 Example Avenue', city: 'Chicago', state: 'IL', zip: '60604', county: null, phone: '(815) 555-0100', remote: true, serviceAreaCounties: []})]},
        [['org-national', ['eoir-pb-national']]],
      ),
    );
    expect(result.locations).to.deep.equal([]);
    expect(result.services[0]!.remote).to.deep.equal(['phone']);
    expect(result.services[0]!.verification).to.deep.equal({status: 'unverified'});
    expect(result.skipped.join('\n')).to.contain('address outside California (IL)');
  });

  it('describes a citizenship grant as naturalization help, not representation, with its years and counties, and no location', () => {
    const result = run(files({grantees: [grantee('example')]}, [['org-example', ['uscis-cigp-example']]]));
    expect(result.locations).to.deep.equal([]);
    const [service] = result.services;
    expect(service!.needs).to.deep.equal(['citizenship']);
    expect(service!.assistance).to.deep.equal(['workshop', 'application-help']);
    expect(service!.counties).to.deep.equal(['06041', '06075']);
    expect(service!.locationIds).to.deep.equal([]);
    expect(service!.description!.en).to.contain('FY2023 and FY2022');
    expect(service!.description!.en).to.contain('not legal representation');
    expect(service!.provenance).to.deep.include({sourceId: 'uscis-citizenship-grants', asOf: '2023-09-30'});
    expect(service!.provenance?.derived?.[0]).to.contain('county of the city');
    expect(result.organizations[0]!.credentials).to.deep.equal(['uscis-citizenship-grant']);
  });

  it('says which facts it derived: county from the city, coordinates from the ZIP centroid', () => {
    const [location] = run(files({recognized: [roster('example')]}, [['org-example', ['eoir-ra-example']]])).locations;
    expect(location).to.deep.include({county: '06075', geo: {lat: 37.749, lng: -122.415, precision: 'approximate'}});
    expect(location!.address).to.deep.equal({street: '100 Example Street', suite: 'Suite 2', city: 'San Francisco', state: 'CA', zip: '94110'});
    expect(location!.provenance).to.deep.equal({
      sourceId: 'eoir-ra-roster',
      asOf: '2026-09-19',
      derived: ['county from the city (not in the source)', 'coordinates: ZIP code centroid from zip-geo (GeoNames), approximate'],
    });
  });

  it('marks unreliable facts doubtful with the reason, and leaves out what is invalid', () => {
    const result = run(
      files(
        {
          recognized: [
            roster('po-box', {}, {address: 'P.O. Box 2229', city: 'Sonoma', zip: '95476', county: 'Sonoma', phone: '12345'}),
            roster('wrong-zip', {}, {city: 'Los Gatos', zip: '95035', county: 'Santa Clara', notes: ['ZIP 95035 is Milpitas, not Los Gatos (Los Gatos is 9503x); ZIP as printed upstream, verify']}),
            roster('other-county-zip', {}, {city: 'Santa Barbara', zip: '91303', county: 'Santa Barbara'}),
            roster('far-phone', {}, {phone: '(301) 555-0100'}),
          ],
          proBono: [proBono('bad-site', {website: 'javascript:alert(1)', email: 'not an email'})],
        },
        [
          ['org-po-box', ['eoir-ra-po-box']],
          ['org-wrong-zip', ['eoir-ra-wrong-zip']],
          ['org-other-county-zip', ['eoir-ra-other-county-zip']],
          ['org-far-phone', ['eoir-ra-far-phone']],
          ['org-bad-site', ['eoir-pb-bad-site']],
        ],
      ),
    );
    const loc = (org: string) => result.locations.find((l) => l.organizationId === org)!;
    expect(loc('org-po-box').verification?.status).to.equal('doubtful');
    expect(loc('org-po-box').verification?.note?.en).to.contain('mail only; call before you go');
    expect(result.services.find((s) => s.organizationId === 'org-po-box')!.verification?.note?.en).to.contain('P.O. box');
    expect(result.skipped).to.include('eoir-ra-po-box: phone "12345" is not a valid US number; left out');
    expect(result.services.find((s) => s.organizationId === 'org-po-box')).not.to.have.property('phones');

    // A ZIP of another place: the city's centre, and a warning.
    expect(loc('org-wrong-zip').geo).to.deep.equal({lat: 37.235, lng: -121.97, precision: 'approximate'});
    expect(loc('org-wrong-zip').verification?.note?.en).to.contain('(95035) is in Milpitas, not Los Gatos');
    expect(loc('org-other-county-zip').verification?.note?.en).to.contain('(91303) is in Canoga Park, not Santa Barbara');
    expect(loc('org-other-county-zip').county).to.equal('06083');

    const far = result.organizations.find((o) => o.id === 'org-far-phone')!;
    expect(far.verification?.status).to.equal('doubtful');
    expect(far.verification?.note?.en).to.contain('301-555-0100');

    const site = result.organizations.find((o) => o.id === 'org-bad-site')!;
    expect(site).not.to.have.property('website');
    expect(site).not.to.have.property('emails');
    expect(result.skipped.join('\n')).to.contain('website "javascript:alert(1)" is not a web address');
    expect(result.skipped.join('\n')).to.contain('email "not an email" is not an email address');
  });

  it('uses the street office of an organization whose other list gives a P.O. box', () => {
    const result = run(
      files(
        {recognized: [roster('example')], proBono: [proBono('example', {address: 'Post Office Box 12666', zip: '94111'})]},
        [['org-example', ['eoir-ra-example', 'eoir-pb-example']]],
      ),
    );
    expect(result.locations.map((l) => l.id)).to.deep.equal(['loc-example-1']);
    expect(result.locations[0]!.verification).to.deep.equal({status: 'unverified'});
    const service = result.services.find((s) => s.id === 'svc-example-pro-bono')!;
    expect(service.locationIds).to.deep.equal(['loc-example-1']);
    expect(service.provenance?.derived?.join(' ')).to.contain('this list gives a P.O. box');
  });

  it('produces records the dataset validator accepts, with their sources', () => {
    const result = run(
      files(
        {recognized: [roster('example')], proBono: [proBono('other')], grantees: [grantee('third')]},
        [
          ['org-example', ['eoir-ra-example']],
          ['org-other', ['eoir-pb-other']],
          ['org-third', ['uscis-cigp-third']],
        ],
      ),
    );
    const data = validDataset();
    data.meta.sources.push(...result.sources);
    const check = validateDataset(
      {...data, events: [], organizations: result.organizations, locations: result.locations, services: result.services, places: result.places, links: result.links},
      {now: new Date('2026-12-04T00:00:00Z')},
    );
    expect(check.ok).to.equal(true);
    expect(check.issues.filter((i) => i.severity === 'error')).to.deep.equal([]);
    expect(check.ok && check.skipped).to.equal(0);
    expect(result.sources.map((s) => [s.id, s.asOf])).to.deep.include.members([
      ['eoir-ra-roster', '2026-09-19'],
      ['eoir-pro-bono-list', '2026-07-01'],
      ['uscis-citizenship-grants', '2023-09-30'],
    ]);
    expect([...providerCounties(result)].sort()).to.deep.equal(['06041', '06075']);
  });
});
