/**
 * HSDS 3.0 tables (from a CSV package or JSON, see hsds.ts) turned into organizations, locations
 * and services. Values go through the same readers as a spreadsheet's (safe URLs, the schema's
 * phone and email patterns, vocabularies), and every record left out or changed is reported with
 * its file and line (CSV) or JSON path. The mapping is documented in docs/hsds.md.
 */
import type {CountyFips} from '../core/dataset/ca-counties.js';
import type {Hours, Organization, ResourceLocation, Service} from '../core/dataset/schema/index.js';
import {ASSISTANCE_TYPES, CREDENTIALS, NEEDS, POPULATIONS, type WEEKDAYS} from '../core/dataset/vocabulary.js';
import {plainText} from './calendar.js';
import {isStatewide, readCost, readCounty, readEmails, readPhones, readUrl, readZip} from './fields.js';
import {AMPARO_TAXONOMIES, BYDAY, COST_LABELS, PHONE_TYPES, type HsdsRow, type HsdsTables} from './hsds.js';
import {baseName, emptyRecords, type ImportOptions, type ImportPart} from './records.js';
import {Reporter} from './report.js';
import {clean, fold, slug} from './text.js';
import {normaliseLanguages, normaliseServices} from './vocab.js';

const ID_RE = /^[A-Za-z0-9][\w.:-]{0,99}$/;

type Phone = NonNullable<Organization['phones']>[number];

