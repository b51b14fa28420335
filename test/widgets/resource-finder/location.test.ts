import {expect} from '@open-wc/testing';
import type {ResourceLocation} from '../../../src/core/dataset/schema/index.js';
import {
  countyFromText,
  countyPlace,
  distanceMiles,
  isCaliforniaZip,
  parseLocation,
  resolveZip,
} from '../../../src/widgets/resource-finder/location.js';
import {nearestZip, resolveCity} from '../../../src/widgets/resource-finder/extras.js';
import {finderDataset, finderZipTable} from './fixtures.js';
import {validZipGeoTable} from '../../fixtures/dataset.js';

describe('resource finder: location', () => {
  it('classifies ZIP codes, ZIP+4, county names and FIPS codes', () => {
    expect(parseLocation(' 94110 ')).to.deep.equal({kind: 'zip', zip: '94110'});
    expect(parseLocation('94110-1234')).to.deep.equal({kind: 'zip', zip: '94110'});
    expect(parseLocation('06037')).to.deep.equal({kind: 'county', county: '06037'});
    expect(parseLocation('los angeles county')).to.deep.equal({kind: 'county', county: '06037'});
    expect(parseLocation('Condado de San Francisco')).to.deep.equal({kind: 'county', county: '06075'});
    expect(parseLocation('SAN  MATEO')).to.deep.equal({kind: 'county', county: '06081'});
    expect(parseLocation('Oakland')).to.deep.equal({kind: 'text', text: 'Oakland'});
    expect(parseLocation('   ')).to.deep.equal({kind: 'empty'});
    expect(parseLocation('9411')).to.deep.equal({kind: 'text', text: '9411'});
  });

  it('reads county names without accents or case', () => {
    expect(countyFromText('SAN JOAQUÍN')).to.equal('06077');
    expect(countyFromText('Nowhere')).to.equal(undefined);
  });

  it('resolves a ZIP to its county and centroid', () => {
    const located = resolveZip('94110', finderZipTable());
    expect(located).to.deep.equal({
      ok: true,
      place: {source: 'zip', label: '94110', zip: '94110', county: '06075', point: {lat: 37.75, lng: -122.41}},
    });
  });

  it('tells a non-California ZIP from an unknown California one, and a missing table', () => {
    expect(isCaliforniaZip('90001')).to.equal(true);
    expect(isCaliforniaZip('96162')).to.equal(true);
    expect(isCaliforniaZip('89501')).to.equal(false);
    expect(isCaliforniaZip('10001')).to.equal(false);
    expect(resolveZip('89501', finderZipTable())).to.deep.equal({ok: false, problem: 'outside-ca', text: '89501'});
    expect(resolveZip('95999', finderZipTable())).to.deep.equal({ok: false, problem: 'unknown-zip', text: '95999'});
    expect(resolveZip('94110', undefined)).to.deep.equal({ok: false, problem: 'no-zip-table', text: '94110'});
    // Outside California is known without the table.
    expect(resolveZip('10001', undefined)).to.deep.equal({ok: false, problem: 'outside-ca', text: '10001'});
  });

  it('finds a city through the ZIP table place names: the centre of its ZIPs, accents and case ignored', () => {
    const locations = finderDataset().locations as ResourceLocation[];
    const table = finderZipTable();
    const expected = {source: 'city', label: 'San Jose', county: '06085', point: {lat: 37.35, lng: -121.86}};
    for (const typed of ['San José', 'san jose', 'SAN JOSE, CA', 'san-josé california']) {
      const located = resolveCity(typed, locations, table);
      expect(located.ok, typed).to.equal(true);
      if (!located.ok) continue;
      expect(located.place.source).to.equal('city');
      expect(located.place.label).to.equal(expected.label);
      expect(located.place.county).to.equal(expected.county);
      expect(located.place.point!.lat).to.be.closeTo(37.35, 1e-9);
      expect(located.place.point!.lng).to.be.closeTo(-121.86, 1e-9);
    }
    // The table comes first, even without any dataset addresses.
    expect(resolveCity('norwalk', [], table)).to.deep.equal({
      ok: true,
      place: {source: 'city', label: 'Norwalk', county: '06037', point: {lat: 33.907, lng: -118.082}},
    });
  });

  it('takes a name whose ZIPs cross a county line in the county with most of them, centred there', () => {
    const located = resolveCity('Palo Alto', [], finderZipTable());
    expect(located.ok).to.equal(true);
    if (!located.ok) return;
    expect(located.place.county).to.equal('06085');
    expect(located.place.point!.lat).to.be.closeTo(37.42, 1e-9); // 94301 and 94304 only, not 94025
    expect(located.place.point!.lng).to.be.closeTo(-122.155, 1e-9);
  });

  it('falls back to the dataset addresses, and says when neither can find cities', () => {
    const locations = finderDataset().locations as ResourceLocation[];
    // Oakland has no place name in the table: found through the addresses.
    const oakland = resolveCity('oakland, CA', locations, finderZipTable());
    expect(oakland.ok && oakland.place).to.deep.equal({
      source: 'city',
      label: 'Oakland',
      county: '06001',
      point: {lat: 37.78, lng: -122.22},
    });
    expect(resolveCity('oakland', locations).ok).to.equal(true);
    expect(resolveCity('Fresno', locations, finderZipTable())).to.deep.equal({ok: false, problem: 'unknown-place', text: 'Fresno'});
    // A table with names but no match, and no addresses: unknown, not "cannot search by city".
    expect(resolveCity('Fresno', [], finderZipTable())).to.deep.equal({ok: false, problem: 'unknown-place', text: 'Fresno'});
    // No names (an older table, or none) and no addresses.
    expect(resolveCity('Oakland', [], validZipGeoTable())).to.deep.equal({ok: false, problem: 'no-city-data', text: 'Oakland'});
    expect(resolveCity('Oakland', [])).to.deep.equal({ok: false, problem: 'no-city-data', text: 'Oakland'});
  });

  it('makes a county place without a centre', () => {
    expect(countyPlace('06037')).to.deep.equal({source: 'county', label: 'Los Angeles', county: '06037'});
  });

  it('measures great-circle distances in miles (haversine)', () => {
    const sf = {lat: 37.7749, lng: -122.4194};
    const la = {lat: 34.0522, lng: -118.2437};
    expect(distanceMiles(sf, la)).to.be.closeTo(347.4, 1);
    expect(distanceMiles(sf, sf)).to.equal(0);
    // One degree of latitude is about 69 miles.
    expect(distanceMiles({lat: 0, lng: 0}, {lat: 1, lng: 0})).to.be.closeTo(69.1, 0.2);
  });

  it('turns a position into its nearest ZIP centroid, or nothing far from California', () => {
    const near = nearestZip({lat: 37.76, lng: -122.42}, finderZipTable());
    expect(near).to.deep.equal({source: 'position', label: '94110', zip: '94110', county: '06075', point: {lat: 37.75, lng: -122.41}});
    expect(nearestZip({lat: 40.71, lng: -74.0}, finderZipTable())).to.equal(undefined);
    expect(nearestZip({lat: 37.76, lng: -122.42}, {...finderZipTable(), zips: {}})).to.equal(undefined);
  });
});
