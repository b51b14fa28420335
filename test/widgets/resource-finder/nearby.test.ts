import {expect} from '@open-wc/testing';
import type {Dataset, Hotline, Place as Site} from '../../../src/core/dataset/schema/index.js';
import {countyCentres, nearestHotlineCounty} from '../../../src/widgets/resource-finder/extras.js';
import {countyPlace, resolveZip, type Place} from '../../../src/widgets/resource-finder/location.js';
import {familyLinks, nearPlaces, PLACES_PER_KIND} from '../../../src/widgets/resource-finder/places.js';
import {
  buildEntries,
  facetCounts,
  impliedNeeds,
  localCount,
  search,
  FEW_LOCAL,
  NEAREST_ELSEWHERE,
} from '../../../src/widgets/resource-finder/search.js';
import {finderDataset, finderZipTable} from './fixtures.js';

const TODAY = '2026-11-24';
const entries = () => buildEntries(finderDataset() as unknown as Dataset, TODAY);
const zip = (code: string): Place => {
  const located = resolveZip(code, finderZipTable());
  if (!located.ok) throw new Error(code);
  return located.place;
};
const reaches = (place: Place, need?: Parameters<typeof localCount>[2]) =>
  search(entries(), {need}, place).map((r) => [r.entry.id, r.reach, r.miles === undefined ? undefined : Math.round(r.miles)]);

describe('resource finder: nearest help where local help is short', () => {
  it('lists the nearest help elsewhere, by distance, after local help and before statewide and remote help', () => {
    // Redding (Shasta County): nothing local; the 5 nearest listings with an address, then statewide, then remote.
    const redding = zip('96001');
    expect(localCount(entries(), redding)).to.equal(0);
    expect(reaches(redding)).to.deep.equal([
      ['svc-example-oakland-workers', 'nearest', 194],
      ['svc-example-daca', 'nearest', 196],
      ['org-example-pending-la', 'nearest', 502],
      ['svc-example-la-asylum', 'nearest', 505],
      ['svc-example-roster-la', 'nearest', 525],
      ['svc-example-defense', 'statewide', 196],
      ['svc-example-remote-asylum', 'remote', undefined],
    ]);
    expect(NEAREST_ELSEWHERE).to.equal(5);
  });

  it(`joins local help with fewer than ${FEW_LOCAL} local results for the need, not with ${FEW_LOCAL} or more`, () => {
    const sf = zip('94110');
    // San Francisco: DACA, defense (office nearby) and Oakland (10 mi): three local, nothing else joins.
    expect(localCount(entries(), sf)).to.equal(3);
    expect(reaches(sf).map((r) => r[1])).to.deep.equal(['local', 'local', 'local', 'remote']);
    // For asylum nothing is local: the nearest asylum help joins (two state no needs but are DOJ-recognized).
    expect(localCount(entries(), sf, 'asylum')).to.equal(0);
    expect(reaches(sf, 'asylum')).to.deep.equal([
      // The one that states asylum first, then by distance.
      ['svc-example-la-asylum', 'nearest', 346],
      ['org-example-pending-la', 'nearest', 345],
      ['svc-example-roster-la', 'nearest', 363],
      ['svc-example-remote-asylum', 'remote', undefined],
    ]);
  });

  it('measures from the county centre for a county searched, and shows no nearest help without one', () => {
    const shasta = countyPlace('06089');
    expect(search(entries(), {}, shasta).map((r) => r.reach)).to.deep.equal(['statewide', 'remote']);
    const centred: Place = {...shasta, centre: {lat: 40.59, lng: -122.39}};
    const results = search(entries(), {}, centred);
    expect(results.filter((r) => r.reach === 'nearest')).to.have.length(5);
    expect(Math.round(results[0]!.miles!)).to.equal(194);
    // Local help of a county is never ranked from its centre: Los Angeles keeps no distances.
    const la = {...countyPlace('06037'), centre: {lat: 34, lng: -118.2}};
    expect(search(entries(), {}, la).every((r) => r.miles === undefined)).to.equal(true);
  });

  it('counts the nearest help in the live filter counts, like the list shows it', () => {
    const counts = facetCounts(entries(), {}, zip('96001'));
    // DACA, Oakland, defense and remote help are free; the LA asylum service is low-cost.
    expect(Object.fromEntries(counts.facets.cost)).to.deep.equal({free: 4, 'low-cost': 1});
    expect(facetCounts(entries(), {facets: {cost: ['low-cost']}}, zip('96001')).facets.cost.get('free')).to.equal(4);
  });

  it('finds a listing that states no needs by the legal needs its lists imply', () => {
    expect(impliedNeeds(['doj-recognized'])).to.include('deportation-defense');
    expect(impliedNeeds(['doj-recognized'])).to.not.include('food');
    expect(impliedNeeds(['uscis-citizenship-grant'])).to.deep.equal(['citizenship']);
    expect(impliedNeeds([])).to.deep.equal([]);
    const ids = (need: 'food' | 'citizenship') =>
      search(entries(), {need}, countyPlace('06037')).map((r) => r.entry.id);
    expect(ids('food')).to.deep.equal([]);
    expect(ids('citizenship')).to.deep.equal(['org-example-pending-la', 'svc-example-roster-la']);
  });
});

