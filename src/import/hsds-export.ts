/**
 * An Amparo dataset written as HSDS 3.0: the tabular data package (one CSV per table plus
 * `datapackage.json`) and the JSON form (services with their organization, locations, phones,
 * languages, schedules and attributes nested). Only organizations, locations and services have an
 * HSDS counterpart; what each field becomes, and what HSDS cannot hold, is in docs/hsds.md.
 * Reading the package back with hsds-import.ts gives the same values for every mapped field.
 */
import {CA_COUNTIES} from '../core/dataset/ca-counties.js';
import type {Dataset, DatasetInput, Organization} from '../core/dataset/schema/index.js';
import {writeCsv} from './csv.js';
import {AMPARO_TAXONOMIES, BYDAY, COST_LABELS, HSDS_TABLES, PHONE_TYPES, type HsdsTable} from './hsds.js';

type Row = Record<string, string>;
type Phone = NonNullable<Organization['phones']>[number];
type Text = Record<string, string | undefined> | undefined;

const en = (t: Text) => t?.['en'] ?? '';

let languageNames: Intl.DisplayNames | undefined;
const languageName = (tag: string) => {
  try {
    languageNames ??= new Intl.DisplayNames(['en'], {type: 'language'});
    return languageNames.of(tag) ?? tag;
  } catch {
    return tag;
  }
};

/** The dataset's organizations, locations and services as HSDS rows, by table. */
export function datasetToHsds(dataset: Dataset | DatasetInput): Record<HsdsTable, Row[]> {
  const t = Object.fromEntries(Object.keys(HSDS_TABLES).map((k) => [k, []])) as unknown as Record<HsdsTable, Row[]>;
  const termIds = new Map<string, string>();
  const term = (taxonomy: string, code: string) => {
    const id = `${taxonomy}-${code}`;
    if (!termIds.has(id)) {
      termIds.set(id, id);
      t.taxonomy_terms.push({id, code, name: code.replace(/-/g, ' '), description: '', parent_id: '', taxonomy, language: 'en'});
    }
    return id;
  };
  const attribute = (linkId: string, entity: string, taxonomy: string, code: string) =>
    t.attributes.push({
      id: `${linkId}-${taxonomy}-${code}`,
      link_id: linkId,
      link_type: taxonomy,
      link_entity: entity,
      taxonomy_term_id: term(taxonomy, code),
      value: '',
      label: '',
    });
  const phone = (owner: Partial<Row>, p: Phone, id: string) => {
    const [, number = p.number, extension = ''] = /^(.*?)\s*(?:x|ext\.?)\s*(\d{1,6})$/.exec(p.number) ?? [];
    t.phones.push({
      id,
      location_id: '',
      service_id: '',
      organization_id: '',
      contact_id: '',
      service_at_location_id: '',
      ...owner,
      number,
      extension,
      type: PHONE_TYPES[p.kind ?? 'voice'],
      description: en(p.label),
    });
    p.languages?.forEach((l, i) => t.languages.push({id: `${id}-language-${i + 1}`, service_id: '', location_id: '', phone_id: id, name: languageName(l), code: l, note: ''}));
  };

  for (const o of dataset.organizations ?? []) {
    t.organizations.push({id: o.id, name: en(o.name), alternate_name: '', description: en(o.description), email: o.emails?.[0] ?? '', website: o.website ?? ''});
    o.phones?.forEach((p, i) => phone({organization_id: o.id}, p, `${o.id}-phone-${i + 1}`));
    o.credentials?.forEach((c) => attribute(o.id, 'organization', AMPARO_TAXONOMIES.credentials, c));
  }
  for (const l of dataset.locations ?? []) {
    t.locations.push({
      id: l.id,
      location_type: 'physical',
      organization_id: l.organizationId,
      name: en(l.name),
      description: '',
      transportation: en(l.transit),
      latitude: l.geo ? String(l.geo.lat) : '',
      longitude: l.geo ? String(l.geo.lng) : '',
    });
    const a = l.address;
    t.addresses.push({
      id: `${l.id}-address`,
      location_id: l.id,
      attention: '',
      address_1: a.street,
      address_2: a.suite ?? '',
      city: a.city,
      region: l.county ? `${CA_COUNTIES[l.county as keyof typeof CA_COUNTIES] ?? l.county} County` : '',
      state_province: a.state,
      postal_code: a.zip,
      country: 'US',
      address_type: 'physical',
    });
    if (l.geo?.precision === 'approximate') attribute(l.id, 'location', AMPARO_TAXONOMIES.precision, 'approximate');
    if (l.accessibility) t.accessibility.push({id: `${l.id}-accessibility`, location_id: l.id, description: en(l.accessibility), details: '', url: ''});
    const schedule = (n: number, values: Partial<Row>) =>
      t.schedules.push({id: `${l.id}-schedule-${n}`, service_id: '', location_id: l.id, service_at_location_id: '', freq: '', byday: '', opens_at: '', closes_at: '', description: '', ...values});
    let n = 0;
    if (l.hours?.open247) schedule(++n, {freq: 'WEEKLY', byday: Object.values(BYDAY).join(','), opens_at: '00:00', closes_at: '24:00'});
    for (const w of l.hours?.weekly ?? []) {
      schedule(++n, {freq: 'WEEKLY', byday: w.days.map((d) => BYDAY[d]).join(','), opens_at: w.opens, closes_at: w.closes});
    }
    if (l.hours?.note) schedule(n + 1, {description: en(l.hours.note)});
  }
  for (const s of dataset.services ?? []) {
    const cost = s.cost;
    t.services.push({
      id: s.id,
      organization_id: s.organizationId,
      name: en(s.name),
      alternate_name: '',
      description: en(s.description),
      url: s.url ?? '',
      email: '',
      status: 'active',
      interpretation_services: s.interpretation ? 'Interpretation available' : '',
      application_process: en(s.intake?.howTo),
      fees_description: cost ? `${COST_LABELS[cost.type]}${cost.note ? `: ${en(cost.note)}` : ''}` : '',
      eligibility_description: en(s.eligibility),
      assured_date: s.provenance?.asOf ?? '',
    });
    if (cost?.amount !== undefined) {
      t.cost_options.push({id: `${s.id}-cost`, service_id: s.id, option: COST_LABELS[cost.type], currency: cost.currency ?? 'USD', amount: String(cost.amount), amount_description: ''});
    }
    s.languages?.forEach((l, i) => t.languages.push({id: `${s.id}-language-${i + 1}`, service_id: s.id, location_id: '', phone_id: '', name: languageName(l), code: l, note: ''}));
    s.phones?.forEach((p, i) => phone({service_id: s.id}, p, `${s.id}-phone-${i + 1}`));
    s.locationIds?.forEach((l) => t.service_at_locations.push({id: `${s.id}-at-${l}`, service_id: s.id, location_id: l, description: ''}));
    const area = (n: number, name: string) =>
      t.service_areas.push({id: `${s.id}-area-${n}`, service_id: s.id, service_at_location_id: '', name, description: '', extent: '', extent_type: '', uri: ''});
    if (s.statewide) area(0, 'California');
    s.counties?.forEach((c, i) => area(i + 1, `${CA_COUNTIES[c as keyof typeof CA_COUNTIES] ?? c} County`));
    s.needs?.forEach((c) => attribute(s.id, 'service', AMPARO_TAXONOMIES.needs, c));
    s.assistance?.forEach((c) => attribute(s.id, 'service', AMPARO_TAXONOMIES.assistance, c));
    s.populations?.forEach((c) => attribute(s.id, 'service', AMPARO_TAXONOMIES.populations, c));
  }
  return t;
}

