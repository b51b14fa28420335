/**
 * Places and links of the provider files: the immigration courts and ICE detention facilities in
 * California (places where a hearing is or a person may be held: never help), and the
 * directories and online services the dataset links to without copying them. Pure.
 */
import {countyByName} from '../../src/core/dataset/ca-counties.js';
import type {DatasetInput} from '../../src/core/dataset/schema/index.js';
import {usPhone} from './normalise.js';
import {DERIVED, listSources, place, recordAsOf, slug, uniqueId, type GeoRows, type Source, type UpstreamRecord} from './provider-common.js';
import {joinTexts, type Texts} from './provider-labels.js';

type Place = NonNullable<DatasetInput['places']>[number];
type Link = NonNullable<DatasetInput['links']>[number];

/** One entry of `link-only-sources.json`. */
export interface UpstreamLink {
  name: string;
  url: string;
  what: string;
  licence?: string;
  use?: string;
}

const PD = 'US Government work (17 U.S.C. 105), public domain';

export const COURTS_SOURCE = {
  id: 'eoir-immigration-courts',
  url: 'https://www.justice.gov/eoir',
  licence: `${PD}; only facts were taken from the third-party pages`,
};

export const DETENTION_SOURCE = {
  id: 'ice-detention-fy25',
  name: 'ICE detention statistics FY2025 (FY25_detentionStats09112025.xlsx, facilities sheet): facilities in California, as extracted by otherJL0/icewatch',
  url: 'https://www.ice.gov/detain/detention-management',
  licence: `${PD}; facts only (the repository's code is GPL-3.0)`,
};

const COURT_NOTE: Texts = {
  en: 'An immigration court: where hearings are held. It does not give legal help.',
  es: 'Una corte de inmigración: donde se celebran las audiencias. No da ayuda legal.',
};
const SECONDARY: Texts = {
  en: "Address and phone from a third-party page, not the court's own page: check the court's page on justice.gov before you go.",
  es: 'Dirección y teléfono de una página de terceros, no de la página de la corte: revise la página de la corte en justice.gov antes de ir.',
};
const FACILITY_NOTE: Texts = {
  en: 'An ICE detention facility: a place where ICE holds people, not a source of legal help. Facilities in use change often: to find a person, use the ICE online detainee locator.',
  es: 'Un centro de detención de ICE: un lugar donde ICE retiene a personas, no un lugar de ayuda legal. Los centros en uso cambian a menudo: para encontrar a una persona, use el localizador de detenidos de ICE en línea.',
};

