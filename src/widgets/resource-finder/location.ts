/**
 * Where the person is, resolved locally: a ZIP code through the dataset's ZIP table, a county by
 * name or FIPS code, a city through the ZIP table's place names or the dataset's own addresses (extras.ts), or a browser position (only on
 * an explicit button press) to its nearest ZIP centroid (those two in extras.ts). Nothing here sends anything anywhere.
 * No DOM, no Lit: unit-tested directly.
 */
import {CA_COUNTIES, countyByName, type CountyFips} from '../../core/dataset/ca-counties.js';
import type {Address, ZipGeoTable} from '../../core/dataset/schema/index.js';
import {isCaliforniaZip, readZip} from '../../core/zip.js';
import {fold} from './text.js';

export interface Point {
  lat: number;
  lng: number;
}

/** A place the finder searches around. */
export interface Place {
  /** How it was found. */
  source: 'zip' | 'county' | 'city' | 'position';
  /** What to show: the ZIP, county or city name. */
  label: string;
  county?: CountyFips;
  /** Centre for distances (ZIP centroid, average of the city's ZIP centroids or addresses); absent for a county. */
  point?: Point;
  /**
   * For a county: the mean of its ZIP centroids, once the ZIP table is read. Used only to find
   * the nearest help, hotline and places outside the county, never to rank local help.
   */
  centre?: Point;
  zip?: string;
}

/** Why typed text could not become a place; the widget then offers a county picker. */
export type LocationProblem =
  /** A ZIP that is not a California ZIP code (California's run from 90001 to 96162). */
  | 'outside-ca'
  /** A California-looking ZIP the table does not know. */
  | 'unknown-zip'
  /** A name that is neither a county nor a city in the dataset. */
  | 'unknown-place'
  /** Looks like a city, but neither the ZIP table (no place names, or no table) nor the dataset's addresses can find cities. */
  | 'no-city-data'
  /** The dataset references no ZIP table (or it could not be loaded). */
  | 'no-zip-table';

export type Located = {ok: true; place: Place} | {ok: false; problem: LocationProblem; text: string};

/** What the typed text looks like, before any table is read. */
export type LocationInput =
  | {kind: 'empty'}
  | {kind: 'zip'; zip: string}
  | {kind: 'county'; county: CountyFips}
  | {kind: 'text'; text: string};


/** Classifies typed text: a ZIP (`94110`, `94110-1234`), a county (`06037`, `Los Angeles`, `los angeles county`) or other text. */
export function parseLocation(input: string): LocationInput {
  const text = input.trim().replace(/\s+/g, ' ');
  if (!text) return {kind: 'empty'};
  if (text in CA_COUNTIES) return {kind: 'county', county: text as CountyFips};
  // ZIP+4 and spaces as people type them (94110-1234, 94110 1234, 941101234).
  const zip = readZip(text);
  if (zip) return {kind: 'zip', zip};
  const county = countyFromText(text);
  return county ? {kind: 'county', county} : {kind: 'text', text};
}

/** A county written by name, accent- and case-insensitively ("condado de los angeles" too). */
export function countyFromText(text: string): CountyFips | undefined {
  const plain = fold(text)
    .replace(/^condado de /, '')
    .replace(/ (county|co|condado)$/, '');
  return countyByName(plain) ?? (Object.keys(CA_COUNTIES) as CountyFips[]).find((f) => fold(CA_COUNTIES[f]) === plain);
}

export {isCaliforniaZip};

/** A ZIP through the ZIP → county + centroid table. */
export function resolveZip(zip: string, table: ZipGeoTable | undefined): Located {
  if (!isCaliforniaZip(zip)) return {ok: false, problem: 'outside-ca', text: zip};
  if (!table) return {ok: false, problem: 'no-zip-table', text: zip};
  const row = table.zips[zip];
  if (!row) return {ok: false, problem: 'unknown-zip', text: zip};
  const [county, lat, lng] = row;
  return {ok: true, place: {source: 'zip', label: zip, zip, county: county as CountyFips, point: {lat, lng}}};
}

/** A county as a place (no centre point: distances are then not shown). */
export function countyPlace(county: CountyFips): Place {
  return {source: 'county', label: CA_COUNTIES[county], county};
}

const EARTH_RADIUS_MILES = 3958.8;
const rad = (deg: number) => (deg * Math.PI) / 180;

/** Great-circle distance in miles (haversine). */
export function distanceMiles(a: Point, b: Point): number {
  const dLat = rad(b.lat - a.lat);
  const dLng = rad(b.lng - a.lng);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.sin(dLng / 2) ** 2;
  return 2 * EARTH_RADIUS_MILES * Math.asin(Math.min(1, Math.sqrt(h)));
}


/** An address on one line: "100 Example St, Suite 1, San Francisco, CA 94110". */
export const addressLine = (a: Address): string => `${a.street}${a.suite ? `, ${a.suite}` : ''}, ${a.city}, ${a.state} ${a.zip}`;

/** A plain link to a map search for an address: nothing is loaded unless the person follows it. */
export const mapHref = (line: string): string => `https://www.openstreetmap.org/search?query=${encodeURIComponent(line)}`;
