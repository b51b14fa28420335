import {engine} from '../../helpers/commands.js';
import {expect} from '@open-wc/testing';
import type {Dataset} from '../../../src/core/dataset/schema/index.js';
import {countyPlace, type Place} from '../../../src/widgets/resource-finder/location.js';
import {
  activeFilters,
  buildEntries,
  facetCounts,
  search,
  withoutFilter,
  type Entry,
  type Query,
} from '../../../src/widgets/resource-finder/search.js';
import {fallbackOptions, relaxations} from '../../../src/widgets/resource-finder/extras.js';
import {haystack} from '../../../src/widgets/resource-finder/text.js';
import {finderDataset} from './fixtures.js';

const entries = (): Entry[] => buildEntries(finderDataset() as unknown as Dataset);
const ids = (q: Query, place?: Place) => search(entries(), q, place).map((r) => r.entry.id);
const sf: Place = {source: 'zip', label: '94110', zip: '94110', county: '06075', point: {lat: 37.75, lng: -122.41}};
const la = countyPlace('06037');

describe('resource finder: search', () => {
  it('makes one entry per service, plus organizations without services, filling gaps from the organization', () => {
    const list = entries();
    expect(list.map((e) => e.id)).to.deep.equal([
      'svc-example-daca',
      'svc-example-defense',
      'svc-example-la-asylum',
      'svc-example-oakland-workers',
      'svc-example-roster-la',
      'svc-example-remote-asylum',
      'org-example-community-center',
      'org-example-pending-la',
    ]);
    const defense = list[1]!;
    expect(defense.languages).to.deep.equal(['en', 'es', 'mix']); // from the organization
    expect(defense.cost).to.equal('free');
    expect(defense.intake).to.equal('waitlist'); // the service's own intake wins
    expect(defense.locations.map((l) => l.id)).to.deep.equal(['loc-example-mission']);
    expect(list[6]!.cost).to.equal('sliding-scale');
  });

  it('ranks local help by distance, then statewide, then remote; hides help elsewhere', () => {
    const results = search(entries(), {}, sf);
    expect(results.map((r) => [r.entry.id, r.reach])).to.deep.equal([
      ['svc-example-daca', 'local'],
      ['svc-example-defense', 'local'], // statewide, but its office is nearby
      ['svc-example-oakland-workers', 'local'], // another county, within reach
      ['svc-example-remote-asylum', 'remote'],
    ]);
    expect(results[0]!.miles).to.be.closeTo(0, 0.01);
    expect(results[2]!.miles).to.be.closeTo(10.4, 0.5);
  });

  it('marks statewide and remote help for a county far from their offices', () => {
    const results = search(entries(), {}, la);
    expect(results.map((r) => [r.entry.id, r.reach])).to.deep.equal([
      ['svc-example-la-asylum', 'local'],
      ['org-example-pending-la', 'local'],
      ['svc-example-roster-la', 'local'],
      ['svc-example-defense', 'statewide'],
      ['svc-example-remote-asylum', 'remote'],
    ]);
    // A county has no centre: no distances.
    expect(results.every((r) => r.miles === undefined)).to.equal(true);
  });

  it('lists everything, statewide marked, before a place is chosen', () => {
    expect(ids({})).to.have.length(8);
    expect(search(entries(), {}, undefined).find((r) => r.entry.id === 'svc-example-defense')!.reach).to.equal('statewide');
  });

  it('filters by need', () => {
    // Listings on a legal-help list that state no needs come after those that state the need.
    expect(ids({need: 'asylum'}, la)).to.deep.equal([
      'svc-example-la-asylum',
      'org-example-pending-la',
      'svc-example-roster-la',
      'svc-example-remote-asylum',
    ]);
    expect(ids({need: 'workers-rights'}, la)).to.deep.equal([]);
  });

  it('searches free text in English and Spanish, without accents or case', () => {
    expect(ids({text: 'ASILO'})).to.deep.equal(['svc-example-la-asylum', 'svc-example-remote-asylum']);
    expect(ids({text: 'asylum'})).to.deep.equal(['svc-example-la-asylum', 'svc-example-remote-asylum']);
    expect(ids({text: 'clínica'})).to.deep.equal(['svc-example-oakland-workers', 'svc-example-remote-asylum']);
    expect(ids({text: 'Solicitudes'})).to.deep.equal(['svc-example-la-asylum']);
    expect(ids({text: 'derechos laborales'})).to.deep.equal(['svc-example-oakland-workers']);
    expect(ids({text: 'deportación'})).to.include('svc-example-defense');
  });

  it('forgives typos in names', () => {
    expect(ids({text: 'Exampel Remot'})).to.deep.equal(['svc-example-remote-asylum']);
    expect(ids({text: 'Inmigrnte'})).to.deep.equal(['svc-example-la-asylum']);
    expect(ids({text: 'qqqqqq'})).to.deep.equal([]);
  });

  it('combines filters: any value within a filter, every filter together', () => {
    expect(ids({facets: {language: ['ko']}})).to.deep.equal(['svc-example-la-asylum']);
    expect(ids({facets: {language: ['ko', 'mam']}})).to.deep.equal(['svc-example-la-asylum', 'svc-example-oakland-workers']);
    expect(ids({facets: {language: ['es'], cost: ['low-cost']}})).to.deep.equal(['svc-example-la-asylum']);
    expect(ids({facets: {cost: ['free', 'low-cost'], credential: ['attorney-on-staff']}})).to.deep.equal([
      'svc-example-daca',
      'svc-example-defense',
      'svc-example-remote-asylum',
    ]);
    expect(ids({facets: {assistance: ['workshop']}})).to.deep.equal(['svc-example-oakland-workers']);
    expect(ids({facets: {population: ['children', 'detained']}})).to.deep.equal([
      'svc-example-la-asylum',
      'svc-example-defense', // statewide, after local help
    ]);
    expect(ids({accepting: true})).to.deep.equal([
      'svc-example-daca',
      'svc-example-oakland-workers',
      'svc-example-remote-asylum',
    ]);
    expect(ids({remote: true, accepting: true, need: 'asylum'})).to.deep.equal(['svc-example-remote-asylum']);
  });

  it('matches a language filter by its primary subtag', () => {
    const d = finderDataset();
    d.services[2]!.languages = ['es-MX'];
    const list = buildEntries(d as unknown as Dataset);
    expect(search(list, {facets: {language: ['es']}}, la).map((r) => r.entry.id)).to.include('svc-example-la-asylum');
  });

  it('counts each filter value live, as if it were chosen with the other filters', () => {
    let counts = facetCounts(entries(), {}, undefined);
    expect(Object.fromEntries(counts.facets.language)).to.deep.equal({en: 4, es: 5, mix: 1, ko: 1, mam: 1, fr: 1});
    expect(Object.fromEntries(counts.facets.cost)).to.deep.equal({free: 4, 'low-cost': 1, 'sliding-scale': 1});
    expect(counts.accepting).to.equal(3);
    expect(counts.remote).to.equal(2);
    // With Spanish chosen: the language counts stay the same, the others follow.
    counts = facetCounts(entries(), {facets: {language: ['es']}}, undefined);
    expect(counts.facets.language.get('ko')).to.equal(1);
    expect(Object.fromEntries(counts.facets.cost)).to.deep.equal({free: 4, 'low-cost': 1, 'sliding-scale': 0});
    // Counts follow the place too.
    counts = facetCounts(entries(), {}, la);
    expect(Object.fromEntries(counts.facets.cost)).to.deep.equal({free: 2, 'low-cost': 1});
    expect(counts.accepting).to.equal(1);
  });

  it('lists the active filters and removes one at a time', () => {
    const q: Query = {need: 'asylum', text: ' abogado ', facets: {language: ['es', 'ko']}, remote: true};
    const active = activeFilters(q);
    expect(active).to.deep.equal([
      {kind: 'need', need: 'asylum'},
      {kind: 'text', text: 'abogado'},
      {kind: 'facet', facet: 'language', value: 'es'},
      {kind: 'facet', facet: 'language', value: 'ko'},
      {kind: 'toggle', toggle: 'remote'},
    ]);
    expect(withoutFilter(q, active[2]!).facets!.language).to.deep.equal(['ko']);
    expect(withoutFilter(q, active[0]!).need).to.equal(undefined);
    expect(withoutFilter(q, active[4]!).remote).to.equal(false);
    expect(activeFilters(withoutFilter(q, active[1]!))).to.have.length(4);
  });

  it('says which filters to drop when nothing matches', () => {
    const q: Query = {need: 'workers-rights', facets: {language: ['ko']}};
    expect(search(entries(), q, la)).to.have.length(0);
    const drops = relaxations(entries(), q, la);
    expect(drops.map((d) => [d.filter.kind, d.count])).to.deep.equal([['need', 1]]);
  });

  it('offers statewide and remote help for the need when nothing is near', () => {
    expect(fallbackOptions(entries(), 'asylum').map((r) => [r.entry.id, r.reach])).to.deep.equal([
      ['svc-example-remote-asylum', 'remote'],
    ]);
    expect(fallbackOptions(entries(), undefined).map((r) => r.entry.id)).to.deep.equal([
      'svc-example-defense',
      'svc-example-remote-asylum',
    ]);
  });

  it('filters and ranks 10,000 entries quickly', () => {
    const base = entries();
    const many = Array.from({length: 10_000}, (_, i) => ({...base[i % 5]!, id: `e${i}`}));
    const start = performance.now();
    for (let i = 0; i < 5; i++) search(many, {need: 'asylum', text: 'asil', facets: {language: ['es']}}, sf);
    // 100 ms is Chromium's budget; Firefox and WebKitGTK run this loop up to ~2.5x slower on a busy
    // 2-core CI machine (WebKit: 208 ms, 2026-12-06). Per-keystroke speed is the next test's.
    expect((performance.now() - start) / 5).to.be.below(engine === 'chromium' ? 100 : 300);
  });

  it('ranks once per place: the same place gives the same ranking, a new place a new one', () => {
    const list = entries();
    const first = search(list, {}, sf);
    // A keystroke only filters the ranked list: the result objects are the ones ranked for the place.
    expect(search(list, {text: 'daca'}, sf)[0]).to.equal(first[0]);
    const moved: Place = {...sf, county: '06001', point: {lat: 37.78, lng: -122.22}};
    expect(search(list, {}, moved)[0]!.entry.id).to.equal('svc-example-oakland-workers');
    expect(search(list, {}, sf)[0]!.entry.id).to.equal('svc-example-daca');
  });

  it('breaks ties by name in the given locale', () => {
    const d = finderDataset();
    // Two statewide services far from Los Angeles: only their names order them.
    d.services.push(
      {id: 'svc-z', organizationId: 'org-example-phone', name: {en: 'Zeta help'}, needs: ['food'], statewide: true},
      {id: 'svc-a', organizationId: 'org-example-phone', name: {en: 'Ángel help'}, needs: ['food'], statewide: true},
    );
    const list = buildEntries(d as unknown as Dataset);
    expect(search(list, {need: 'food'}, la, 'es').map((r) => r.entry.id)).to.deep.equal(['svc-a', 'svc-z']);
  });

  it('counts an entry failing two filters nowhere, and one failing one filter only for that filter', () => {
    // The LA asylum service speaks ko and is low-cost; ask for French and free.
    const counts = facetCounts(entries(), {facets: {language: ['fr'], cost: ['free']}}, la);
    // Remote asylum (fr, free) passes both: counted everywhere.
    expect(counts.facets.language.get('fr')).to.equal(1);
    // LA asylum fails language and cost: counted for neither (its values are still listed, at 0).
    expect(counts.facets.language.get('ko')).to.equal(0);
    expect(counts.facets.cost.get('low-cost')).to.equal(0);
    // Statewide defense (free, no fr) fails only the language: counted under language.
    expect(counts.facets.language.get('es')).to.equal(2);
    expect(counts.facets.cost.get('free')).to.equal(1);
  });

  it('filters and ranks 10,000 distinct entries per keystroke in a few milliseconds', () => {
    const base = entries();
    const many = Array.from({length: 10_000}, (_, i) => {
      const e = base[i % base.length]!;
      return {...e, id: `e${i}`, hay: haystack([...e.hay.words, `word${i}`], [...e.hay.nameWords, `name${i % 997}`])};
    });
    search(many, {}, sf); // index and ranking, once per dataset and place
    const times: number[] = [];
    for (const text of ['a', 'as', 'asi', 'asil', 'asilo', 'asilo n', 'asilo na', 'asilo nam', 'asilo name', 'nmae12']) {
      const q: Query = {text, facets: {language: ['es']}};
      const start = performance.now();
      search(many, q, sf);
      facetCounts(many, q, sf);
      times.push(performance.now() - start);
    }
    times.sort((a, b) => a - b);
    // The bench measures ~0.2-0.4 ms median here; the test leaves room for slow CI machines.
    expect(times[5]!).to.be.below(20);
    const hits = search(many, {text: 'asilo name12'}, sf);
    expect(hits.some((r) => r.entry.hay.nameWords.at(-1) === 'name12')).to.equal(true);
    expect(hits.every((r) => /^name\d+$/.test(r.entry.hay.nameWords.at(-1)!))).to.equal(true);
  });
});
