import {expect} from '@open-wc/testing';
import {importLinks, importPlaces} from '../../../scripts/data/places.js';
import type {UpstreamRecord} from '../../../scripts/data/provider-common.js';

const ZIPS = {'94104': ['06075', 37.791, -122.402, 'San Francisco'], '92301': ['06071', 34.584, -117.424, 'Adelanto']} as const;

function court(id: string, extra: Partial<UpstreamRecord> = {}): UpstreamRecord {
  return {
    id,
    name: 'Example Immigration Court',
    kind: 'immigration-court',
    address: '100 Example Plaza, Suite 800',
    city: 'San Francisco',
    state: 'CA',
    zip: '94104',
    county: 'San Francisco',
    countyDerivation: 'derived from city by the compiler (not in source)',
    phone: '415-555-0109',
    email: null,
    website: 'https://court.example.org/',
    languages: [],
    services: [],
    notes: ['a court, not a source of legal help; case status line for all courts: 1-800-898-7180'],
    source: {url: 'https://court.example.org/', repo: null, path: null, commit: null, retrieved: '2026-12-04', confidence: 'primary (stored copy)'},
    asOf: 'unknown (stored web copy; the page carries no data date)',
    ...extra,
  };
}

describe('place and link import', () => {
  it('keeps courts and detention facilities as places, never help, dated by retrieval when the page has no date', () => {
    const skipped: string[] = [];
    const {records, sources} = importPlaces(
      [
        court('c1'),
        court('c2', {
          name: 'Example Annex Immigration Court (name as given by the secondary source is unclear)',
          zip: null,
          notes: ['only one secondary source; confirm the court name and ZIP'],
          source: {url: 'https://third-party.example.org/court', repo: null, path: null, commit: null, retrieved: '2026-12-04', confidence: 'secondary (third-party page)'},
        }),
      ],
      [
        court('ice-1', {name: 'Example Processing Center', kind: 'detention-facility', address: '1 Example Road', city: 'Adelanto', zip: '92301', county: 'San Bernardino', phone: null, website: null, notes: [], asOf: '2025-09-11', source: {url: 'https://ice.example.org/', repo: 'example/ice', path: 'f.json', commit: 'abc', retrieved: '2026-12-04'}}),
      ],
      ZIPS,
      skipped,
    );
    expect(sources.map((s) => [s.id, s.asOf])).to.deep.equal([
      ['eoir-immigration-courts', '2026-12-04'],
      ['ice-detention-fy25', '2025-09-11'],
    ]);
    const [primary, secondary, facility] = records;
    expect(primary).to.deep.include({id: 'court-example', kind: 'immigration-court', county: '06075'});
    expect(primary!.note!.en).to.contain('It does not give legal help');
    expect(primary!.verification).to.deep.equal({status: 'unverified'});
    expect(primary!.provenance?.derived).to.include('coordinates: ZIP code centroid from zip-geo (GeoNames), approximate');

    expect(secondary!.name.en).to.equal('Example Annex Immigration Court');
    expect(secondary).not.to.have.property('address');
    expect(secondary!.county).to.equal('06075');
    expect(secondary!.verification?.status).to.equal('doubtful');
    expect(secondary!.note!.en).to.contain('third-party page');
    expect(secondary!.provenance?.url).to.equal('https://third-party.example.org/court');

    expect(facility).to.deep.include({id: 'detention-example-processing-center', kind: 'detention-facility', county: '06071'});
    expect(facility).not.to.have.property('phones');
    expect(facility!.note!.en).to.contain('not a source of legal help');
    expect(skipped.join('\n')).to.contain('c2: no address or coordinates');
  });

  it('links directories it has a description for, with the phone number the list gives, and names the others', () => {
    const skipped: string[] = [];
    const {records, source} = importLinks(
      [
        {name: 'EOIR Automated Case Information', url: 'https://acis.eoir.justice.gov/', what: 'hearing dates by A-number; phone 1-800-898-7180'},
        {name: 'Unknown directory', url: 'https://directory.example.org/', what: 'something'},
      ],
      '2026-12-04',
      skipped,
    );
    expect(records).to.have.length(1);
    expect(records[0]).to.deep.include({id: 'link-eoir-case-status', kind: 'case-status', phones: [{number: '800-898-7180'}]});
    expect(records[0]!.description?.es).to.be.a('string');
    expect(records[0]!.provenance).to.deep.equal({sourceId: source.id, asOf: '2026-12-04'});
    expect(skipped[0]).to.contain('https://directory.example.org/');
  });
});
