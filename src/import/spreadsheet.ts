/**
 * A spreadsheet of partner organizations (CSV) turned into organizations, locations and
 * services. One row is one organization at one place offering one service; rows with the same
 * organization (same id column, else the same name) add locations and services to it.
 *
 * Every value goes through its reader (fields.ts, vocab.ts) and every change is reported against
 * the row's line: a row without a name is left out, a `javascript:` link or an unreadable phone is
 * left out of its row, free text that matches no vocabulary term is named. From the ZIP code come
 * the county and an approximate map position (its centroid), marked in `provenance.derived`.
 */
import type {Organization, ResourceLocation, Service} from '../core/dataset/schema/index.js';
import {CA_COUNTIES, type CountyFips} from '../core/dataset/ca-counties.js';
import {parseCsv} from './csv.js';
import {
  describeHours,
  isStatewide,
  readCost,
  readCounty,
  readDate,
  readEmails,
  readHours,
  readIntake,
  readOneLineAddress,
  readPhones,
  readState,
  readUrl,
  readZip,
} from './fields.js';
import {mapHeaders, type Field} from './mapping.js';
import {baseName, emptyRecords, localized, type ImportOptions, type ImportPart} from './records.js';
import {csvOrigin, Reporter} from './report.js';
import {clean, fold, slug, splitList} from './text.js';
import {normaliseLanguages, normalisePopulations, normaliseServices, type Unmatched} from './vocab.js';

const ID_RE = /^[A-Za-z0-9][\w.:-]{0,99}$/;

/** The template's example row says so in its name; it must never be published. */
const EXAMPLE_ROW = /\b(delete this row|borre esta fila|borrar esta fila)\b/;

interface OrgState {
  org: Organization;
  line: number;
  services: number;
  locations: Map<string, string>; // address key → location id
}