/** Converts HSDS tables to records (see the module comment). */
export function importHsds(tables: HsdsTables, options: ImportOptions): ImportPart {
  const part: ImportPart = {records: emptyRecords(), problems: [], origins: new Map(), locales: [], attribution: []};
  const lang = options.textLang ?? 'en';
  const source = baseName(options.file);
  part.locales.push(lang);
  const text = (v: string | undefined, html = false) => {
    const value = clean(html && v ? plainText(v) : v);
    return value ? (lang === 'en' ? {en: value} : {en: value, [lang]: value}) : undefined;
  };
  const reporter = (row: HsdsRow) => new Reporter(part.problems, row.origin);
  const v = (row: HsdsRow, key: string) => clean(row.values[key]);

  // HSDS ids are kept when they are valid dataset ids; others get a readable one.
  const ids = new Map<string, string>();
  const used = new Set<string>();
  const idFor = (table: string, hsdsId: string, name?: string) => {
    const key = `${table}:${hsdsId}`;
    let id = ids.get(key);
    if (!id) {
      const base = ID_RE.test(hsdsId) ? hsdsId : slug(name ?? hsdsId) || table;
      id = base;
      for (let n = 2; used.has(`${table}:${id}`); n++) id = `${base}-${n}`;
      used.add(`${table}:${id}`);
      ids.set(key, id);
    }
    return id;
  };
  const byKey = <K extends keyof HsdsTables>(table: K, key: string) => {
    const map = new Map<string, HsdsRow[]>();
    for (const row of tables[table]) {
      const k = row.values[key];
      if (k) map.set(k, [...(map.get(k) ?? []), row]);
    }
    return map;
  };

  // Attributes with their terms, by the id of what they describe.
  const terms = new Map(tables.taxonomy_terms.map((t) => [t.values['id'] ?? '', t]));
  const attributes = byKey('attributes', 'link_id');
  const termsOf = (hsdsId: string) =>
    (attributes.get(hsdsId) ?? []).flatMap((a) => {
      const term = terms.get(a.values['taxonomy_term_id'] ?? '');
      return term ? [{taxonomy: v(term, 'taxonomy') ?? '', code: v(term, 'code') ?? '', name: v(term, 'name') ?? '', row: a}] : [];
    });

  const phonesOf = (rows: HsdsRow[] | undefined): Phone[] => {
    const phones: Phone[] = [];
    for (const row of rows ?? []) {
      const number = v(row, 'number');
      if (!number) continue;
      const ext = v(row, 'extension');
      const {phones: read, problems} = readPhones(`${number}${ext ? ` x${ext.replace(/\D/g, '')}` : ''}`);
      problems.forEach((p) => reporter(row).warn(p));
      const type = fold(v(row, 'type') ?? '').replace(/ /g, ',');
      const kind = (Object.entries(PHONE_TYPES).find(([, t]) => t === type)?.[0] ?? (type === 'sms' ? 'sms' : undefined)) as Phone['kind'];
      if (type && !kind && !['cell', 'mobile', 'work', 'main'].includes(type)) {
        reporter(row).warn(`phone type "${v(row, 'type')}" has no equivalent; the number is kept as a voice line`);
      }
      const label = text(v(row, 'description'));
      const languages = (phoneLanguages.get(row.values['id'] ?? '') ?? []).flatMap((l) => languageOf(l));
      for (const p of read) {
        phones.push({
          number: p.number,
          ...(kind && kind !== 'voice' && {kind}),
          ...(label && {label}),
          ...(languages.length && {languages: [...new Set(languages)]}),
        });
      }
    }
    return phones;
  };
  const languageOf = (row: HsdsRow): string[] => {
    const code = v(row, 'code');
    const name = v(row, 'name');
    // `code` is an ISO 639 code by definition: a well-formed one is taken as it is.
    if (code && /^[a-z]{2,3}(-[A-Za-z\d]{2,8})*$/i.test(code)) return [code.split('-').map((p, i) => (i ? p : p.toLowerCase())).join('-')];
    const read = normaliseLanguages(code ?? name ?? '');
    if (!read.tags.length && code && name) return normaliseLanguages(name).tags;
    if (!read.tags.length) reporter(row).warn(`language "${code ?? name ?? ''}" is not a language Amparo knows; left out`);
    return read.tags;
  };
  const phoneLanguages = byKey('languages', 'phone_id');

  // Organizations.
  const orgPhones = byKey('phones', 'organization_id');
  for (const row of tables.organizations) {
    const r = reporter(row);
    const name = text(v(row, 'name'));
    const hsdsId = v(row, 'id') ?? '';
    if (!name) {
      r.error('organization without a name; left out');
      continue;
    }
    const id = idFor('organizations', hsdsId, name.en);
    const org: Organization = {id, name, provenance: {name: source, asOf: options.today}};
    const description = text(v(row, 'description'), true);
    if (description) org.description = description;
    const website = v(row, 'website');
    if (website) {
      const url = readUrl(website);
      if (url.value === undefined) r.warn(`website: ${url.reason}; left out`);
      else org.website = url.value;
    }
    const email = v(row, 'email');
    if (email) {
      const {emails, problems} = readEmails(email);
      problems.forEach((p) => r.warn(p));
      if (emails.length) org.emails = emails;
    }
    const phones = phonesOf(orgPhones.get(hsdsId));
    if (phones.length) org.phones = phones;
    const credentials = termsOf(hsdsId)
      .filter((t) => t.taxonomy === AMPARO_TAXONOMIES.credentials)
      .map((t) => t.code)
      .filter((c): c is (typeof CREDENTIALS)[number] => (CREDENTIALS as readonly string[]).includes(c));
    if (credentials.length) org.credentials = credentials;
    part.records.organizations.push(org);
    part.origins.set(`organizations:${id}`, row.origin);
  }
  const orgId = (hsdsId: string | undefined) => (hsdsId ? (ids.get(`organizations:${hsdsId}`) ?? hsdsId) : undefined);

  // Locations with their address, hours and accessibility.
  const addresses = byKey('addresses', 'location_id');
  const schedulesByLocation = byKey('schedules', 'location_id');
  const access = byKey('accessibility', 'location_id');
  const locationPhones = byKey('phones', 'location_id');
  const sal = tables.service_at_locations;
  const servicesById = new Map(tables.services.map((s) => [s.values['id'] ?? '', s]));
  for (const row of tables.locations) {
    const r = reporter(row);
    const hsdsId = v(row, 'id') ?? '';
    const type = v(row, 'location_type');
    if (type === 'virtual') {
      r.note('virtual location (no place to show); left out');
      continue;
    }
    const rows = addresses.get(hsdsId) ?? [];
    const addressRow = rows.find((a) => v(a, 'address_type') !== 'postal') ?? rows[0];
    const street = addressRow && v(addressRow, 'address_1');
    const zip = addressRow && readZip(v(addressRow, 'postal_code') ?? '');
    const city = addressRow && v(addressRow, 'city');
    const stateText = addressRow && v(addressRow, 'state_province');
    const state = stateText && (fold(stateText) === 'california' ? 'CA' : /^[A-Za-z]{2}$/.test(stateText) ? stateText.toUpperCase() : undefined);
    if (!street || !zip || !city || !state) {
      r.warn('location without a full street address (address_1, city, state_province, postal_code); left out');
      continue;
    }
    const organizationId =
      orgId(v(row, 'organization_id')) ??
      orgId(sal.filter((s) => s.values['location_id'] === hsdsId).map((s) => servicesById.get(s.values['service_id'] ?? '')?.values['organization_id'])[0]);
    if (!organizationId) {
      r.warn('location of no organization (no organization_id, and no service at it); left out');
      continue;
    }
    const id = idFor('locations', hsdsId, v(row, 'name'));
    const derived: string[] = [];
    const region = v(addressRow, 'region');
    const zipRow = options.zipTable?.zips[zip.slice(0, 5)];
    let county: CountyFips | undefined = region ? readCounty(region) : undefined;
    if (!county && zipRow) {
      county = zipRow[0] as CountyFips;
      derived.push('county from the ZIP code');
    }
    const lat = Number(v(row, 'latitude'));
    const lng = Number(v(row, 'longitude'));
    const approximate = termsOf(hsdsId).some((t) => t.taxonomy === AMPARO_TAXONOMIES.precision && t.code === 'approximate');
    let geo: ResourceLocation['geo'];
    if (v(row, 'latitude') && v(row, 'longitude') && Math.abs(lat) <= 90 && Math.abs(lng) <= 180) {
      geo = {lat, lng, ...(approximate && {precision: 'approximate' as const})};
    } else if (zipRow) {
      geo = {lat: zipRow[1], lng: zipRow[2], precision: 'approximate'};
      derived.push('coordinates: ZIP code centroid');
    }
    if (derived.length && options.zipTable && !part.attribution.length) {
      part.attribution.push(`ZIP code centroids and counties: ${options.zipTable.source}`);
    }
    const hours = readSchedules(schedulesByLocation.get(hsdsId) ?? [], lang, reporter);
    const accessibility = text((access.get(hsdsId) ?? []).map((a) => v(a, 'description')).filter(Boolean).join('\n'));
    const suite = v(addressRow, 'address_2');
    const location: ResourceLocation = {
      id,
      organizationId,
      ...(text(v(row, 'name')) && {name: text(v(row, 'name'))}),
      address: {street, ...(suite && {suite}), city, state, zip},
      ...(county && {county}),
      ...(geo && {geo}),
      ...(hours && {hours}),
      ...(accessibility && {accessibility}),
      ...(text(v(row, 'transportation')) && {transit: text(v(row, 'transportation'))}),
      provenance: {name: source, asOf: options.today, ...(derived.length && {derived})},
    };
    const phones = locationPhones.get(hsdsId);
    if (phones?.length) {
      const org = part.records.organizations.find((o) => o.id === organizationId);
      if (org) {
        const extra = phonesOf(phones).filter((p) => !org.phones?.some((q) => q.number === p.number));
        if (extra.length) {
          org.phones = [...(org.phones ?? []), ...extra];
          r.note("the location's phone numbers are added to its organization (Amparo keeps phones on organizations and services)");
        }
      }
    }
    part.records.locations.push(location);
    part.origins.set(`locations:${id}`, row.origin);
  }
  const locationIds = new Set(part.records.locations.map((l) => l.id));

  // Services.
  const servicePhones = byKey('phones', 'service_id');
  const serviceLanguages = byKey('languages', 'service_id');
  const areas = byKey('service_areas', 'service_id');
  const costs = byKey('cost_options', 'service_id');
  const salByService = byKey('service_at_locations', 'service_id');
  for (const row of tables.services) {
    const r = reporter(row);
    const hsdsId = v(row, 'id') ?? '';
    const name = text(v(row, 'name'));
    if (!name) {
      r.error('service without a name; left out');
      continue;
    }
    const status = fold(v(row, 'status') ?? 'active');
    if (status === 'inactive' || status === 'defunct') {
      r.error(`service is ${status}; left out`);
      continue;
    }
    const organizationId = orgId(v(row, 'organization_id'));
    if (!organizationId) {
      r.error('service of no organization (no organization_id); left out');
      continue;
    }
    const id = idFor('services', hsdsId, name.en);
    const found = termsOf(hsdsId);
    const pick = <T extends string>(taxonomy: string, list: readonly T[]) =>
      found.filter((t) => t.taxonomy === taxonomy && (list as readonly string[]).includes(t.code)).map((t) => t.code as T);
    const needs = pick(AMPARO_TAXONOMIES.needs, NEEDS);
    const assistance = pick(AMPARO_TAXONOMIES.assistance, ASSISTANCE_TYPES);
    const populations = pick(AMPARO_TAXONOMIES.populations, POPULATIONS);
    // Terms of other taxonomies (AIRS/211, Open Eligibility, a publisher's own) are read by name.
    for (const t of found.filter((t) => !Object.values(AMPARO_TAXONOMIES).includes(t.taxonomy as never))) {
      const read = normaliseServices(t.name);
      for (const n of read.needs) if (!needs.includes(n)) needs.push(n);
      for (const n of read.assistance) if (!assistance.includes(n)) assistance.push(n);
      for (const n of read.populations) if (!populations.includes(n)) populations.push(n);
      if (read.unmatched.length) reporter(t.row).warn(`taxonomy term "${t.name}" is not one of Amparo's needs or kinds of help; left out`);
    }
    const languages = [...new Set((serviceLanguages.get(hsdsId) ?? []).flatMap((l) => languageOf(l)))];
    const fees = v(row, 'fees_description');
    let cost: Service['cost'];
    if (fees) {
      const labelled = /^(Free|Low cost|Sliding scale|Fee)(?::\s*([\s\S]*))?$/.exec(fees);
      const type = labelled && (Object.entries(COST_LABELS).find(([, l]) => l === labelled[1])?.[0] as NonNullable<Service['cost']>['type']);
      if (type) cost = {type, ...(labelled[2] && {note: text(labelled[2])!})};
      else {
        const read = readCost(fees);
        if (read.value) cost = {...read.value, ...(read.value.note && {note: text(read.value.note.en)!})};
        else r.warn(read.reason);
      }
    }
    const option = costs.get(hsdsId)?.[0];
    if (cost && option && Number.isFinite(Number(v(option, 'amount')))) {
      cost = {...cost, amount: Number(v(option, 'amount')), ...(v(option, 'currency') && {currency: v(option, 'currency')!.toUpperCase()})};
    }
    const counties: CountyFips[] = [];
    let statewide = false;
    for (const area of areas.get(hsdsId) ?? []) {
      const areaName = v(area, 'name') ?? '';
      if (isStatewide(areaName)) statewide = true;
      else {
        const fips = readCounty(areaName);
        if (!fips) reporter(area).warn(`service area "${areaName}" is not a California county; left out`);
        else if (!counties.includes(fips)) counties.push(fips);
      }
    }
    const at = (salByService.get(hsdsId) ?? [])
      .map((s) => ids.get(`locations:${s.values['location_id']}`))
      .filter((l): l is string => !!l && locationIds.has(l));
    let url: string | undefined;
    if (v(row, 'url')) {
      const read = readUrl(v(row, 'url')!);
      if (read.value === undefined) r.warn(`url: ${read.reason}; left out`);
      else url = read.value;
    }
    const howTo = text(v(row, 'application_process'), true);
    const intake = status === 'temporarily closed' ? {status: 'closed' as const, ...(howTo && {howTo})} : howTo ? {status: 'unknown' as const, howTo} : undefined;
    if (status === 'temporarily closed') r.warn('service is temporarily closed: kept, marked as not taking new clients');
    const email = v(row, 'email');
    if (email) {
      const org = part.records.organizations.find((o) => o.id === organizationId);
      if (org && !org.emails?.includes(email) && readEmails(email).emails.length) {
        org.emails = [...(org.emails ?? []), email];
        r.note("the service's email is added to its organization (Amparo keeps emails on organizations)");
      }
    }
    const assured = v(row, 'assured_date');
    const asOf = assured && /^\d{4}-\d{2}-\d{2}/.test(assured) && assured.slice(0, 10) <= options.today ? assured.slice(0, 10) : options.today;
    const phones = phonesOf(servicePhones.get(hsdsId));
    const service: Service = {
      id,
      organizationId,
      name,
      ...(text(v(row, 'description'), true) && {description: text(v(row, 'description'), true)}),
      needs,
      ...(assistance.length && {assistance}),
      ...(populations.length && {populations}),
      ...(cost && {cost}),
      ...(text(v(row, 'eligibility_description'), true) && {eligibility: text(v(row, 'eligibility_description'), true)}),
      ...(languages.length && {languages}),
      ...(v(row, 'interpretation_services') && {interpretation: true}),
      ...(counties.length && {counties}),
      ...(statewide && {statewide: true}),
      ...(at.length && {locationIds: at}),
      ...(intake && {intake}),
      ...(phones.length && {phones}),
      ...(url && {url}),
      provenance: {name: source, asOf},
    };
    part.records.services.push(service);
    part.origins.set(`services:${id}`, row.origin);
  }
  if (!part.records.organizations.length && !part.records.services.length) {
    new Reporter(part.problems, {file: options.file}).error('no HSDS organizations or services found');
  }
  return part;
}

