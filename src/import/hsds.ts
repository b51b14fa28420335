/**
 * HSDS 3.0 (Open Referral's Human Services Data Specification) as tables: the tabular data
 * package's CSV files, and the JSON form (services or organizations with their related objects
 * nested) read into the same tables. Field names are HSDS 3.0's; which of them map to Amparo
 * fields, and which do not, is written down in docs/hsds.md.
 */
import type {Origin} from './report.js';

/** The HSDS tables Amparo reads and writes, with the CSV file name and the columns written. */
export const HSDS_TABLES = {
  organizations: {file: 'organizations.csv', columns: ['id', 'name', 'alternate_name', 'description', 'email', 'website']},
  services: {
    file: 'services.csv',
    columns: [
      'id', 'organization_id', 'name', 'alternate_name', 'description', 'url', 'email', 'status', 'interpretation_services',
      'application_process', 'fees_description', 'eligibility_description', 'assured_date',
    ],
  },
  locations: {
    file: 'locations.csv',
    columns: ['id', 'location_type', 'organization_id', 'name', 'description', 'transportation', 'latitude', 'longitude'],
  },
  addresses: {
    file: 'addresses.csv',
    columns: ['id', 'location_id', 'attention', 'address_1', 'address_2', 'city', 'region', 'state_province', 'postal_code', 'country', 'address_type'],
  },
  service_at_locations: {file: 'service_at_location.csv', columns: ['id', 'service_id', 'location_id', 'description']},
  phones: {
    file: 'phones.csv',
    columns: ['id', 'location_id', 'service_id', 'organization_id', 'contact_id', 'service_at_location_id', 'number', 'extension', 'type', 'description'],
  },
  languages: {file: 'languages.csv', columns: ['id', 'service_id', 'location_id', 'phone_id', 'name', 'code', 'note']},
  schedules: {
    file: 'schedules.csv',
    columns: ['id', 'service_id', 'location_id', 'service_at_location_id', 'freq', 'byday', 'opens_at', 'closes_at', 'description'],
  },
  service_areas: {file: 'service_areas.csv', columns: ['id', 'service_id', 'service_at_location_id', 'name', 'description', 'extent', 'extent_type', 'uri']},
  cost_options: {file: 'cost_options.csv', columns: ['id', 'service_id', 'option', 'currency', 'amount', 'amount_description']},
  accessibility: {file: 'accessibility.csv', columns: ['id', 'location_id', 'description', 'details', 'url']},
  attributes: {file: 'attributes.csv', columns: ['id', 'link_id', 'link_type', 'link_entity', 'taxonomy_term_id', 'value', 'label']},
  taxonomy_terms: {file: 'taxonomy_terms.csv', columns: ['id', 'code', 'name', 'description', 'parent_id', 'taxonomy', 'language']},
} as const;

export type HsdsTable = keyof typeof HSDS_TABLES;

export interface HsdsRow {
  values: Record<string, string>;
  origin: Origin;
}

export type HsdsTables = Record<HsdsTable, HsdsRow[]>;

export const emptyTables = (): HsdsTables =>
  Object.fromEntries(Object.keys(HSDS_TABLES).map((t) => [t, []])) as unknown as HsdsTables;

/** The table a CSV file of an HSDS package holds, by its file name (`services.csv`, `service_at_locations.csv`). */
export function tableOfFile(name: string): HsdsTable | undefined {
  const base = name.replace(/^.*[\\/]/, '').toLowerCase().replace(/\.csv$/, '');
  const aliases: Record<string, HsdsTable> = {
    organization: 'organizations', service: 'services', location: 'locations', address: 'addresses',
    service_at_location: 'service_at_locations', phone: 'phones', language: 'languages', schedule: 'schedules',
    service_area: 'service_areas', cost_option: 'cost_options', accessibility_for_disabilities: 'accessibility',
    attribute: 'attributes', taxonomy_term: 'taxonomy_terms',
  };
  return (base in HSDS_TABLES ? (base as HsdsTable) : undefined) ?? aliases[base];
}

/** Nested arrays of HSDS JSON objects: key → the table of its items. */
const NESTED: Record<string, HsdsTable> = {
  phones: 'phones', languages: 'languages', schedules: 'schedules', service_at_locations: 'service_at_locations',
  addresses: 'addresses', service_areas: 'service_areas', cost_options: 'cost_options', accessibility: 'accessibility',
  attributes: 'attributes', locations: 'locations', services: 'services',
};

/** The foreign-key column a child row of `parent` gets. */
const PARENT_KEY: Partial<Record<HsdsTable, string>> = {
  organizations: 'organization_id', services: 'service_id', locations: 'location_id',
  service_at_locations: 'service_at_location_id', phones: 'phone_id',
};

const scalar = (v: unknown): v is string | number | boolean => ['string', 'number', 'boolean'].includes(typeof v);

/** What kind of HSDS object a top-level JSON item is. */
function kindOf(item: Record<string, unknown>): HsdsTable | undefined {
  if ('organization' in item || 'service_at_locations' in item || 'status' in item || 'organization_id' in item) return 'services';
  if ('location_type' in item || 'addresses' in item) return 'locations';
  if ('name' in item && ('services' in item || 'locations' in item || 'description' in item || 'website' in item)) return 'organizations';
  return undefined;
}