describe('resource finder: county centres and the nearest hotline', () => {
  it('centres each county on the mean of its ZIP centroids', () => {
    const centres = countyCentres(finderZipTable());
    expect(centres.get('06089')).to.deep.equal({lat: 40.59, lng: -122.39});
    const la = centres.get('06037')!;
    expect(la.lat).to.be.closeTo((34.061 + 33.907) / 2, 1e-9);
    expect(centres.has('06003')).to.equal(false);
  });

  it('names the nearest county that has a rapid-response hotline', () => {
    const hotlines = finderDataset().hotlines as Hotline[];
    const centres = countyCentres(finderZipTable());
    expect(nearestHotlineCounty(hotlines, {lat: 40.59, lng: -122.39}, centres)).to.equal('06075');
    expect(nearestHotlineCounty(hotlines, {lat: 33.9, lng: -117.9}, centres)).to.equal('06037');
    // Only county rapid-response lines count; none at all gives none.
    expect(nearestHotlineCounty(hotlines.filter((h) => h.scope !== 'local'), {lat: 40.59, lng: -122.39}, centres)).to.equal(undefined);
  });
});

describe('resource finder: courts and detention facilities', () => {
  const sites = () => finderDataset().places as Site[];
  const names = (groups: ReturnType<typeof nearPlaces>) => groups.map((g) => [g.kind, g.near.map((n) => n.site.id)]);

  it('lists the nearest of each kind by distance when the place has a point', () => {
    const groups = nearPlaces(sites(), {origin: {lat: 34.061, lng: -118.239}, county: '06037'}, ['detention-facility', 'immigration-court']);
    expect(names(groups)).to.deep.equal([
      ['detention-facility', ['place-example-facility']],
      ['immigration-court', ['place-example-la-court', 'place-example-court']],
    ]);
    expect(groups[1]!.near[0]!.miles).to.be.below(1);
    expect(PLACES_PER_KIND).to.equal(3);
  });

  it('lists those in the county without a point, and all by name with no place at all', () => {
    expect(names(nearPlaces(sites(), {county: '06075'}, ['immigration-court']))).to.deep.equal([['immigration-court', ['place-example-court']]]);
    expect(names(nearPlaces(sites(), {}, ['immigration-court']))).to.deep.equal([
      ['immigration-court', ['place-example-court', 'place-example-la-court']],
    ]);
    // A county with no court: all of them rather than none.
    expect(nearPlaces(sites(), {county: '06089'}, ['immigration-court'])[0]!.near).to.have.length(2);
  });

  it('gives the detainee locator and case-status links, for the county when they name counties', () => {
    const links = finderDataset().links as Dataset['links'];
    expect(familyLinks(links, undefined).map((l) => l.id)).to.deep.equal(['link-example-locator', 'link-example-case-status']);
    const local = {...links[0]!, id: 'link-la-only', counties: ['06037']};
    expect(familyLinks([local], '06075')).to.deep.equal([]);
    expect(familyLinks([local], '06037')).to.have.length(1);
    expect(familyLinks([{...local, kind: 'legal-directory', counties: []}], '06037')).to.deep.equal([]);
  });
});
