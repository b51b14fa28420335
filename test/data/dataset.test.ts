/**
 * Quality gate for the default dataset in data/ (served by the test server from the project root):
 * it validates, every record says where it comes from, numbers and links are usable, every seat
 * is there, every ZCTA finds its districts, and the files stay within their size budgets.
 */
import {expect} from '@open-wc/testing';
import {CA_COUNTIES} from '../../src/core/dataset/ca-counties.js';
import {
  COLLECTIONS,
  RECORD_SCHEMAS,
  type Dataset,
  type DistrictPlan,
  type ZipDistrictTable,
  type ZipGeoTable,
  type ZipTableRef,
} from '../../src/core/dataset/schema/index.js';
import {validateDataset, validateRightsStrings, validateZipTable} from '../../src/core/dataset/validate.js';
import {NAMESAKES} from '../../scripts/data/official-checks.js';
import {textSlots} from '../../src/widgets/rights-card/strings.js';

const KB = 1024;
/** gzip budgets: the main document, and all ZIP tables together. */
const MAIN_BUDGET = 100 * KB;
const TABLES_BUDGET = 60 * KB;

/**
 * Records allowed to link to an `http://` address, by record id, with the reason. Add one only
 * for a site that has no https version; a new http link anywhere else fails the test.
 */
const HTTP_ALLOWED: Record<string, string> = {
  // Hotline websites that upstream (AccessiTech/RedCards @ 80ad771) gives as http://. Kept as
  // given: nobody has checked yet whether these sites answer over https. Upgrade each one in the
  // import (scripts/data/hotlines.ts) once checked, and remove it here.
  'rr-acilep': 'http://centrolegal.org/acilep/ (upstream)',
  'rr-san-francisco': 'http://sfilen.org/ (upstream)',
  'rr-southern-central-coast': 'http://www.805immigrant.org/ (upstream)',
  'rr-inland-coalition': 'http://ic4ij.org/ (upstream)',
  'rr-san-diego': 'http://www.rapidresponsesd.org/ (upstream)',
};

/**
 * District plans that may be in force without a ZIP table, because no ZCTA crosswalk exists yet.
 * The Prop 50 congressional map (in force from 2027-01-03) is the only one: the widget must then
 * say that the new map's ZIP table is not available yet. Remove it once its table is built.
 */
const PLANS_WITHOUT_TABLE = ['ca-cd-prop50'];

/**
 * Counties with a provider office or a stated service area, at least. The reference data counts
 * 37 of 58; the build has 36 because Nevada County's only provider (Sierra Community House,
 * Truckee) is left out: its DOJ recognition ended on 2026-09-17, before the roster of 2026-09-19,
 * with no renewal pending, and it is on no other list (data/README.md, "Providers and places").
 */
const PROVIDER_COUNTIES_MIN = 36;

/** Seats per body: U.S. Senate and the four executives are statewide; the others by district. */
const SEATS = {
  'us-senate': 2,
  'us-house': 52,
  'state-senate': 40,
  'state-assembly': 80,
  governor: 1,
  'lt-governor': 1,
  'attorney-general': 1,
  'secretary-of-state': 1,
} as const;
const DISTRICTED = ['us-house', 'state-senate', 'state-assembly'] as const;

type Json = Record<string, unknown>;

async function text(path: string): Promise<string> {
  const response = await fetch(path);
  expect(response.ok, `${path}: HTTP ${response.status}`).to.equal(true);
  return response.text();
}

/** gzip size at the default level (CompressionStream); never smaller than `gzip -9`. */
async function gzipSize(body: string): Promise<number> {
  const stream = new Blob([body]).stream().pipeThrough(new CompressionStream('gzip'));
  return (await new Response(stream).arrayBuffer()).byteLength;
}

/** Days from one ISO date to another. */
const daysBetween = (from: string, to: string) => (Date.parse(to) - Date.parse(from)) / 86_400_000;