/** Converts one spreadsheet (CSV text) to records; see the module comment. */
export function importSpreadsheet(text: string, options: ImportOptions): ImportPart {
  const part: ImportPart = {records: emptyRecords(), problems: [], origins: new Map(), locales: [], attribution: []};
  const file = options.file;
  const report = new Reporter(part.problems, {file, line: 1});
  const table = parseCsv(text);
  if (!table.header.some((h) => h)) {
    report.error('the file is empty (no header row)');
    return part;
  }
  if (table.unclosedQuoteAt !== undefined) {
    report.at({file, line: table.unclosedQuoteAt}).warn('a quote (") opened here is never closed; the rest of the file was read as one cell');
  }
  const mapping = mapHeaders(table.header, options.map);
  for (const {header} of mapping.unknown) {
    report.warn(`column "${header}" is not used: Amparo does not know this header (rename it like the template's, or map it: --map "${header}=field")`);
  }
  if (!mapping.columns.some((c) => c?.field === 'name')) {
    report.error(
      'no column for the organization name; name it "Organization Name" or "Nombre", or map it with --map "Your header=name"',
    );
    return part;
  }
  const lang = options.textLang ?? mapping.headerLanguage;
  if (!options.textLang && lang !== 'en') {
    report.note('the headers are in Spanish, so the text is marked as Spanish (es); set another language with --text-lang');
  }
  part.locales.push(lang);
  const otherLangs = new Set(mapping.columns.flatMap((c) => (c?.lang ? [c.lang] : [])));
  part.locales.push(...[...otherLangs].filter((l) => l !== lang));

  const orgs = new Map<string, OrgState>();
  const orgIds = new Set<string>();
  let usedZip = false;

  for (const record of table.records) {
    const origin = csvOrigin(file, record);
    const r = report.at(origin);
    if (record.cells.length > table.header.length && record.cells.slice(table.header.length).some((c) => c.trim())) {
      r.warn('cells to the right of the last column are not used');
    }
    const cell = (field: Field, cellLang?: string): string | undefined => {
      const i = mapping.columns.findIndex((c) => c?.field === field && c.lang === cellLang);
      return i >= 0 ? clean(record.cells[i]) : undefined;
    };
    /** A text field in the file's language plus any columns in other languages. */
    const text = (field: Field): Record<string, string> & {en: string} | undefined => {
      const base = cell(field)?.replace(/\n+/g, field === 'description' ? '\n' : ' ');
      const extra = [...otherLangs].flatMap((l) => {
        const v = cell(field, l);
        return v ? [[l, v] as const] : [];
      });
      if (!base && !extra.length) return undefined;
      const value: Record<string, string> = base ? localized(base, lang) : {};
      for (const [l, v] of extra) value[l] = v;
      value['en'] ??= extra[0]![1];
      return value as Record<string, string> & {en: string};
    };

    const name = text('name');
    if (!name) {
      r.error('no organization name; row left out');
      continue;
    }
    if (EXAMPLE_ROW.test(fold(name.en))) {
      r.warn("the template's example row; left out");
      continue;
    }
    const asOfCell = cell('asOf');
    let asOf = options.today;
    if (asOfCell) {
      const date = readDate(asOfCell);
      if (!date) r.warn(`date "${asOfCell}" is not a date like 2026-11-30; today (${options.today}) is used`);
      else if (date > options.today) r.warn(`date ${date} is in the future; today (${options.today}) is used`);
      else asOf = date;
    }
    const provenance = (derived: string[]) => ({
      name: cell('source') ?? baseName(file),
      asOf,
      ...(derived.length && {derived}),
    });

    // The organization: a new one, or the one an earlier row started.
    const idCell = cell('id');
    if (idCell && !ID_RE.test(idCell)) r.warn(`id "${idCell}" may only use letters, digits, "-", "_", "." and ":"; an id is made from the name`);
    const givenId = idCell && ID_RE.test(idCell) ? idCell : undefined;
    const key = givenId ?? fold(name.en);
    let state = orgs.get(key);
    if (state) {
      r.note(`same organization as line ${state.line}: its location and services are added to it`);
    } else {
      let id = givenId ?? (slug(name.en) || 'org');
      if (!givenId) for (let n = 2; orgIds.has(id); n++) id = `${slug(name.en) || 'org'}-${n}`;
      orgIds.add(id);
      state = {org: {id, name, provenance: provenance([])}, line: record.line, services: 0, locations: new Map()};
      orgs.set(key, state);
      part.records.organizations.push(state.org);
      part.origins.set(`organizations:${id}`, origin);
    }
    const org = state.org;

    const description = text('description');
    if (description && !org.description) org.description = description;
    const website = cell('website');
    if (website) {
      const url = readUrl(website);
      if (url.value === undefined) r.warn(`website: ${url.reason}; left out`);
      else {
        if (url.changed) r.warn(`website ${url.changed}`);
        if (!org.website) org.website = url.value;
        else if (org.website !== url.value) r.warn(`website differs from line ${state.line}; the first one is kept`);
      }
    }
    const phoneCell = cell('phone');
    if (phoneCell) {
      const {phones, problems} = readPhones(phoneCell);
      problems.forEach((p) => r.warn(p));
      for (const p of phones) {
        const phone = {
          number: p.number,
          ...(p.kind && {kind: p.kind}),
          ...(p.label && {label: localized(p.label, lang)}),
        };
        if (!org.phones?.some((q) => q.number === p.number)) (org.phones ??= []).push(phone);
      }
    }
    const emailCell = cell('email');
    if (emailCell) {
      const {emails, problems} = readEmails(emailCell);
      problems.forEach((p) => r.warn(p));
      for (const e of emails) if (!org.emails?.includes(e)) (org.emails ??= []).push(e);
    }

    // The place.
    const place = readPlace(cell, r, options, lang);
    if (place.usedZip) usedZip = true;
    let location: ResourceLocation | undefined;
    if (place.address) {
      const addressKey = fold(`${place.address.street} ${place.address.suite ?? ''} ${place.address.zip}`);
      const known = state.locations.get(addressKey);
      if (known) {
        location = part.records.locations.find((l) => l.id === known);
      } else {
        const id = `${org.id}-location-${state.locations.size + 1}`;
        location = {
          id,
          organizationId: org.id,
          address: place.address,
          ...(place.county && {county: place.county}),
          ...(place.geo && {geo: place.geo}),
          ...(place.hours && {hours: place.hours}),
          ...(text('accessibility') && {accessibility: text('accessibility')}),
          ...(text('transit') && {transit: text('transit')}),
          provenance: provenance(place.derived),
        };
        state.locations.set(addressKey, id);
        part.records.locations.push(location);
        part.origins.set(`locations:${id}`, origin);
      }
    } else if (place.hours) {
      r.warn('hours need a street address to belong to; left out');
    }

    // What the organization offers, to whom, in which languages, at what cost.
    const servicesCell = cell('services');
    const serviceName = text('service');
    const needs = servicesCell ? normaliseServices(servicesCell) : undefined;
    needs?.unmatched.forEach((u) => r.warn(`services: ${unmatchedMessage(u)} is not one of Amparo's needs or kinds of help`));
    const popsCell = cell('populations');
    const pops = popsCell ? normalisePopulations(popsCell) : undefined;
    pops?.unmatched.forEach((u) => r.warn(`who is served: ${unmatchedMessage(u)} is not one of: ${POPULATION_HINT}`));
    const langsCell = cell('languages');
    const langs = langsCell ? normaliseLanguages(langsCell) : undefined;
    langs?.unmatched.forEach((u) => r.warn(`languages: "${u}" is not a language Amparo knows; write its name (Spanish, Mixteco) or its code (es, mix)`));
    const costCell = cell('cost');
    const cost = costCell ? readCost(costCell) : undefined;
    if (cost?.value === undefined && cost) r.warn(cost.reason);
    if (cost?.value?.note && lang !== 'en') cost.value.note = localized(cost.value.note.en, lang);
    const intakeCell = cell('intake');
    const intakeStatus = intakeCell ? readIntake(intakeCell) : undefined;
    if (intakeCell && !intakeStatus) r.warn(`accepting new clients: "${intakeCell}" is not yes, no or waitlist; left out`);
    const intake = intakeStatus && {status: intakeStatus, checkedAt: asOf};
    const counties = readCounties(cell('counties'), r);
    const eligibility = text('eligibility');

    const hasService = !!(servicesCell || serviceName || eligibility || pops || counties);
    if (hasService) {
      state.services++;
      const id = `${org.id}-service-${state.services}`;
      const derived: string[] = [];
      const serviceCounties = counties?.counties ?? (!location && place.county ? [place.county] : undefined);
      if (!counties && !location && place.county) derived.push(place.countyFromZip ? 'county from the ZIP code' : 'county from the county column');
      const service: Service = {
        id,
        organizationId: org.id,
        name: serviceName ?? (servicesCell ? localized(servicesCell.replace(/\s*\n\s*/g, ', '), lang) : name),
        needs: needs?.needs ?? [],
        ...(needs?.assistance.length && {assistance: needs.assistance}),
        ...((needs?.populations.length || pops?.populations.length) && {
          populations: [...new Set([...(needs?.populations ?? []), ...(pops?.populations ?? [])])],
        }),
        ...(eligibility && {eligibility}),
        ...(langs?.tags.length && {languages: langs.tags}),
        ...(cost?.value && {cost: cost.value}),
        ...(intake && {intake}),
        ...(serviceCounties?.length && {counties: serviceCounties}),
        ...(counties?.statewide && {statewide: true}),
        ...(location && {locationIds: [location.id]}),
        provenance: provenance(derived),
      };
      part.records.services.push(service);
      part.origins.set(`services:${id}`, origin);
    } else {
      // No service: what the row says about languages, cost and intake belongs to the organization.
      if (langs?.tags.length) org.languages = [...new Set([...(org.languages ?? []), ...langs.tags])];
      if (cost?.value && !org.cost) org.cost = cost.value;
      if (intake && !org.intake) org.intake = intake;
    }
  }

  if (!part.records.organizations.length && !part.problems.some((p) => p.severity === 'error')) {
    report.error('no rows with data under the header');
  }
  if (usedZip && options.zipTable) part.attribution.push(`ZIP code centroids and counties: ${options.zipTable.source}`);
  return part;
}

