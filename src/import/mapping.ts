/**
 * Spreadsheet column headers mapped to Amparo fields, from the names people actually use, in
 * English and Spanish. Headers are compared folded (no accents, case or punctuation, and without
 * a bracketed part such as "(required)"), so "Organización*", "ORGANIZATION NAME" and
 * "Org. name (required)" all match. What is not recognised is reported and can be mapped with
 * `--map "Column=field"` or a mapping JSON file (`{"Column": "field"}`).
 *
 * A header with a language in brackets ("Description (Spanish)", "Descripción (es)") fills that
 * language of a text field: `description.es`.
 */
import {fold} from './text.js';

/** The fields a spreadsheet column can fill; `ignore` leaves a column out without a report. */
export const FIELDS = {
  id: 'a stable id for the organization (letters, digits, -)',
  name: 'organization name (required)',
  service: 'service or program name',
  description: 'what the organization does',
  website: 'web address',
  email: 'email address(es)',
  phone: 'phone number(s)',
  languages: 'languages staff speak',
  services: 'kinds of help (DACA, asylum, citizenship, workshops...)',
  populations: 'who is served (children, farmworkers...)',
  eligibility: 'who qualifies',
  cost: 'free, low cost, sliding scale or a fee',
  intake: 'accepting new clients: yes, no or waitlist',
  hours: 'opening hours ("Mon-Fri 9am-5pm")',
  address: 'full address in one cell ("1 Main St, Fresno, CA 93721")',
  street: 'street address',
  suite: 'suite, unit or floor',
  city: 'city',
  state: 'state (CA)',
  zip: 'ZIP code',
  county: 'county of the address',
  counties: 'counties served, or "statewide"',
  lat: 'latitude',
  lng: 'longitude',
  accessibility: 'accessibility of the place',
  transit: 'how to get there by public transit',
  asOf: 'date the row was last checked (YYYY-MM-DD)',
  source: 'where the row comes from',
  ignore: 'leave the column out',
} as const;

export type Field = keyof typeof FIELDS;

/** Fields that hold text in a language; a header or mapping may name the language (`description.es`). */
export const TEXT_FIELDS = new Set<Field>(['name', 'service', 'description', 'eligibility', 'hours', 'accessibility', 'transit']);