async function sha256(body: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(body));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** Every value under `value`, with its JSON-ish path and the id of the top-level record it is in. */
function* walk(value: unknown, path: string, id: string): Generator<{value: unknown; path: string; key: string; id: string}> {
  const key = path.slice(path.lastIndexOf('.') + 1).replace(/\[\d+\]$/, '');
  yield {value, path, key, id};
  if (Array.isArray(value)) {
    for (const [i, v] of value.entries()) yield* walk(v, `${path}[${i}]`, id);
  } else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) yield* walk(v, `${path}.${k}`, id);
  }
}

function* allRecords(raw: Json): Generator<{collection: string; record: Json; id: string}> {
  for (const c of COLLECTIONS) {
    for (const record of (raw[c] as Json[] | undefined) ?? []) {
      yield {collection: c, record, id: String(record.id ?? record.ocdId)};
    }
  }
}

/** A North American number: 10 digits after an optional country code 1, valid area code and exchange. */
function isUsPhone(number: string): boolean {
  const digits = number
    .replace(/\s*(x|ext\.?)\s*\d+$/, '')
    .replace(/\D/g, '')
    .replace(/^1(?=\d{10}$)/, '');
  return /^[2-9]\d{2}[2-9]\d{6}$/.test(digits);
}

describe('the default dataset (data/)', () => {
  let body: string;
  let raw: Json;
  let dataset: Dataset;
  const tableBodies = new Map<string, string>();
  const tables = new Map<string, ZipGeoTable | ZipDistrictTable>();

  before(async () => {
    body = await text('/data/amparo-ca.json');
    raw = JSON.parse(body) as Json;
    const result = validateDataset(raw);
    if (!result.ok) throw new Error(`dataset unusable: ${result.failure}`);
    dataset = result.dataset;
    for (const ref of dataset.zipTables) {
      const tableBody = await text(`/data/${ref.url}`);
      tableBodies.set(ref.id, tableBody);
      tables.set(ref.id, JSON.parse(tableBody) as ZipGeoTable | ZipDistrictTable);
    }
  });

  const planInForce = (body: string): DistrictPlan | undefined => {
    const date = dataset.meta.generatedAt.slice(0, 10);
    return dataset.districtPlans.find((p) => p.body === body && p.validFrom <= date && (!p.validTo || date < p.validTo));
  };

  it('validates with zero errors and skips no record', () => {
    const result = validateDataset(raw);
    expect(result.ok).to.equal(true);
    expect(result.issues.filter((i) => i.severity === 'error')).to.deep.equal([]);
    expect(result.ok && result.skipped).to.equal(0);
  });

  it('gives every record its source (an entry of meta.sources) and an as-of date', () => {
    const sources = new Set(dataset.meta.sources.map((s) => s.id));
    const problems: string[] = [];
    for (const {collection, record, id} of allRecords(raw)) {
      const shape = (RECORD_SCHEMAS[collection as keyof typeof RECORD_SCHEMAS] as unknown as {shape?: object}).shape ?? {};
      if ('provenance' in shape) {
        const p = record.provenance as {sourceId?: string; asOf?: string} | undefined;
        if (!p?.sourceId || !sources.has(p.sourceId)) problems.push(`${collection} ${id}: provenance.sourceId ${p?.sourceId} not in meta.sources`);
        if (!/^\d{4}-\d{2}-\d{2}$/.test(p?.asOf ?? '')) problems.push(`${collection} ${id}: no provenance.asOf`);
      } else if (collection === 'districts') {
        // Districts have no provenance field: they carry their plan's.
        if (!dataset.districtPlans.some((plan) => plan.id === record.planId)) problems.push(`district ${id}: unknown plan`);
      } else if (collection === 'rightsEditions') {
        if (!record.publishedAt || !(record.sources as unknown[] | undefined)?.length) problems.push(`rights edition ${id}: no publishedAt or sources`);
      }
    }
    for (const [id, table] of tables) {
      if (!/^\d{4}-\d{2}-\d{2}$/.test(table.asOf) || !table.source) problems.push(`ZIP table ${id}: no asOf or source`);
    }
    expect(problems).to.deep.equal([]);
  });

  it('carries the attributions its sources require', () => {
    const attribution = JSON.stringify(dataset.meta.attribution);
    expect(attribution).to.contain('AccessiT3ch, MIT License');
    expect(attribution).to.contain('GeoNames');
    expect(attribution).to.contain('CC BY 4.0');
  });

  it('lists the national lines where they fit: 988 for a mental-health crisis, EOIR case information', () => {
    const crisis = dataset.hotlines.find((h) => h.kind === 'crisis')!;
    expect(crisis.phones.map((p) => [p.number, p.kind])).to.deep.equal([['988', 'voice-sms']]);
    expect(crisis.scope).to.equal('national');
    const cases = dataset.hotlines.find((h) => h.kind === 'case-status')!;
    expect(cases.phones[0]!.number).to.equal('800-898-7180');
    for (const h of [crisis, cases]) {
      expect(h.verification?.status).to.equal('unverified');
      expect(h.provenance?.sourceId).to.equal('national-lines');
    }
  });

  it('says what changed and when, newest first, each entry with its source', () => {
    const updates = dataset.updates;
    expect(updates.length).to.be.at.least(5);
    expect(updates.map((u) => u.date)).to.deep.equal([...updates.map((u) => u.date)].sort().reverse());
    for (const u of updates) {
      expect(u.source.name, u.id).to.be.a('string');
      expect(u.title.es, `${u.id} in Spanish`).to.be.a('string');
    }
    // The changes of term and map the widgets act on are announced.
    expect(updates.map((u) => u.date)).to.include.members(['2026-12-07', '2027-01-03', '2027-01-04']);
  });

  it('has only valid US phone numbers', () => {
    const bad: string[] = [];
    let count = 0;
    for (const {record, id} of allRecords(raw)) {
      for (const {value, key, path} of walk(record, '', id)) {
        const inPhoneList = /\.phones\[\d+\]$/.test(path) || key === 'phone';
        if (!inPhoneList || !value || typeof value !== 'object') continue;
        const {number, kind} = value as {number: string; kind?: string};
        count++;
        // 988 (the Suicide & Crisis Lifeline) is dialled as it is.
        const serviceCode = number === '988' && id === 'us-988-lifeline';
        if (!(isUsPhone(number) || serviceCode || (kind === 'sms' && /^\d{5,6}$/.test(number)))) bad.push(`${id}${path}: ${number}`);
      }
    }
    expect(count).to.be.greaterThan(100);
    expect(bad).to.deep.equal([]);
  });

  it('links over https, except the listed http-only sites', () => {
    const http = new Set<string>();
    for (const {record, id} of allRecords(raw)) {
      for (const {value} of walk(record, '', id)) {
        if (typeof value === 'string' && /^http:\/\//i.test(value)) http.add(id);
      }
    }
    for (const {value} of walk(raw.meta, 'meta', 'meta')) {
      if (typeof value === 'string' && /^http:\/\//i.test(value)) http.add('meta');
    }
    expect([...http].filter((id) => !HTTP_ALLOWED[id]), 'http:// links not in HTTP_ALLOWED').to.deep.equal([]);
    expect(Object.keys(HTTP_ALLOWED).filter((id) => !http.has(id)), 'HTTP_ALLOWED entries that no longer link over http').to.deep.equal([]);
  });

  it('has every seat: 2 U.S. senators, 52 House, 40 State Senate and 80 Assembly seats, 4 executives; vacancies explicit', () => {
    for (const [body, seats] of Object.entries(SEATS)) {
      const holders = dataset.officials.filter((o) => o.body === body);
      expect(holders, body).to.have.length(seats);
    }
    expect(dataset.officials).to.have.length(Object.values(SEATS).reduce((a: number, b) => a + b, 0));
    for (const body of DISTRICTED) {
      const plan = planInForce(body);
      expect(plan, `${body} plan in force`).to.not.equal(undefined);
      const planDistricts = dataset.districts.filter((d) => d.planId === plan!.id).map((d) => d.ocdId);
      expect(planDistricts, `${body} districts`).to.have.length(SEATS[body]);
      const seatsHeld = dataset.officials.filter((o) => o.body === body).map((o) => o.districtOcdId);
      expect([...seatsHeld].sort(), `one official or vacancy per ${body} district`).to.deep.equal([...planDistricts].sort());
    }
    for (const o of dataset.officials) {
      if (!(DISTRICTED as readonly string[]).includes(o.body)) expect(o.districtOcdId, o.id).to.equal(undefined);
      if (o.status === 'vacant') expect(o.name, `${o.id} is vacant but names someone`).to.equal(undefined);
      else expect(o.name, o.id).to.be.a('string');
    }
  });

  it('keeps the known vacancies explicit: CA-14, and AD-3 (James Gallagher, now in the U.S. House)', () => {
    const ca14 = dataset.officials.find((o) => o.districtOcdId === 'ocd-division/country:us/state:ca/cd:14');
    expect(ca14?.status).to.equal('vacant');
    const ad3 = dataset.officials.find((o) => o.districtOcdId === 'ocd-division/country:us/state:ca/sldl:3');
    expect(ad3?.status).to.equal('vacant');
    expect(dataset.officials.filter((o) => o.name === 'James Gallagher').map((o) => o.body)).to.deep.equal(['us-house']);
  });

  it('gives every official a term end and an official page to find who holds the seat now', () => {
    expect(dataset.officials.filter((o) => !o.termEnd).map((o) => o.id), 'officials without termEnd').to.deep.equal([]);
    expect(dataset.officials.filter((o) => o.termStart && o.termStart >= o.termEnd!).map((o) => o.id)).to.deep.equal([]);
    const pages = new Map<string, Set<string>>();
    for (const o of dataset.officials) pages.set(o.body, (pages.get(o.body) ?? new Set()).add(o.lookupUrl ?? '(none)'));
    for (const [body, urls] of pages) {
      expect(urls.size, `${body}: one lookup page`).to.equal(1);
      expect([...urls][0], body).to.match(/^https:\/\/[^/]*\b(ca\.gov|house\.gov|senate\.gov)\//);
    }
    // Seats elected together end together: the Assembly, each half of the Senate, the executives.
    const ends = (filter: (o: (typeof dataset.officials)[number]) => boolean) => new Set(dataset.officials.filter(filter).map((o) => o.termEnd));
    const senateHalf = (parity: number) => (o: (typeof dataset.officials)[number]) =>
      o.body === 'state-senate' && Number(o.districtOcdId!.split(':').pop()) % 2 === parity;
    expect(ends((o) => o.body === 'state-assembly').size).to.equal(1);
    expect(ends(senateHalf(0)).size).to.equal(1);
    expect(ends(senateHalf(1)).size).to.equal(1);
    expect([...ends(senateHalf(0))][0]).to.not.equal([...ends(senateHalf(1))][0]);
    expect(ends((o) => ['governor', 'lt-governor', 'attorney-general', 'secretary-of-state'].includes(o.body)).size).to.equal(1);
  });

  it('shows nobody in two seats at once, no seat held twice, and no ended term as current', () => {
    const day = dataset.meta.generatedAt.slice(0, 10);
    const people = dataset.officials.filter((o) => o.status !== 'vacant');
    const overlap = (a: (typeof people)[number], b: (typeof people)[number]) =>
      (a.termStart ?? '0000') < (b.termEnd ?? '9999') && (b.termStart ?? '0000') < (a.termEnd ?? '9999');
    const name = (n: string) =>
      n.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z0-9 ]/g, ' ').split(/\s+/).filter((w) => w.length > 1).join(' ');
    const seat = (o: (typeof people)[number]) => o.districtOcdId ?? o.body;
    const namesake = (a: string, b: string) => NAMESAKES.some(({ids}) => ids.includes(a) && ids.includes(b));
    const twoSeats: string[] = [];
    const heldTwice: string[] = [];
    for (const [i, a] of people.entries()) {
      for (const b of people.slice(i + 1)) {
        if (!overlap(a, b)) continue;
        if (seat(a) !== seat(b) && name(a.name!) === name(b.name!) && !namesake(a.id, b.id)) twoSeats.push(`${a.name}: ${seat(a)} and ${seat(b)}`);
        // The U.S. Senate is one statewide "seat" with two members.
        if (seat(a) === seat(b) && a.body !== 'us-senate') heldTwice.push(`${seat(a)}: ${a.name} and ${b.name}`);
      }
    }
    expect(twoSeats, 'people in two bodies at once').to.deep.equal([]);
    expect(heldTwice, 'seats held twice').to.deep.equal([]);
    expect(people.filter((o) => o.body === 'us-senate')).to.have.length(2);
    expect(people.filter((o) => o.termEnd! <= day).map((o) => `${o.name} (${o.termEnd})`), `serving on ${day} after the term ended`).to.deep.equal([]);
  });

  it('marks every record changed by an unmerged upstream change as such', () => {
    const pendingIds = new Set(dataset.meta.sources.filter((s) => /pull request/.test(s.name)).map((s) => s.id));
    const marked = dataset.officials.filter((o) => pendingIds.has(o.provenance?.sourceId ?? ''));
    expect(marked.length).to.be.greaterThan(0);
    for (const o of marked) expect(o.provenance?.note, o.id).to.match(/^Unreviewed upstream change/);
    expect(dataset.officials.filter((o) => /Unreviewed upstream/.test(o.provenance?.note ?? '') && !pendingIds.has(o.provenance!.sourceId!))).to.deep.equal([]);
  });

  it('must be reviewed by the first day some of it is no longer true (meta.reviewBy)', () => {
    const day = dataset.meta.generatedAt.slice(0, 10);
    const dates = [...dataset.officials.map((o) => o.termEnd), ...dataset.districtPlans.map((p) => p.validTo), ...dataset.rightsEditions.map((e) => e.review.nextReviewDue)];
    const next = dates.filter((d): d is string => !!d && d >= day).sort()[0];
    expect(dataset.meta.reviewBy).to.be.a('string');
    expect(dataset.meta.reviewBy).to.equal(next);
  });

  it('references ZIP tables that validate, match their hash and size, and name existing plans', async () => {
    const districtTables = dataset.districtPlans.length - PLANS_WITHOUT_TABLE.length;
    expect(dataset.zipTables.map((t) => t.kind).sort()).to.deep.equal([...Array<string>(districtTables).fill('zip-districts'), 'zip-geo']);
    for (const ref of dataset.zipTables as ZipTableRef[]) {
      const tableBody = tableBodies.get(ref.id)!;
      const result = validateZipTable(JSON.parse(tableBody));
      expect(result.ok && result.issues, ref.id).to.deep.equal([]);
      expect(await sha256(tableBody), `${ref.id} sha256`).to.equal(ref.sha256);
      expect(new TextEncoder().encode(tableBody).length, `${ref.id} bytes`).to.equal(ref.bytes);
      const table = tables.get(ref.id)!;
      if (table.kind === 'zip-districts') {
        expect(ref.planIds).to.deep.equal([table.planId]);
        const plan = dataset.districtPlans.find((p) => p.id === table.planId);
        expect(plan, `${ref.id}: plan ${table.planId}`).to.not.equal(undefined);
        const seats = SEATS[plan!.body as (typeof DISTRICTED)[number]];
        const outOfRange = Object.entries(table.zips).filter(([, row]) =>
          row.some((c) => {
            const n = Array.isArray(c) ? c[0] : c;
            return !(n >= 1 && n <= seats);
          }),
        );
        expect(outOfRange, `${ref.id}: districts outside 1–${seats}`).to.deep.equal([]);
      }
    }
  });

  it('lists every district plan that has no ZIP table yet (the Prop 50 map), and no other', () => {
    const withTable = new Set(dataset.zipTables.flatMap((t) => t.planIds ?? []));
    const without = dataset.districtPlans.filter((p) => !withTable.has(p.id)).map((p) => p.id);
    expect(without).to.deep.equal(PLANS_WITHOUT_TABLE);
    const prop50 = dataset.districtPlans.find((p) => p.id === 'ca-cd-prop50');
    expect(prop50).to.deep.include({body: 'us-house', validFrom: '2027-01-03'});
  });

  it('gives the Prop 50 map its county → candidate districts: every county, every district', () => {
    const counties = dataset.districtPlans.find((p) => p.id === 'ca-cd-prop50')!.countyDistricts ?? {};
    expect(Object.keys(counties).sort()).to.deep.equal(Object.keys(CA_COUNTIES).sort());
    const districts = new Set(Object.values(counties).flat());
    expect([...districts].sort((a, b) => a - b)).to.deep.equal(Array.from({length: 52}, (_, i) => i + 1));
    // Exact for a county inside one district; the others list candidates.
    expect(Object.values(counties).filter((cds) => cds.length === 1).length).to.be.within(20, 40);
    expect(Object.values(counties).every((cds) => new Set(cds).size === cds.length)).to.equal(true);
  });

  it('maps every ZCTA to at least one district of each chamber, with the plans in force', () => {
    const byBody = new Map<string, ZipDistrictTable>();
    for (const table of tables.values()) {
      if (table.kind !== 'zip-districts') continue;
      const plan = dataset.districtPlans.find((p) => p.id === table.planId)!;
      if (planInForce(plan.body)?.id === plan.id) byBody.set(plan.body, table);
    }
    const expected = DISTRICTED.filter((body) => !PLANS_WITHOUT_TABLE.includes(planInForce(body)?.id ?? ''));
    expect([...byBody.keys()].sort(), 'a ZIP table for the plan in force of each chamber').to.deep.equal([...expected].sort());
    const zctas = new Set([...byBody.values()].flatMap((t) => Object.keys(t.zips)));
    expect(zctas.size).to.be.greaterThan(1700);
    const unmapped = [...zctas].flatMap((z) => [...byBody].filter(([, t]) => !t.zips[z]?.length).map(([body]) => `${z} ${body}`));
    expect(unmapped).to.deep.equal([]);
  });

  it('places every California ZCTA in a county (ZIP → county and centroid)', () => {
    const geo = [...tables.values()].find((t): t is ZipGeoTable => t.kind === 'zip-geo')!;
    const badCounty = Object.entries(geo.zips).filter(([, [county]]) => !(county in CA_COUNTIES));
    expect(badCounty).to.deep.equal([]);
    const zctas = new Set([...tables.values()].flatMap((t) => (t.kind === 'zip-districts' ? Object.keys(t.zips) : [])));
    // Only ZCTAs of neighbouring states that cross the border (89xxx Nevada, 97xxx Oregon) may lack a row.
    const missing = [...zctas].filter((z) => !geo.zips[z] && z >= '90000' && z <= '96199');
    expect(missing).to.deep.equal([]);
    // Every row names its place (city), so a typed city resolves without the dataset's addresses.
    const unnamed = Object.entries(geo.zips).filter(([, row]) => !row[3]?.trim()).map(([zip]) => zip);
    expect(unnamed).to.deep.equal([]);
    expect(Object.values(geo.zips).filter((row) => row[3] === 'San Jose').length).to.be.greaterThan(20);
  });

  it('offers the rights edition in at least 14 languages, two or more right to left, each with honest provenance', async () => {
    const edition = dataset.rightsEditions[0]!;
    expect(edition.review.status).to.equal('not-reviewed');
    const locales = edition.locales.map((l) => l.locale);
    expect(locales.length).to.be.at.least(14);
    expect(edition.locales.filter((l) => l.dir === 'rtl').length).to.be.at.least(2);
    for (const info of edition.locales) expect(['machine', 'human', 'reviewed']).to.include(info.method);
    // Every language but English and Spanish is a separate file that validates and covers every text.
    const keys = edition.locales.filter((l) => l.url);
    expect(keys.map((l) => l.locale)).to.not.include.members(['en', 'es']);
    for (const info of keys) {
      const response = await fetch(`/data/${info.url}`);
      const result = validateRightsStrings(await response.json());
      expect(result.ok, info.url).to.equal(true);
      if (result.ok) {
        expect(result.strings.locale).to.equal(info.locale);
        expect(result.strings.edition).to.equal(edition.id);
        expect(Object.keys(result.strings.strings).length, info.locale).to.equal(textSlots(edition).length);
      }
    }
  });

  it('lists at least 150 legal-help organizations, each with its source, and every office placed in a county', () => {
    expect(dataset.organizations.length).to.be.at.least(150);
    const sources = new Set(dataset.meta.sources.map((s) => s.id));
    for (const o of dataset.organizations) {
      expect(sources.has(o.provenance?.sourceId ?? ''), `${o.id} source`).to.equal(true);
      expect(o.provenance?.asOf, `${o.id} asOf`).to.match(/^\d{4}-\d{2}-\d{2}$/);
    }
    const unplaced = dataset.locations.filter((l) => !l.county || !l.geo).map((l) => l.id);
    expect(unplaced).to.deep.equal([]);
    // Coordinates come from ZIP centroids: never presented as exact.
    expect(dataset.locations.filter((l) => l.geo?.precision !== 'approximate').map((l) => l.id)).to.deep.equal([]);
  });

  it('keeps courts and detention facilities apart, as places, never as organizations', () => {
    const placeNames = new Set(dataset.places.map((p) => p.name.en.toLowerCase()));
    const asHelp = dataset.organizations.filter(
      (o) => placeNames.has(o.name.en.toLowerCase()) || /immigration court|detention (center|facility)|processing center|correctional/i.test(o.name.en),
    );
    expect(asHelp.map((o) => o.id)).to.deep.equal([]);
    expect(dataset.places.filter((p) => p.kind === 'immigration-court').length).to.be.at.least(13);
    expect(dataset.places.filter((p) => p.kind === 'detention-facility').length).to.be.at.least(7);
  });

  it('shows no organization as DOJ-recognized whose recognition had ended at its own date, without a renewal pending', () => {
    const recognized = dataset.organizations.filter((o) => o.credentials?.includes('doj-recognized'));
    expect(recognized.length).to.be.greaterThan(100);
    const problems = recognized.flatMap((o) => {
      const r = o.recognition;
      if (!r?.expires) return [`${o.id}: doj-recognized without recognition dates`];
      return r.expires < r.asOf && !r.renewalPending ? [`${o.id}: expired ${r.expires} before ${r.asOf}`] : [];
    });
    expect(problems).to.deep.equal([]);
    // Recognition dates only come with the credential.
    expect(dataset.organizations.filter((o) => o.recognition && !o.credentials?.includes('doj-recognized')).map((o) => o.id)).to.deep.equal([]);
  });

  it(`has a provider office or stated service area in at least ${PROVIDER_COUNTIES_MIN} of the 58 counties`, () => {
    const counties = new Set([...dataset.locations.flatMap((l) => l.county ?? []), ...dataset.services.flatMap((s) => s.counties ?? [])]);
    expect([...counties].filter((c) => !(c in CA_COUNTIES))).to.deep.equal([]);
    expect(counties.size).to.be.at.least(PROVIDER_COUNTIES_MIN);
  });

  describe('the law-status ledger of the rights edition', () => {
    const laws = () =>
      dataset.rightsEditions[0]!.scenarios.flatMap((s) => (s.californiaLaw ?? []).map((law, i) => ({law, key: `scenarios.${s.id}.californiaLaw.${i}`})));
    /** SB 627 (mask ban) and SB 805 (visible ID): courts blocked them for federal officers in 2026. */
    const MASK_OR_ID_LAW = /\bSB\s*(627|805)\b/;
    const MASK_OR_ID_TEXT = /\bmasks?\b|fac(e|ial) coverings?|(hide|cover)\w* (their|your) faces?|visible (ID|identification)|identification that people can see/i;

    it('gives every California law its status, as-of date and source, re-checked when the edition was published', () => {
      const edition = dataset.rightsEditions[0]!;
      expect(laws().length).to.be.at.least(8);
      const problems: string[] = [];
      for (const {law, key} of laws()) {
        if (!law.status || !law.asOf) problems.push(`${key} (${law.citation}): no status or asOf`);
        if (!law.source && !law.basis) problems.push(`${key} (${law.citation}): no source or basis`);
        if (law.asOf && law.asOf > edition.publishedAt) problems.push(`${key}: asOf ${law.asOf} after publishedAt`);
        if (law.status && law.status !== 'in-force') {
          // A blocked or contested law says what exactly, in the edition's languages, and is re-checked every 90 days.
          if (!law.statusNote?.en || !law.statusNote.es) problems.push(`${key} (${law.citation}): ${law.status} without a statusNote in en and es`);
          if (law.asOf && daysBetween(law.asOf, edition.publishedAt) > 90) problems.push(`${key}: ${law.status} status older than 90 days`);
          if (law.asOf && edition.review.nextReviewDue && daysBetween(law.asOf, edition.review.nextReviewDue) > 90) {
            problems.push(`${key}: review.nextReviewDue more than 90 days after the status was checked`);
          }
        }
      }
      expect(problems).to.deep.equal([]);
    });

    it('never says masks or visible ID are required of federal agents: SB 627 and SB 805 carry their blocked status', () => {
      const edition = dataset.rightsEditions[0]!;
      const blocked = new Set<string>();
      const problems: string[] = [];
      for (const {law, key} of laws()) {
        if (!MASK_OR_ID_LAW.test(law.citation) && !MASK_OR_ID_TEXT.test(law.text.en)) continue;
        if (law.status !== 'blocked-for-federal-officers' || !/federal/i.test(law.statusNote?.en ?? '')) {
          problems.push(`${key} (${law.citation}): status ${law.status}, must be blocked-for-federal-officers with a note`);
        } else blocked.add(key).add(`${key}.statusNote`);
      }
      // Any other text about masks or visible ID would be a bare claim without the status.
      for (const {key, texts} of textSlots(edition)) {
        if (!blocked.has(key) && MASK_OR_ID_TEXT.test(texts[0]!.en)) problems.push(`${key}: mentions masks or visible ID outside the SB 627/SB 805 items`);
      }
      expect(problems).to.deep.equal([]);
      // The edition does cite both (the card answers "can agents hide their faces?").
      expect(laws().filter(({law}) => MASK_OR_ID_LAW.test(law.citation))).to.have.length(2);
    });

    it('cites AB 495 (Family Preparedness Plan Act) in the family plan', () => {
      const prepare = dataset.rightsEditions[0]!.scenarios.find((s) => s.id === 'prepare-family')!;
      const ab495 = prepare.californiaLaw?.find((l) => /\bAB\s*495\b/.test(l.citation));
      expect(ab495?.status).to.equal('in-force');
      expect(ab495?.text.en).to.contain("Caregiver's Authorization Affidavit").and.to.contain('joint guardian').and.to.match(/lawyer/);
      expect(ab495?.text.es).to.be.a('string');
    });
  });

  it('stays within its size budgets (gzip)', async () => {
    const main = await gzipSize(body);
    let zipTables = 0;
    for (const tableBody of tableBodies.values()) zipTables += await gzipSize(tableBody);
    expect(main, `amparo-ca.json: ${main} bytes gzip`).to.be.at.most(MAIN_BUDGET);
    expect(zipTables, `ZIP tables together: ${zipTables} bytes gzip`).to.be.at.most(TABLES_BUDGET);
  });
});