const POPULATION_HINT = 'children, students, detained people, domestic violence survivors, LGBTQ, farmworkers, indigenous communities, veterans';

const unmatchedMessage = (u: Unmatched) =>
  u.words === fold(u.item) ? `"${u.item}"` : `"${u.words}" (in "${u.item}")`;

type Cell = (field: Field, lang?: string) => string | undefined;

interface Place {
  address?: ResourceLocation['address'];
  county?: CountyFips;
  countyFromZip?: boolean;
  geo?: ResourceLocation['geo'];
  hours?: ResourceLocation['hours'];
  derived: string[];
  usedZip: boolean;
}

/** The row's address, county, map position and hours, with what was derived from the ZIP code. */
function readPlace(cell: Cell, r: Reporter, options: ImportOptions, lang: string): Place {
  const place: Place = {derived: [], usedZip: false};
  let street = cell('street')?.replace(/\s*\n\s*/g, ', ');
  let suite = cell('suite');
  let city = cell('city');
  let stateCell = cell('state');
  let zipCell = cell('zip');
  const full = cell('address') ?? (street && !city && !zipCell ? street : undefined);
  if (full) {
    const one = readOneLineAddress(full);
    if (one) {
      if (one.name) r.warn(`address: "${one.name}" before the street is not part of an address; left out`);
      street = one.street;
      suite ??= one.suite;
      city = one.city;
      stateCell = one.state;
      zipCell = one.zip;
    } else if (cell('address')) {
      r.warn(`address "${full}" is not like "1 Main St, Fresno, CA 93721"; left out`);
      street = undefined;
    }
  }
  let zip: string | undefined;
  if (zipCell) {
    zip = readZip(zipCell);
    if (!zip) r.warn(`ZIP code "${zipCell}" is not a 5-digit ZIP code; left out`);
  }
  const row = zip ? options.zipTable?.zips[zip.slice(0, 5)] : undefined;
  if (zip && options.zipTable && !row) r.warn(`ZIP code ${zip} is not a California ZIP code in the ZIP table; no county or map position for it`);
  let state = stateCell ? readState(stateCell) : undefined;
  if (stateCell && !state) r.warn(`state "${stateCell}" is not a two-letter code like CA`);
  if (!state && row) state = 'CA';
  if (!city && row?.[3] && street) {
    city = row[3];
    place.derived.push('city from the ZIP code');
  }
  const countyCell = cell('county');
  const written = countyCell ? readCounty(countyCell) : undefined;
  if (countyCell && !written) r.warn(`county "${countyCell}" is not a California county; left out`);
  if (written) {
    place.county = written;
    if (row && row[0] !== written) {
      r.warn(`county ${CA_COUNTIES[written]} differs from ZIP code ${zip}'s county (${CA_COUNTIES[row[0] as CountyFips] ?? row[0]}); ${CA_COUNTIES[written]} is kept`);
    }
  } else if (row) {
    place.county = row[0] as CountyFips;
    place.countyFromZip = true;
    place.derived.push('county from the ZIP code');
    place.usedZip = true;
  }
  const lat = cell('lat');
  const lng = cell('lng');
  if (lat || lng) {
    const [la, ln] = [Number(lat), Number(lng)];
    if (lat && lng && Number.isFinite(la) && Number.isFinite(ln) && Math.abs(la) <= 90 && Math.abs(ln) <= 180 && (la || ln)) {
      place.geo = {lat: la, lng: ln};
    } else r.warn(`latitude/longitude "${lat ?? ''}, ${lng ?? ''}" is not a pair of coordinates; left out`);
  }
  if (!place.geo && row) {
    place.geo = {lat: row[1], lng: row[2], precision: 'approximate'};
    place.derived.push('coordinates: ZIP code centroid');
    place.usedZip = true;
  }
  const hoursCell = cell('hours');
  if (hoursCell) {
    const {hours, parsed} = readHours(hoursCell, lang);
    if (!parsed) r.warn(`hours "${hoursCell}" were not read as days and times; kept as text, so "open now" cannot be shown`);
    else r.note(`hours read as ${describeHours(hours)}`);
    place.hours = hours;
  }
  // "200 Main St, Suite 3" in the street cell: the suite goes to its own field.
  const tail = street && /^(.*?),\s*((?:suite|ste\.?|room|rm\.?|unit|apt\.?|#|floor|fl\.?|piso|oficina|local)\b.*)$/i.exec(street);
  if (tail && !suite) [street, suite] = [tail[1]!, tail[2]!];
  if (street) {
    const missing = [!city && 'city', !state && 'state', !zip && 'ZIP code'].filter(Boolean);
    if (missing.length) r.warn(`the address has no ${missing.join(', ')}; the location is left out`);
    else place.address = {street, ...(suite && {suite}), city: city!, state: state!, zip: zip!};
  }
  if (place.derived.length && place.address) r.note(`${place.derived.join('; ')} (marked as derived)`);
  return place;
}

/** "Alameda, Contra Costa" or "Statewide"; unknown county names are reported. */
function readCounties(raw: string | undefined, r: Reporter): {counties?: CountyFips[]; statewide?: true} | undefined {
  if (!raw) return undefined;
  if (isStatewide(raw)) return {statewide: true};
  const counties: CountyFips[] = [];
  for (const item of splitList(raw)) {
    if (isStatewide(item)) return {statewide: true};
    const fips = readCounty(item);
    if (fips) {
      if (!counties.includes(fips)) counties.push(fips);
    } else r.warn(`counties served: "${item}" is not a California county; left out`);
  }
  return counties.length ? {counties} : undefined;
}
