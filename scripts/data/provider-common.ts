/**
 * What the provider and place imports share: the upstream record shape of ../shared/sources/providers,
 * source entries built from the records' own `source` fields, readable ids, and placing an
 * address (county FIPS, ZIP-centroid coordinates from the build's zip-geo table). Pure.
 */
import {countyByName, type CountyFips} from '../../src/core/dataset/ca-counties.js';
import type {Address, Geo} from '../../src/core/dataset/schema/index.js';
import {round, zipCode} from './normalise.js';

/** Where an upstream record comes from, as the reference data records it. */
export interface UpstreamSource {
  url: string;
  repo: string | null;
  path: string | null;
  commit: string | null;
  retrieved: string;
  confidence?: string;
}

/** One record of the provider files (organisation office, court or facility). */
export interface UpstreamRecord {
  id: string;
  name: string;
  kind: string;
  office?: string | null;
  address: string | null;
  city: string | null;
  state: string | null;
  zip: string | null;
  county: string | null;
  countyDerivation?: string;
  phone: string | null;
  email: string | null;
  website: string | null;
  languages: string[];
  services: string[];
  notes: string[];
  source: UpstreamSource;
  asOf: string;
  eoir?: {recognizedDate: string; recognitionExpires: string; pendingRenewal: boolean; expiredBeforeAsOf?: boolean};
  serviceAreaCounties?: string[];
  courts?: string[];
  remote?: boolean;
  fiscalYearsAwarded?: string[];
}

/** A source entry of `meta.sources`. */
export interface Source {
  id: string;
  name: string;
  url?: string;
  licence?: string;
  version?: string;
  asOf: string;
}

/** ZIP → [county FIPS, latitude, longitude, place name], the rows of the build's zip-geo table. */
export type GeoRows = Readonly<Record<string, readonly [string, number, number, string?]>>;

/**
 * An upstream as-of value as a date: `2026-09-19` as is; a month (`2026-07`, "Updated July 2026")
 * as its first day; a federal fiscal year (`FY2024`) as its last day (September 30), by which that
 * year's grants are awarded; anything else (a stored web page with no date) as the retrieval date.
 */
export function isoAsOf(asOf: string, retrieved: string): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(asOf)) return asOf;
  if (/^\d{4}-\d{2}$/.test(asOf)) return `${asOf}-01`;
  const fy = /^FY(\d{4})$/.exec(asOf);
  if (fy) return `${fy[1]}-09-30`;
  return retrieved;
}

/** What a list's sources are called; `version` and `asOf` come from its records. */
export interface SourceBase {
  id: string;
  name: string;
  url?: string;
  licence: string;
}

/**
 * The source entries of one upstream list, and each record's source. Records usually come from
 * one upstream file; a record taken from another file (another commit or path) gets its own
 * entry, `<id>-<asOf>`, so that `version` stays true for every record. A source's `asOf` is the
 * newest date of its records; each record keeps its own date (`recordAsOf`).
 */
export function listSources(base: SourceBase, records: UpstreamRecord[]): {sources: Source[]; sourceOf: (r: UpstreamRecord) => Source} {
  const key = (r: UpstreamRecord) => (r.source.repo ? `${r.source.repo}@${r.source.commit} ${r.source.path}` : `stored web copies retrieved ${r.source.retrieved} (page dates unknown)`);
  const groups = new Map<string, UpstreamRecord[]>();
  for (const r of records) groups.set(key(r), [...(groups.get(key(r)) ?? []), r]);
  const newest = (group: UpstreamRecord[]) => group.map(recordAsOf).sort().at(-1)!;
  const ordered = [...groups.entries()].sort(([ka, a], [kb, b]) => b.length - a.length || newest(b).localeCompare(newest(a)) || ka.localeCompare(kb));
  const byKey = new Map<string, Source>();
  ordered.forEach(([version, group], i) => {
    const asOf = newest(group);
    byKey.set(version, {
      id: i ? `${base.id}-${asOf}` : base.id,
      name: i ? `${base.name}; ${group.length} record(s) from its file of ${asOf}` : base.name,
      ...(base.url ? {url: base.url} : {}),
      licence: base.licence,
      version,
      asOf,
    });
  });
  return {sources: [...byKey.values()], sourceOf: (r) => byKey.get(key(r))!};
}

/** A record's own as-of date. */
export const recordAsOf = (r: UpstreamRecord) => isoAsOf(r.asOf, r.source.retrieved);

/** `Casa Cornelia Law Center` → `casa-cornelia-law-center` (ASCII letters and digits). */
export function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** Ids are at most 100 characters: `prefix-slug-suffix`, the slug cut at a hyphen to fit (90 leaves room for `-2`). */
export function boundedId(prefix: string, name: string, suffix = ''): string {
  const room = 90 - prefix.length - (suffix ? suffix.length + 1 : 0);
  let cut = name;
  while (cut.length > room && cut.includes('-')) cut = cut.slice(0, cut.lastIndexOf('-'));
  return [prefix, cut.slice(0, room), suffix].filter(Boolean).join('-');
}

/** The first id of `base`, `base-2`, `base-3` … not in `taken`; adds it to `taken`. */
export function uniqueId(base: string, taken: Set<string>): string {
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}

