/**
 * The locations of one organization, from the records of the lists it is on: one per distinct
 * street address (two lists writing one address differently share it), a P.O. box only when the
 * organization has no street address, and the doubts about each (P.O. box, a ZIP of another place,
 * two addresses in one city). Pure; used by ./providers.ts.
 */
import type {DatasetInput} from '../../src/core/dataset/schema/index.js';
import {addressKey, boundedId, cityKey, place, recordAsOf, uniqueId, type GeoRows, type Placed, type UpstreamRecord} from './provider-common.js';
import {DOUBT, type Texts} from './provider-labels.js';

type Location = NonNullable<DatasetInput['locations']>[number];

export interface OrgLocations {
  /** The location records, without `verification` (see `doubts`). */
  locations: Location[];
  /** Doubts about each location, by id. */
  doubts: Map<string, Texts[]>;
  /** The locations a record's service is at: its own, the street offices for a P.O. box, else none. */
  locationIdsOf: (r: UpstreamRecord) => string[];
  /** The record gives a P.O. box and its service uses the organization's street offices instead. */
  borrowsOffice: (r: UpstreamRecord) => boolean;
  /** Street (not P.O. box) locations in a city. */
  inCity: (city: string) => string[];
}

export function orgLocations(
  org: {id: string; slug: string},
  records: {r: UpstreamRecord; sourceId: string}[],
  zips: GeoRows,
  ids: Set<string>,
  skipped: string[],
): OrgLocations {
  const placed = new Map<string, Placed>();
  for (const {r} of records) {
    const p = place(r, zips);
    if (!('reason' in p)) placed.set(r.id, p);
    // A grant record gives a city only, by design: not worth a line each.
    else if (r.kind !== 'citizenship-services' || p.reason !== 'city only, no street address') skipped.push(`${r.id}: no location (${p.reason})`);
  }
  const hasStreet = [...placed.values()].some((p) => !p.poBox);
  const locOf = new Map<string, string>();
  const where = new Map<string, Placed>();
  const locations: Location[] = [];
  for (const {r, sourceId} of records) {
    const p = placed.get(r.id);
    if (!p) continue;
    if (p.poBox && hasStreet) {
      skipped.push(`${r.id}: the address is a P.O. box; the organization's street office is used instead`);
      continue;
    }
    const same = locations.find((l) => addressKey(l.address) === addressKey(p.address));
    if (same) {
      locOf.set(r.id, same.id);
      continue;
    }
    const id = uniqueId(boundedId('loc', org.slug, String(locations.length + 1)), ids);
    const derived = [...p.derived];
    const corrected = r.notes.map((n) => /^city printed upstream as "(.+)"$/.exec(n)).find(Boolean);
    if (corrected) derived.push(`city "${r.city}": printed "${corrected[1]}" upstream, corrected by the reference data compiler`);
    locations.push({
      id,
      organizationId: org.id,
      ...(p.poBox ? {name: {en: 'Mailing address (P.O. box)', es: 'Dirección postal (apartado)'}} : {}),
      address: p.address,
      county: p.county,
      geo: p.geo,
      provenance: {sourceId, asOf: recordAsOf(r), derived},
    });
    locOf.set(r.id, id);
    where.set(id, p);
  }
  const street = locations.filter((l) => !where.get(l.id)!.poBox);
  const line = (l: Location) => `${l.address.street}${l.address.suite ? `, ${l.address.suite}` : ''}`;
  const doubts = new Map<string, Texts[]>();
  for (const l of locations) {
    const p = where.get(l.id)!;
    const list: Texts[] = [];
    if (p.poBox) list.push(DOUBT.poBox);
    if (p.zipElsewhere) list.push(DOUBT.zip(l.address.zip, p.zipElsewhere, l.address.city));
    const others = street.filter((o) => o !== l && cityKey(o.address.city) === cityKey(l.address.city));
    if (others.length && !p.poBox) list.push(DOUBT.addresses(others.map(line).join('; ')));
    doubts.set(l.id, list);
  }
  return {
    locations,
    doubts,
    locationIdsOf: (r) => {
      const own = locOf.get(r.id);
      if (own) return [own];
      return placed.get(r.id)?.poBox ? street.map((l) => l.id) : [];
    },
    borrowsOffice: (r) => !locOf.has(r.id) && !!placed.get(r.id)?.poBox && street.length > 0,
    inCity: (city) => street.filter((l) => cityKey(l.address.city) === cityKey(city)).map((l) => l.id),
  };
}