/** Header names (folded) per field: English first, then Spanish. */
const SYNONYMS: Record<Exclude<Field, 'ignore'>, {en: string[]; es: string[]}> = {
  id: {en: ['id', 'record id', 'org id', 'organization id'], es: ['identificador', 'id de la organizacion']},
  name: {
    en: ['organization name', 'organization', 'organisation', 'organisation name', 'org name', 'org', 'name', 'agency', 'agency name', 'provider', 'provider name', 'partner', 'partner name', 'partner organization', 'nonprofit', 'nonprofit name'],
    es: ['nombre', 'nombre de la organizacion', 'organizacion', 'nombre de organizacion', 'agencia', 'nombre de la agencia', 'proveedor', 'socio', 'organizacion aliada'],
  },
  service: {
    en: ['service name', 'program', 'program name', 'programme'],
    es: ['nombre del servicio', 'programa', 'nombre del programa'],
  },
  description: {
    en: ['description', 'about', 'summary', 'mission', 'details', 'notes for visitors'],
    es: ['descripcion', 'acerca de', 'resumen', 'mision', 'detalles'],
  },
  website: {
    en: ['website', 'web site', 'web', 'url', 'site', 'web page', 'webpage', 'homepage', 'home page', 'link', 'website url'],
    es: ['sitio web', 'pagina web', 'sitio', 'pagina', 'enlace', 'web de la organizacion'],
  },
  email: {
    en: ['email', 'e mail', 'email address', 'e mail address', 'emails', 'contact email'],
    es: ['correo', 'correo electronico', 'email de contacto', 'correos'],
  },
  phone: {
    en: ['phone', 'phone number', 'phone numbers', 'phones', 'telephone', 'telephone number', 'tel', 'main phone', 'contact phone', 'office phone'],
    es: ['telefono', 'telefonos', 'numero de telefono', 'tel', 'celular'],
  },
  languages: {
    en: ['languages', 'languages spoken', 'language', 'staff languages', 'languages offered', 'language s'],
    es: ['idiomas', 'idioma', 'idiomas hablados', 'lenguas', 'lenguas habladas', 'idiomas del personal'],
  },
  services: {
    en: ['services', 'services offered', 'service', 'type of help', 'types of help', 'kind of help', 'areas of practice', 'practice areas', 'legal services', 'help with', 'service type', 'service types', 'categories'],
    es: ['servicios', 'servicios ofrecidos', 'servicio', 'tipo de ayuda', 'tipos de ayuda', 'areas de practica', 'ayuda con', 'categorias'],
  },
  populations: {
    en: ['who we serve', 'population', 'populations', 'populations served', 'population served', 'clients served', 'serves'],
    es: ['poblacion', 'poblaciones', 'a quien servimos', 'poblacion atendida', 'a quien atendemos'],
  },
  eligibility: {
    en: ['eligibility', 'who qualifies', 'requirements', 'eligibility requirements'],
    es: ['elegibilidad', 'requisitos', 'quien califica'],
  },
  cost: {en: ['cost', 'costs', 'fees', 'fee', 'price', 'cost fees'], es: ['costo', 'costos', 'precio', 'tarifa', 'tarifas', 'cuota', 'coste']},
  intake: {
    en: ['accepting new clients', 'new clients', 'intake', 'taking new clients', 'open to new clients', 'intake status'],
    es: ['aceptando clientes nuevos', 'acepta clientes nuevos', 'clientes nuevos', 'aceptan clientes nuevos'],
  },
  hours: {
    en: ['hours', 'office hours', 'opening hours', 'hours of operation', 'open hours', 'business hours', 'schedule'],
    es: ['horario', 'horarios', 'horas', 'horario de atencion', 'horario de oficina'],
  },
  address: {
    en: ['full address', 'complete address', 'location', 'address full'],
    es: ['direccion completa', 'ubicacion'],
  },
  street: {
    en: ['street address', 'street', 'address', 'address 1', 'address line 1', 'address1', 'physical address', 'street address 1'],
    es: ['direccion', 'calle', 'domicilio', 'direccion fisica', 'calle y numero'],
  },
  suite: {
    en: ['suite', 'address 2', 'address line 2', 'address2', 'unit', 'suite unit', 'suite number', 'apt', 'floor'],
    es: ['oficina', 'unidad', 'suite o unidad', 'piso', 'numero de oficina'],
  },
  city: {en: ['city', 'town', 'city town'], es: ['ciudad', 'localidad', 'municipio', 'pueblo']},
  state: {en: ['state', 'st'], es: ['estado']},
  zip: {
    en: ['zip', 'zip code', 'zipcode', 'postal code', 'postcode', 'zip postal code'],
    es: ['codigo postal', 'cp', 'c p', 'zona postal'],
  },
  county: {en: ['county'], es: ['condado']},
  counties: {
    en: ['counties served', 'service area', 'service areas', 'area served', 'areas served', 'counties', 'coverage'],
    es: ['condados servidos', 'condados atendidos', 'area de servicio', 'areas de servicio', 'condados', 'cobertura'],
  },
  lat: {en: ['latitude', 'lat'], es: ['latitud']},
  lng: {en: ['longitude', 'lng', 'lon', 'long'], es: ['longitud']},
  accessibility: {en: ['accessibility', 'wheelchair access', 'accessible'], es: ['accesibilidad', 'acceso para sillas de ruedas']},
  transit: {en: ['transit', 'public transit', 'public transportation', 'transportation', 'bus'], es: ['transporte', 'transporte publico', 'como llegar']},
  asOf: {
    en: ['as of', 'last updated', 'updated', 'last verified', 'date updated', 'verified on', 'last checked', 'date checked', 'updated on'],
    es: ['fecha', 'actualizado', 'fecha de actualizacion', 'ultima actualizacion', 'verificado', 'fecha de verificacion'],
  },
  source: {en: ['source', 'data source'], es: ['fuente', 'origen de los datos']},
};

const LOOKUP = new Map<string, {field: Field; lang: 'en' | 'es'}>();
for (const [field, names] of Object.entries(SYNONYMS) as [Field, {en: string[]; es: string[]}][]) {
  for (const lang of ['en', 'es'] as const) {
    for (const name of names[lang]) if (!LOOKUP.has(name)) LOOKUP.set(name, {field, lang});
  }
}

/** Language names that can follow a text field's header in brackets, and their tags. */
const HEADER_LANGUAGES: Record<string, string> = {
  english: 'en', ingles: 'en', en: 'en', spanish: 'es', espanol: 'es', es: 'es', 'en espanol': 'es', 'in spanish': 'es',
  'in english': 'en', 'en ingles': 'en', chinese: 'zh', chino: 'zh', vietnamese: 'vi', vietnamita: 'vi', korean: 'ko',
  coreano: 'ko', tagalog: 'tl', tagalo: 'tl',
};