const PO_BOX_RE = /^(P\.?\s*O\.?\s*Box|Post Office Box)\b/i;

/** Whether an address line is a post-office box (mail only, not a place to go). */
export const isPoBox = (line: string) => PO_BOX_RE.test(line.trim());

/**
 * A street line as the lists write it, split at its first comma: `634 S. Spring Street, 10th floor`
 * → street and suite; a trailing parenthetical (`… (Otay Mesa Detention Center)`) is returned apart.
 */
export function splitStreet(line: string): {street: string; suite?: string; aside?: string} {
  const aside = /\s*\(([^()]+)\)\s*$/.exec(line);
  const text = aside ? line.slice(0, aside.index) : line;
  const comma = text.indexOf(',');
  const street = (comma < 0 ? text : text.slice(0, comma)).trim();
  const suite = comma < 0 ? '' : text.slice(comma + 1).trim();
  return {street, ...(suite ? {suite} : {}), ...(aside ? {aside: aside[1]!.trim()} : {})};
}

const WORDS: Record<string, string> = {west: 'w', east: 'e', north: 'n', south: 's', boulevard: 'blvd', street: 'st', avenue: 'ave', road: 'rd', drive: 'dr'};

/** An address reduced for comparison: `1605 West Olympic Blvd., Suite 516` = `1605 W. Olympic Blvd, Suite 516`. */
export function addressKey(a: Address): string {
  const words = `${a.street} ${a.suite ?? ''}`.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim().split(' ');
  return `${words.map((w) => WORDS[w] ?? w).join(' ')} ${a.zip}`;
}

/** City names compared loosely: case, accents, spaces and "St." = "Saint". */
export const cityKey = (city: string) =>
  city
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/^st\.?\s/, 'saint ')
    .replace(/[^a-z]/g, '');

/** Where a record is: its address, county and approximate coordinates, and what was derived. */
export interface Placed {
  address: Address;
  county: CountyFips;
  geo: Geo;
  derived: string[];
  /** The street line is a post-office box. */
  poBox: boolean;
  /** Where the listed ZIP code is, when that is not the record's city (a note says so, or another county). */
  zipElsewhere?: string;
  /** A parenthetical after the street (a building the address is in). */
  aside?: string;
}

export const DERIVED = {
  county: 'county from the city (not in the source)',
  zipCentroid: 'coordinates: ZIP code centroid from zip-geo (GeoNames), approximate',
  cityCentroid: (city: string) => `coordinates: centre of the ZIP code centroids of ${city} from zip-geo (GeoNames), approximate; the listed ZIP is elsewhere`,
};

/** The centre of the ZIP centroids of a city in a county, if the table names it. */
function cityCentre(city: string, county: string, zips: GeoRows): Geo | undefined {
  const rows = Object.values(zips).filter((r) => r[0] === county && r[3] && cityKey(r[3]) === cityKey(city));
  if (!rows.length) return undefined;
  const mean = (i: 1 | 2) => round(rows.reduce((s, r) => s + r[i], 0) / rows.length, 3);
  return {lat: mean(1), lng: mean(2), precision: 'approximate'};
}

/**
 * A record's place, or why it has none: outside California, no street address or ZIP, an
 * unknown county, or no coordinates. The county is the source's (derived from the city by the
 * reference data's compiler); the coordinates are the ZIP's centroid, or the city's centre when
 * the ZIP is flagged as belonging elsewhere (by a note, or by lying in another county).
 */
export function place(r: UpstreamRecord, zips: GeoRows): Placed | {reason: string} {
  if (r.state !== 'CA') return {reason: `address outside California (${r.state ?? 'no state'})`};
  if (!r.address || !r.city) return {reason: r.city ? 'city only, no street address' : 'no address'};
  const zip = zipCode(r.zip);
  if (!zip) return {reason: `no usable ZIP code (${r.zip ?? 'none'})`};
  const county = r.county ? countyByName(r.county) : undefined;
  if (!county) return {reason: `unknown county "${r.county ?? ''}"`};
  const {street, suite, aside} = splitStreet(r.address);
  const derived = r.countyDerivation ? [DERIVED.county] : [];
  const row = zips[zip.slice(0, 5)];
  const noted = r.notes.map((n) => /^ZIP (\d{5}) is ([^,;]+?)(?:,|;| not )/.exec(n)).find(Boolean);
  const elsewhere = noted?.[2] ?? (row && row[0] !== county ? (row[3] ?? 'another county') : undefined);
  let geo: Geo | undefined;
  if (row && !elsewhere) {
    geo = {lat: row[1], lng: row[2], precision: 'approximate'};
    derived.push(DERIVED.zipCentroid);
  } else {
    geo = cityCentre(r.city, county, zips);
    if (geo) derived.push(DERIVED.cityCentroid(r.city));
  }
  if (!geo) return {reason: `no coordinates for ZIP ${zip} or for ${r.city}`};
  return {
    address: {street, ...(suite ? {suite} : {}), city: r.city, state: 'CA', zip},
    county,
    geo,
    derived,
    poBox: isPoBox(street),
    ...(elsewhere ? {zipElsewhere: elsewhere} : {}),
    ...(aside ? {aside} : {}),
  };
}