/**
 * HSDS JSON (a list of services or organizations, a paged `{contents: [...]}` list, or one object)
 * read into tables; nested objects become rows of their table with the parent's id. A top-level
 * item that is not an HSDS object is returned in `unknown` (by its path).
 */
export function tablesFromJson(json: unknown, file: string): {tables: HsdsTables; unknown: string[]} {
  const tables = emptyTables();
  const unknown: string[] = [];
  const seen = new Map<string, Set<string>>();
  const add = (table: HsdsTable, obj: Record<string, unknown>, path: string, parent?: {table: HsdsTable; id: string}) => {
    const values: Record<string, string> = {};
    for (const [k, v] of Object.entries(obj)) if (scalar(v)) values[k] = String(v);
    if (parent) {
      if (table === 'attributes') {
        values['link_id'] ??= parent.id;
        values['link_entity'] ??= parent.table.replace(/s$/, '');
      } else {
        const key = PARENT_KEY[parent.table];
        if (key) values[key] ??= parent.id;
      }
    }
    const id = values['id'] ?? `${path}`;
    values['id'] ??= id;
    const ids = seen.get(table) ?? new Set<string>();
    seen.set(table, ids);
    const first = !ids.has(id);
    ids.add(id);
    for (const [k, v] of Object.entries(obj)) {
      if (k === 'organization' && v && typeof v === 'object' && !Array.isArray(v)) {
        const org = v as Record<string, unknown>;
        add('organizations', org, `${path}.organization`);
        if (org['id'] !== undefined) values['organization_id'] ??= String(org['id']);
      } else if (k === 'location' && v && typeof v === 'object' && !Array.isArray(v)) {
        const loc = v as Record<string, unknown>;
        add('locations', loc, `${path}.location`);
        if (loc['id'] !== undefined) values['location_id'] ??= String(loc['id']);
      } else if (k === 'taxonomy_term' && v && typeof v === 'object' && !Array.isArray(v)) {
        const term = v as Record<string, unknown>;
        add('taxonomy_terms', term, `${path}.taxonomy_term`);
        if (term['id'] !== undefined) values['taxonomy_term_id'] ??= String(term['id']);
      } else if (Array.isArray(v) && NESTED[k]) {
        v.forEach((child, i) => {
          if (child && typeof child === 'object') add(NESTED[k]!, child as Record<string, unknown>, `${path}.${k}[${i}]`, {table, id});
        });
      }
    }
    if (first) tables[table].push({values, origin: {file, path}});
  };
  const root = json as Record<string, unknown> | unknown[] | null;
  const items: [unknown, string][] = Array.isArray(root)
    ? root.map((item, i) => [item, `[${i}]`])
    : root && typeof root === 'object' && Array.isArray(root['contents'])
      ? (root['contents'] as unknown[]).map((item, i) => [item, `contents[${i}]`])
      : [[root, '$']];
  for (const [item, path] of items) {
    const kind = item && typeof item === 'object' && !Array.isArray(item) ? kindOf(item as Record<string, unknown>) : undefined;
    if (kind) add(kind, item as Record<string, unknown>, path);
    else unknown.push(path);
  }
  return {tables, unknown};
}

/** True when a parsed JSON document looks like HSDS (and not an Amparo dataset). */
export function looksLikeHsds(json: unknown): boolean {
  if (!json || typeof json !== 'object') return false;
  if (!Array.isArray(json) && 'meta' in json) return false;
  const {tables} = tablesFromJson(json, '');
  return tables.services.length + tables.organizations.length + tables.locations.length > 0;
}

/**
 * The taxonomies Amparo writes its vocabularies under (HSDS `attributes` + `taxonomy_terms`), so
 * needs, kinds of help, populations, credentials and approximate map positions survive a round
 * trip. Terms of other taxonomies are read by their names (see hsds-import.ts).
 */
export const AMPARO_TAXONOMIES = {
  needs: 'amparo-needs',
  assistance: 'amparo-assistance',
  populations: 'amparo-populations',
  credentials: 'amparo-credentials',
  precision: 'amparo-geo-precision',
} as const;

/** Phone kinds ↔ HSDS phone `type` (RFC 6350 types; `whatsapp` is ours). */
export const PHONE_TYPES = {voice: 'voice', sms: 'text', 'voice-sms': 'voice,text', whatsapp: 'whatsapp', fax: 'fax'} as const;

/** Cost kinds as written at the start of `fees_description` ("Sliding scale: ..."). */
export const COST_LABELS = {free: 'Free', 'low-cost': 'Low cost', 'sliding-scale': 'Sliding scale', fee: 'Fee'} as const;

/** Weekday ids ↔ iCalendar BYDAY codes. */
export const BYDAY = {mo: 'MO', tu: 'TU', we: 'WE', th: 'TH', fr: 'FR', sa: 'SA', su: 'SU'} as const;
