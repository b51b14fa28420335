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

  it('finds a city only through the dataset addresses, and says when there are none', () => {
    const locations = finderDataset().locations as ResourceLocation[];
    const oakland = resolveCity('oakland, CA', locations);
    expect(oakland.ok && oakland.place).to.deep.equal({
      source: 'city',
      label: 'Oakland',
      county: '06001',
      point: {lat: 37.78, lng: -122.22},
    });
    expect(resolveCity('Fresno', locations)).to.deep.equal({ok: false, problem: 'unknown-place', text: 'Fresno'});
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
