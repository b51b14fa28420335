/**
 * Test-local fixtures for the resource finder, built on the shared fake dataset. Everything is
 * fictional: "Example …" names, 555-01xx numbers, example.org addresses.
 */
import type {DatasetInput, ZipGeoTable} from '../../../src/core/dataset/schema/index.js';
import {validDataset, validZipGeoTable} from '../../fixtures/dataset.js';

/**
 * The shared dataset plus Los Angeles (three local listings: two DOJ-recognized organizations
 * like roster records, one current and one pending renewal) and Oakland providers, a remote-only
 * line, an LA hotline, an LA immigration court, a detention facility and a case-status line (the
 * shared dataset adds a San Francisco court and a detainee locator).
 */
export function finderDataset(): Required<DatasetInput> {
  const d = validDataset();
  d.organizations.push(
    {
      id: 'org-example-la',
      name: {en: 'Example Immigrant Justice Center', es: 'Centro Ejemplo de Justicia Inmigrante'},
      website: 'https://la.example.org/',
      phones: [{number: '(213) 555-0110'}],
      credentials: ['accredited-rep'],
      languages: ['en', 'es', 'ko'],
      cost: {type: 'low-cost'},
      intake: {status: 'closed'},
      provenance: {sourceId: 'example-survey', asOf: '2026-01-02'},
      verification: {status: 'verified', checkedAt: '2026-01-02'},
    },
    {
      id: 'org-example-oakland',
      name: {en: 'Example East Bay Workers Center'},
      phones: [{number: '+1 510 555 0111'}],
      languages: ['es', 'mam'],
      cost: {type: 'free'},
      provenance: {sourceId: 'example-survey', asOf: '2026-10-01'},
      verification: {status: 'unverified'},
    },
    {
      // Like an EOIR roster record: DOJ-recognized until mid-2027, no cost or needs stated.
      id: 'org-example-roster-la',
      name: {en: 'Example Recognized Legal Services'},
      phones: [{number: '(562) 555-0114'}],
      credentials: ['doj-recognized'],
      recognition: {since: '2021-07-01', expires: '2027-06-30', asOf: '2026-09-19'},
      provenance: {sourceId: 'example-survey', asOf: '2026-09-19'},
    },
    {
      // Recognition ended 2026-10-31, renewal pending on the roster of 2026-09-19; no service listed.
      id: 'org-example-pending-la',
      name: {en: 'Example Pending Renewal Center'},
      phones: [{number: '(626) 555-0115'}],
      credentials: ['doj-recognized', 'accredited-rep'],
      recognition: {since: '2016-10-31', expires: '2026-10-31', renewalPending: true, asOf: '2026-09-19'},
      provenance: {sourceId: 'example-survey', asOf: '2026-09-19'},
    },
    {
      id: 'org-example-phone',
      name: {en: 'Example Remote Asylum Clinic'},
      phones: [{number: '+1 800 555 0112'}],
      credentials: ['attorney-on-staff'],
      languages: ['en', 'es', 'fr'],
      cost: {type: 'free'},
    },
  );
  d.locations.push(
    {
      id: 'loc-example-la',
      organizationId: 'org-example-la',
      address: {street: '200 Example Ave', city: 'Los Angeles', state: 'CA', zip: '90012'},
      county: '06037',
      geo: {lat: 34.06, lng: -118.24},
      hours: {weekly: [{days: ['mo', 'tu', 'we', 'th', 'fr'], opens: '08:00', closes: '17:00'}]},
    },
    {
      id: 'loc-example-roster-la',
      organizationId: 'org-example-roster-la',
      address: {street: '400 Example Way', city: 'Long Beach', state: 'CA', zip: '90802'},
      county: '06037',
      geo: {lat: 33.77, lng: -118.19},
    },
    {
      id: 'loc-example-pending-la',
      organizationId: 'org-example-pending-la',
      address: {street: '500 Example Rd', city: 'Pasadena', state: 'CA', zip: '91101'},
      county: '06037',
      geo: {lat: 34.15, lng: -118.14},
    },
    {
      id: 'loc-example-oakland',
      organizationId: 'org-example-oakland',
      address: {street: '300 Example Blvd', city: 'Oakland', state: 'CA', zip: '94601'},
      county: '06001',
      geo: {lat: 37.78, lng: -122.22},
    },
  );
  d.services.push(
    {
      id: 'svc-example-la-asylum',
      organizationId: 'org-example-la',
      name: {en: 'Asylum applications', es: 'Solicitudes de asilo'},
      needs: ['asylum', 'deportation-defense'],
      assistance: ['full-representation', 'consultation'],
      counties: ['06037'],
      locationIds: ['loc-example-la'],
      populations: ['children'],
    },
    {
      id: 'svc-example-oakland-workers',
      organizationId: 'org-example-oakland',
      name: {en: "Workers' rights clinic", es: 'Clínica de derechos laborales'},
      needs: ['workers-rights'],
      assistance: ['consultation', 'workshop'],
      populations: ['farmworkers', 'indigenous-language'],
      counties: ['06001'],
      locationIds: ['loc-example-oakland'],
      intake: {status: 'open'},
    },
    {
      id: 'svc-example-roster-la',
      organizationId: 'org-example-roster-la',
      name: {en: 'Immigration legal services'},
      needs: [],
      locationIds: ['loc-example-roster-la'],
    },
    {
      id: 'svc-example-remote-asylum',
      organizationId: 'org-example-phone',
      name: {en: 'Asylum advice by phone'},
      needs: ['asylum'],
      assistance: ['consultation'],
      remote: ['phone', 'video'],
      intake: {status: 'open'},
      verification: {status: 'doubtful', note: {en: 'The line may have moved (fictional).'}},
    },
  );
  d.places.push(
    {
      id: 'place-example-la-court',
      kind: 'immigration-court',
      name: {en: 'Example Los Angeles Immigration Court'},
      address: {street: '600 Example Sq', city: 'Los Angeles', state: 'CA', zip: '90012'},
      county: '06037',
      geo: {lat: 34.055, lng: -118.245},
      phones: [{number: '(213) 555-0116'}],
    },
    {
      id: 'place-example-facility',
      kind: 'detention-facility',
      name: {en: 'Example Desert Processing Center'},
      address: {street: '700 Example Rd', city: 'Adelanto', state: 'CA', zip: '92301'},
      county: '06071',
      geo: {lat: 34.55, lng: -117.44},
      phones: [{number: '(760) 555-0117'}],
    },
  );
  d.links.push({
    id: 'link-example-case-status',
    kind: 'case-status',
    name: {en: 'Example case information line'},
    url: 'https://cases.example.org/',
    phones: [{number: '+1 800 555 0118'}],
  });
  d.hotlines.push({
    id: 'hotline-example-la',
    kind: 'rapid-response',
    name: {en: 'Example Los Angeles Rapid Response'},
    phones: [{number: '+1 213 555 0113'}],
    scope: 'local',
    counties: ['06037'],
    verification: {status: 'doubtful', note: {en: 'Two lists give different numbers (fictional).'}},
  });
  return d;
}

/** The shared ZIP table plus Los Angeles, San José, Palo Alto and Redding (Shasta County) ZIPs. */
export function finderZipTable(): ZipGeoTable {
  const t = validZipGeoTable();
  t.zips['90012'] = ['06037', 34.061, -118.239];
  t.zips['90650'] = ['06037', 33.907, -118.082, 'Norwalk'];
  // Place names (4th element), as the default table has them: two San José ZIPs, and a name whose
  // ZIPs cross a county line (two in Santa Clara, one in San Mateo).
  t.zips['95112'] = ['06085', 37.35, -121.88, 'San Jose'];
  t.zips['95116'] = ['06085', 37.35, -121.84, 'San Jose'];
  t.zips['94301'] = ['06085', 37.44, -122.15, 'Palo Alto'];
  t.zips['94304'] = ['06085', 37.4, -122.16, 'Palo Alto'];
  t.zips['94025'] = ['06081', 37.45, -122.18, 'Palo Alto'];
  // A county with no provider and no hotline (like Shasta): its one ZIP is its centre.
  t.zips['96001'] = ['06089', 40.59, -122.39, 'Redding'];
  return t;
}