/** What a column was mapped to: a field, and for text fields the language of its text (undefined = the file's). */
export interface ColumnMap {
  field: Field;
  lang?: string;
}

export interface HeaderMapping {
  /** One entry per column; undefined where the header is not recognised. */
  columns: (ColumnMap | undefined)[];
  /** Headers not recognised (to report). */
  unknown: {index: number; header: string}[];
  /** The language most recognised headers are written in (a hint for the text's language). */
  headerLanguage: 'en' | 'es';
}

/** Reads `"Column=field, Other column=field.es"` into a map of folded header → field. */
export function parseMapSpec(spec: string): Map<string, ColumnMap> {
  const map = new Map<string, ColumnMap>();
  for (const part of spec.split(/,(?=[^,=]*=)/)) {
    const at = part.lastIndexOf('=');
    if (at < 0) throw new Error(`--map: expected "Column=field", got "${part.trim()}"`);
    map.set(fold(part.slice(0, at)), toColumnMap(part.slice(at + 1).trim()));
  }
  return map;
}

/** A mapping file `{"Column": "field"}` as the same map. */
export function mapFromJson(json: unknown): Map<string, ColumnMap> {
  if (!json || typeof json !== 'object' || Array.isArray(json)) throw new Error('a mapping file must be a JSON object {"Column": "field"}');
  const map = new Map<string, ColumnMap>();
  for (const [column, field] of Object.entries(json)) {
    if (typeof field !== 'string') throw new Error(`mapping for "${column}" must be a field name`);
    map.set(fold(column), toColumnMap(field));
  }
  return map;
}

function toColumnMap(spec: string): ColumnMap {
  const [field = '', lang] = spec.split('.');
  if (!(field in FIELDS)) {
    throw new Error(`unknown field "${field}"; use one of: ${Object.keys(FIELDS).join(', ')}`);
  }
  if (lang && !TEXT_FIELDS.has(field as Field)) throw new Error(`"${field}" holds no text in a language; write "${field}" alone`);
  if (lang && !/^[a-z]{2,3}(-[A-Za-z\d]{2,8})*$/.test(lang)) throw new Error(`"${lang}" is not a language tag like es`);
  return {field: field as Field, ...(lang && {lang})};
}

/** The header without a bracketed part or `*`, and the language that part names, if any. */
function splitHeader(header: string): {base: string; lang?: string} {
  const bracket = /[([]([^)\]]*)[)\]]/.exec(header);
  const inner = bracket ? fold(bracket[1]!) : '';
  let base = fold(header.replace(/[([][^)\]]*[)\]]/g, ' '));
  let lang = HEADER_LANGUAGES[inner];
  // "Descripción en español", "Description in Spanish".
  const suffix = /^(.*) (en espanol|in spanish|en ingles|in english)$/.exec(base);
  if (!lang && suffix) {
    base = suffix[1]!;
    lang = HEADER_LANGUAGES[suffix[2]!];
  }
  return {base, ...(lang && {lang})};
}

/**
 * Maps each header to a field: an explicit mapping first (by folded header), else the known
 * names. A field already taken by an earlier column is not filled twice (the later column is
 * reported as unknown), except text fields in another language.
 */
export function mapHeaders(headers: readonly string[], explicit: Map<string, ColumnMap> = new Map()): HeaderMapping {
  const taken = new Set<string>();
  const unknown: HeaderMapping['unknown'] = [];
  let en = 0;
  let es = 0;
  const columns = headers.map((header, index) => {
    const given = explicit.get(fold(header));
    let found: ColumnMap | undefined = given;
    if (!found) {
      const {base, lang} = splitHeader(header);
      const known = LOOKUP.get(base) ?? LOOKUP.get(fold(header));
      if (known) {
        if (known.lang === 'es') es++;
        else en++;
        found = {field: known.field, ...(lang && TEXT_FIELDS.has(known.field) && {lang})};
      }
    }
    const key = found && `${found.field}.${found.lang ?? ''}`;
    if (!found || (found.field !== 'ignore' && taken.has(key!))) {
      if (header.trim()) unknown.push({index, header});
      return undefined;
    }
    taken.add(key!);
    return found;
  });
  return {columns, unknown, headerLanguage: es > en ? 'es' : 'en'};
}