/** Court notes (and source confidence remarks) shown to people; `null`: about the data only. */
const COURT_NOTES: [RegExp, Texts | 'doubt' | null][] = [
  [/^a court, not a source of legal help/, null],
  [/^no phone in the stored source$/, null],
  [/^opened \d{4}-\d{2}-\d{2}/, null],
  [/^a secondary page says this location hears detained cases$/, {en: 'A third-party page says this location hears the cases of detained people.', es: 'Una página de terceros dice que en esta sede se ven los casos de personas detenidas.'}],
  [/^the stored page says 'Opening for filings only'$/, {en: 'The court\'s page said "Opening for filings only": check it before you go.', es: 'La página de la corte decía "Opening for filings only" (abierta solo para presentar documentos): revísela antes de ir.'}],
  [/^inside the Adelanto ICE Processing Center complex$/, {en: 'Inside the Adelanto ICE Processing Center complex.', es: 'Dentro del complejo del Centro de Procesamiento de ICE de Adelanto.'}],
  [/^only one secondary source; confirm the court name and ZIP$/, 'doubt'],
  [/address from EOIR's 2014 El Centro closure notice/, {en: "Address from EOIR's 2014 notice about the closing of the El Centro court.", es: 'Dirección tomada del aviso de EOIR de 2014 sobre el cierre de la corte de El Centro.'}],
];

const courtName = (name: string) => name.replace(/\s*\((?:name as given|[^()]*unclear)[^()]*\)\s*$/, '');

/** The courts and detention facilities as `places`, with their sources. */
export function importPlaces(courts: UpstreamRecord[], detention: UpstreamRecord[], zips: GeoRows, skipped: string[]): {records: Place[]; sources: Source[]} {
  const primary = courts.filter((r) => r.source.confidence?.startsWith('primary')).length;
  const retrieved = [...new Set(courts.map((r) => r.source.retrieved))].join(', ');
  const courtSources = listSources(
    {
      ...COURTS_SOURCE,
      name: `Immigration courts in California: stored web copies of the courts' justice.gov pages (${primary} records) and of third-party pages (${courts.length - primary}, each record names its page), retrieved ${retrieved}; page dates unknown`,
    },
    courts,
  );
  const facilitySources = listSources(DETENTION_SOURCE, detention);
  const ids = new Set<string>();
  const records: Place[] = [];
  const add = (r: UpstreamRecord, kind: Place['kind'], sources: typeof courtSources) => {
    const name = kind === 'immigration-court' ? courtName(r.name) : r.name;
    const base = kind === 'immigration-court' ? `court-${slug(name.replace(/\s*Immigration Court\b/i, ''))}` : `detention-${slug(name)}`;
    const id = uniqueId(base, ids);
    const p = place(r, zips);
    const notes: Texts[] = [kind === 'immigration-court' ? COURT_NOTE : FACILITY_NOTE];
    let doubt: Texts | undefined;
    const secondary = r.source.confidence?.startsWith('secondary');
    if (secondary) notes.push(SECONDARY);
    for (const text of [...r.notes, ...(r.source.confidence ? [r.source.confidence] : [])]) {
      const rule = COURT_NOTES.find(([re]) => re.test(text));
      if (!rule && !/^(primary|secondary) \(/.test(text) && kind === 'immigration-court') skipped.push(`${r.id}: note "${text}" not understood; not shown`);
      if (rule?.[1] === 'doubt') doubt = {
        en: `Only one third-party page gives this court${r.name !== name ? ', and its name there is unclear' : ''}. Confirm its name and address on justice.gov before you go.`,
        es: `Solo una página de terceros menciona esta corte${r.name !== name ? ', y el nombre que da no está claro' : ''}. Confirme el nombre y la dirección en justice.gov antes de ir.`,
      };
      else if (rule?.[1]) notes.push(rule[1]);
    }
    const derived: string[] = [];
    if ('reason' in p) {
      skipped.push(`${r.id}: no address or coordinates (${p.reason}); the county alone is kept`);
      if (r.address && r.city) notes.push({en: `Street given without a ZIP code: ${r.address}, ${r.city}.`, es: `Calle sin código postal: ${r.address}, ${r.city}.`});
      if (r.countyDerivation) derived.push(DERIVED.county);
    } else {
      derived.push(...p.derived);
      if (p.aside) notes.push({en: `At the ${p.aside}.`, es: `En el ${p.aside}.`});
    }
    if (r.notes.some((n) => /case normalised by the compiler/.test(n))) derived.push('name and address: upper case in the ICE spreadsheet, case normalised by the reference data compiler');
    const county = 'reason' in p ? (r.county ? countyByName(r.county) : undefined) : p.county;
    const phone = r.phone ? usPhone(r.phone) : undefined;
    if (r.phone && !phone) skipped.push(`${r.id}: phone "${r.phone}" is not a valid US number; left out`);
    const website = r.website && /^https:\/\/[^\s/?#]+\S*$/.test(r.website) ? r.website : undefined;
    const source = sources.sourceOf(r);
    records.push({
      id,
      kind,
      name: {en: name},
      ...('reason' in p ? {} : {address: p.address, geo: p.geo}),
      ...(county ? {county} : {}),
      ...(phone ? {phones: [{number: phone}]} : {}),
      ...(website ? {website} : {}),
      note: joinTexts(notes)!,
      provenance: {
        sourceId: source.id,
        ...(r.source.url !== source.url ? {url: r.source.url} : {}),
        asOf: recordAsOf(r),
        ...(derived.length ? {derived} : {}),
      },
      verification: doubt ? {status: 'doubtful', note: doubt} : {status: 'unverified'},
    });
  };
  for (const r of courts) add(r, 'immigration-court', courtSources);
  for (const r of detention) add(r, 'detention-facility', facilitySources);
  return {records, sources: [...courtSources.sources, ...facilitySources.sources]};
}

/** The links the dataset carries, by URL: our id, kind, names and plain-language descriptions. */
const LINKS: Record<string, Omit<Link, 'url' | 'provenance' | 'verification' | 'phones'>> = {
  'https://locator.ice.gov/': {
    id: 'link-ice-detainee-locator',
    kind: 'detainee-locator',
    name: {en: 'ICE online detainee locator', es: 'Localizador de detenidos de ICE en línea'},
    description: {en: 'Find a person held in ICE custody.', es: 'Encuentre a una persona detenida por ICE.'},
  },
  'https://acis.eoir.justice.gov/': {
    id: 'link-eoir-case-status',
    kind: 'case-status',
    name: {en: 'Immigration court case status (EOIR)', es: 'Estado del caso en la corte de inmigración (EOIR)'},
    description: {
      en: 'Check hearing dates and case status with an A-number, online or by phone.',
      es: 'Consulte fechas de audiencia y el estado del caso con el número A, en línea o por teléfono.',
    },
  },
  'https://www.immigrationadvocates.org/nonprofit/legaldirectory/': {
    id: 'link-immigration-advocates-directory',
    kind: 'legal-directory',
    name: {en: 'National Immigration Legal Services Directory (Immigration Advocates Network)', es: 'Directorio nacional de servicios legales de inmigración (Immigration Advocates Network)'},
    description: {
      en: 'Nonprofit immigration legal services across the country, searchable by state, county and detention facility.',
      es: 'Servicios legales de inmigración sin fines de lucro en todo el país; puede buscar por estado, condado y centro de detención.',
    },
  },
  'https://www.cdss.ca.gov/immigration-services': {
    id: 'link-cdss-immigration-services',
    kind: 'legal-directory',
    name: {en: 'California Department of Social Services: Immigration Services', es: 'Departamento de Servicios Sociales de California: servicios de inmigración'},
    description: {
      en: 'Lists of the nonprofits the State of California funds to give free immigration legal services, by county.',
      es: 'Listas de las organizaciones sin fines de lucro que el Estado de California financia para dar servicios legales de inmigración gratuitos, por condado.',
    },
  },
  'https://www.justice.gov/eoir/recognition-and-accreditation-roster-reports': {
    id: 'link-eoir-ra-roster',
    kind: 'legal-directory',
    name: {en: 'Recognized organizations and accredited representatives (EOIR roster)', es: 'Organizaciones reconocidas y representantes acreditados (lista de EOIR)'},
    description: {
      en: "The Justice Department's official lists, with branch offices. Check here whether an organization's recognition is current.",
      es: 'Las listas oficiales del Departamento de Justicia, con las oficinas de cada organización. Revise aquí si el reconocimiento de una organización está vigente.',
    },
  },
  'https://www.justice.gov/eoir/list-pro-bono-legal-service-providers': {
    id: 'link-eoir-pro-bono-list',
    kind: 'legal-directory',
    name: {en: 'List of Pro Bono Legal Service Providers (EOIR)', es: 'Lista de proveedores de servicios legales gratuitos (EOIR)'},
    description: {
      en: "The immigration courts' list of providers that offer some free legal help, by court; updated every three months. Being listed does not mean EOIR recommends a provider.",
      es: 'La lista de las cortes de inmigración de proveedores que ofrecen algo de ayuda legal gratuita, por corte; se actualiza cada tres meses. Estar en la lista no significa que EOIR recomiende al proveedor.',
    },
  },
  'https://www.calbar.ca.gov/Public/Need-Legal-Help/Lawyer-Referral-Service': {
    id: 'link-state-bar-lawyer-referral',
    kind: 'lawyer-referral',
    name: {en: 'Certified lawyer referral services (State Bar of California)', es: 'Servicios certificados de referencia de abogados (Colegio de Abogados de California)'},
    description: {
      en: 'Lawyer referral services certified by the State Bar, by county; the first consultation is low cost.',
      es: 'Servicios de referencia de abogados certificados por el Colegio de Abogados, por condado; la primera consulta es de bajo costo.',
    },
  },
  'https://www.lawhelpca.org/': {
    id: 'link-lawhelpca',
    kind: 'legal-directory',
    name: {en: 'LawHelpCA', es: 'LawHelpCA'},
    description: {en: 'Legal aid organizations in California, by county.', es: 'Organizaciones de ayuda legal en California, por condado.'},
  },
};

/** The source entry of the link list: the reference data compiled it (no upstream data of its own). */
export const LINKS_SOURCE = {
  id: 'amparo-link-list',
  name: "Directories and online services linked to, not copied: the reference data's providers/link-only-sources.json (each link is its publisher's page)",
  licence: 'facts (names and addresses of public web pages)',
};

/** The link-only entries as `links`; phone numbers only where the entry gives one. */
export function importLinks(links: UpstreamLink[], asOf: string, skipped: string[]): {records: Link[]; source: Source} {
  const records: Link[] = [];
  for (const l of links) {
    const known = LINKS[l.url];
    if (!known) {
      skipped.push(`link "${l.name}" (${l.url}): no description written for it here; left out`);
      continue;
    }
    const phones = [...l.what.matchAll(/\b1?-?\d{3}-\d{3}-\d{4}\b/g)].flatMap((m) => usPhone(m[0]) ?? []);
    records.push({
      ...known,
      url: l.url,
      ...(phones.length ? {phones: phones.map((number) => ({number}))} : {}),
      provenance: {sourceId: LINKS_SOURCE.id, asOf},
      verification: {status: 'unverified'},
    });
  }
  return {records, source: {...LINKS_SOURCE, asOf}};
}
