import {expect} from '@open-wc/testing';
import type {Dataset} from '../../src/core/dataset/schema/index.js';
import {validateDataset} from '../../src/core/dataset/validate.js';
import {datasetToHsds, hsdsJson, hsdsPackage, importFiles} from '../../src/import/index.js';
import {fixture, NOW, zipTable} from './helpers.js';

/** The fields Amparo and HSDS 3.0 both have (docs/hsds.md); provenance, intake status, verification and translations are not among them. */
function shared(d: Dataset) {
  return {
    organizations: d.organizations.map(({id, name, description, website, emails, phones, credentials}) => ({
      id, name: name.en, description: description?.en, website, email: emails?.[0], phones, credentials,
    })),
    locations: d.locations.map(({id, organizationId, name, address, county, geo, hours, accessibility, transit}) => ({
      id, organizationId, name: name?.en, address, county, geo, weekly: hours?.weekly, open247: hours?.open247,
      hoursNote: hours?.note?.en, accessibility: accessibility?.en, transit: transit?.en,
    })),
    services: d.services.map((s) => ({
      id: s.id, organizationId: s.organizationId, name: s.name.en, description: s.description?.en, needs: s.needs,
      assistance: s.assistance, populations: s.populations, cost: s.cost && {...s.cost, note: s.cost.note?.en},
      eligibility: s.eligibility?.en, languages: s.languages, interpretation: s.interpretation, counties: s.counties,
      statewide: s.statewide, locationIds: s.locationIds, phones: s.phones, url: s.url, howTo: s.intake?.howTo?.en,
      asOf: s.provenance?.asOf,
    })),
  };
}

/** A dataset using every shared field, written by hand (fictional). */
const RICH = {
  meta: {id: 'rich', schemaVersion: '1.1.0', generatedAt: '2026-12-01T00:00:00Z', jurisdiction: 'US-CA', locales: ['en'], licence: 'CC0-1.0', sources: []},
  organizations: [
    {
      id: 'org-a',
      name: {en: 'Example Legal Aid'},
      description: {en: 'Free help.'},
      website: 'https://a.example.org',
      emails: ['info@a.example.org'],
      phones: [
        {number: '(559) 555-0100 x12', label: {en: 'Main line'}, languages: ['es']},
        {number: '(559) 555-0101', kind: 'sms'},
        {number: '(559) 555-0102', kind: 'voice-sms'},
      ],
      credentials: ['doj-recognized'],
      provenance: {name: 'x', asOf: '2026-11-01'},
    },
  ],
  locations: [
    {
      id: 'loc-a',
      organizationId: 'org-a',
      name: {en: 'Main office'},
      address: {street: '1 Example St', suite: 'Suite 2', city: 'Fresno', state: 'CA', zip: '93721'},
      county: '06019',
      geo: {lat: 36.738, lng: -119.784, precision: 'approximate'},
      hours: {weekly: [{days: ['mo', 'we'], opens: '09:00', closes: '17:00'}, {days: ['sa'], opens: '10:00', closes: '13:30'}], note: {en: 'Closed on holidays'}},
      accessibility: {en: 'Step-free entrance'},
      transit: {en: 'Bus 22'},
      provenance: {name: 'x', asOf: '2026-11-01'},
    },
    {
      id: 'loc-b',
      organizationId: 'org-a',
      address: {street: '9 Sample Rd', city: 'Madera', state: 'CA', zip: '93637'},
      geo: {lat: 36.96, lng: -120.06},
      hours: {open247: true},
      provenance: {name: 'x', asOf: '2026-11-01'},
    },
  ],
  services: [
    {
      id: 'svc-a',
      organizationId: 'org-a',
      name: {en: 'DACA and citizenship'},
      description: {en: 'Renewals and N-400.'},
      needs: ['daca', 'citizenship'],
      assistance: ['application-help'],
      populations: ['students'],
      cost: {type: 'sliding-scale', amount: 50, currency: 'USD', note: {en: 'Based on income'}},
      eligibility: {en: 'California residents'},
      languages: ['es', 'mix'],
      interpretation: true,
      counties: ['06019', '06039'],
      locationIds: ['loc-a', 'loc-b'],
      phones: [{number: '(559) 555-0103'}],
      url: 'https://a.example.org/daca',
      intake: {status: 'unknown', howTo: {en: 'Call first.'}},
      provenance: {name: 'x', asOf: '2026-11-01'},
    },
    {id: 'svc-b', organizationId: 'org-a', name: {en: 'Hotline'}, needs: [], statewide: true, cost: {type: 'free'}, provenance: {name: 'x', asOf: '2026-11-02'}},
  ],
};