const ALL_DAYS = Object.values(BYDAY).join(',');

/** Weekly HSDS schedules as opening hours; other schedule forms are reported and kept as a note. */
function readSchedules(rows: HsdsRow[], lang: string, reporter: (row: HsdsRow) => Reporter): Hours | undefined {
  const weekly: NonNullable<Hours['weekly']> = [];
  const notes: string[] = [];
  let open247 = false;
  const time = (t: string | undefined) => {
    const m = t && /^(\d{1,2}):(\d{2})/.exec(t.trim());
    return m ? `${m[1]!.padStart(2, '0')}:${m[2]}` : undefined;
  };
  for (const row of rows) {
    const freq = (row.values['freq'] ?? '').toUpperCase();
    const byday = (row.values['byday'] ?? '').toUpperCase().replace(/\s/g, '');
    const opens = time(row.values['opens_at']);
    const closes = time(row.values['closes_at']);
    const description = clean(row.values['description']);
    if (description) notes.push(description);
    if (!opens && !closes && !byday) continue;
    const days = byday.split(',').map((d) => (Object.entries(BYDAY).find(([, c]) => c === d)?.[0] ?? '') as (typeof WEEKDAYS)[number]);
    if ((freq && freq !== 'WEEKLY') || !opens || !closes || !days.every((d) => d) || closes <= opens) {
      reporter(row).warn('schedule is not a simple weekly opening (freq WEEKLY, byday, opens_at, closes_at); left out');
      continue;
    }
    if (byday === ALL_DAYS && opens === '00:00' && (closes === '24:00' || closes === '23:59')) open247 = true;
    else weekly.push({days, opens, closes});
  }
  const note = notes.join('\n');
  if (!open247 && !weekly.length && !note) return undefined;
  return {
    ...(open247 && {open247: true}),
    ...(weekly.length && {weekly}),
    ...(note && {note: lang === 'en' ? {en: note} : {en: note, [lang]: note}}),
  };
}