/** The package's files: `<table>.csv` for every table with rows, and `datapackage.json`. */
export function hsdsPackage(tables: Record<HsdsTable, Row[]>, name: string): Record<string, string> {
  const files: Record<string, string> = {};
  const resources = [];
  for (const [table, rows] of Object.entries(tables) as [HsdsTable, Row[]][]) {
    if (!rows.length) continue;
    const {file, columns} = HSDS_TABLES[table];
    files[file] = writeCsv(columns, rows.map((r) => columns.map((c) => r[c] ?? '')));
    resources.push({
      name: table,
      path: file,
      profile: 'tabular-data-resource',
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8',
      schema: {fields: columns.map((c) => ({name: c, type: 'string'}))},
    });
  }
  files['datapackage.json'] = `${JSON.stringify({name, profile: 'tabular-data-package', resources}, null, 2)}\n`;
  return files;
}

/** The HSDS JSON form: every service with its related objects nested, as a one-page list. */
export function hsdsJson(tables: Record<HsdsTable, Row[]>): unknown {
  const by = (table: HsdsTable, key: string, id: string) => tables[table].filter((r) => r[key] === id);
  const attrs = (id: string) =>
    by('attributes', 'link_id', id).map((a) => ({...a, taxonomy_term: tables.taxonomy_terms.find((x) => x.id === a['taxonomy_term_id'])}));
  const phones = (key: string, id: string) => by('phones', key, id).map((p) => ({...p, languages: by('languages', 'phone_id', p['id']!)}));
  const location = (id: string) => {
    const l = tables.locations.find((x) => x.id === id);
    return (
      l && {
        ...l,
        addresses: by('addresses', 'location_id', id),
        schedules: by('schedules', 'location_id', id),
        accessibility: by('accessibility', 'location_id', id),
        attributes: attrs(id),
      }
    );
  };
  const organization = (id: string) => {
    const o = tables.organizations.find((x) => x.id === id);
    return o && {...o, phones: phones('organization_id', id), attributes: attrs(id)};
  };
  const services = tables.services.map((s) => ({
    ...s,
    organization: organization(s['organization_id']!),
    phones: phones('service_id', s['id']!),
    languages: by('languages', 'service_id', s['id']!),
    service_areas: by('service_areas', 'service_id', s['id']!),
    cost_options: by('cost_options', 'service_id', s['id']!),
    attributes: attrs(s['id']!),
    service_at_locations: by('service_at_locations', 'service_id', s['id']!).map((x) => ({...x, location: location(x['location_id']!)})),
  }));
  // Organizations without services, and locations no service is at, are listed too.
  const offered = new Set(tables.services.map((s) => s['organization_id']));
  const placed = new Set(tables.service_at_locations.map((x) => x['location_id']));
  const organizations = tables.organizations
    .filter((o) => !offered.has(o.id))
    .map((o) => ({...organization(o.id!), locations: tables.locations.filter((l) => l['organization_id'] === o.id).map((l) => location(l.id!))}));
  const locations = tables.locations.filter((l) => !placed.has(l.id) && offered.has(l['organization_id'])).map((l) => location(l.id!));
  const contents = [...services, ...organizations, ...locations];
  return {total_items: contents.length, total_pages: 1, page_number: 1, size: contents.length, first_page: true, last_page: true, empty: !contents.length, contents};
}