const dataset = (json: unknown) => {
  const r = validateDataset(json, {now: NOW});
  if (!r.ok) throw new Error(r.failure);
  expect(r.issues.filter((i) => i.severity === 'error')).to.deep.equal([]);
  return r.dataset;
};

async function roundTrip(source: Dataset, form: 'csv' | 'json') {
  const tables = datasetToHsds(source);
  const files =
    form === 'csv'
      ? Object.entries(hsdsPackage(tables, 'pkg')).filter(([n]) => n.endsWith('.csv')).map(([name, text]) => ({name: `pkg/${name}`, text}))
      : [{name: 'hsds.json', text: JSON.stringify(hsdsJson(tables))}];
  // No ZIP table: nothing is derived on the way back, so what comes back is what was written.
  const back = await importFiles(files, {now: NOW});
  expect(back.problems.filter((p) => p.severity !== 'note')).to.deep.equal([]);
  return dataset(back.dataset);
}

describe('HSDS 3.0', () => {
  it('round-trips every shared field through the CSV package and the JSON form', async () => {
    const source = dataset(RICH);
    for (const form of ['csv', 'json'] as const) {
      expect(shared(await roundTrip(source, form)), form).to.deep.equal(shared(source));
    }
  });

  it('round-trips an imported spreadsheet: import → export → import gives the same shared fields', async () => {
    const first = await importFiles([{name: 'partners.csv', text: await fixture('partners.csv')}], {now: NOW, zipTable: await zipTable()});
    const source = dataset(first.dataset);
    expect(shared(await roundTrip(source, 'csv'))).to.deep.equal(shared(source));
  });

  it('reads a publisher’s HSDS JSON: nested objects, another taxonomy, inactive services left out', async () => {
    const hsds = [
      {
        id: 'svc-1',
        name: 'Immigration Legal Services',
        status: 'active',
        description: '<p>Help with <b>asylum</b> cases.</p>',
        fees_description: 'No cost',
        organization: {id: 'org-1', name: 'Example Org', description: 'Example', website: 'javascript:alert(1)'},
        languages: [{id: 'l1', name: 'Spanish'}],
        attributes: [{id: 'a1', taxonomy_term: {id: 't1', name: 'Citizenship & Naturalization', taxonomy: 'AIRS'}}],
        service_at_locations: [
          {
            id: 'sal-1',
            location: {
              id: 'loc-1',
              location_type: 'physical',
              addresses: [{id: 'ad1', address_1: '1 Example St', city: 'Fresno', state_province: 'CA', postal_code: '93721', country: 'US', address_type: 'physical'}],
              schedules: [{id: 's1', freq: 'WEEKLY', byday: 'TU,TH', opens_at: '10:00:00', closes_at: '14:00:00'}],
            },
          },
        ],
      },
      {id: 'svc-2', name: 'Old program', status: 'defunct', organization: {id: 'org-1', name: 'Example Org', description: 'Example'}},
    ];
    const r = await importFiles([{name: 'feed.json', text: JSON.stringify({contents: hsds})}], {now: NOW, zipTable: await zipTable()});
    const d = dataset(r.dataset);
    expect(d.services.map((s) => s.id)).to.deep.equal(['svc-1']);
    expect(d.services[0]).to.deep.include({needs: ['citizenship'], languages: ['es'], cost: {type: 'free', note: {en: 'No cost'}}, locationIds: ['loc-1']});
    expect(d.services[0]!.description).to.deep.equal({en: 'Help with asylum cases.'});
    expect(d.organizations[0]!.website).to.equal(undefined);
    expect(d.locations[0]).to.deep.include({county: '06019', hours: {weekly: [{days: ['tu', 'th'], opens: '10:00', closes: '14:00'}]}});
    expect(r.problems.map((p) => `${p.path}: ${p.message}`)).to.include.members([
      'contents[0].organization: website: "javascript:alert(1)" is not a web address (javascript: links are not allowed); left out',
      'contents[1]: service is defunct; left out',
    ]);
  });
});
