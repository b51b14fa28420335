/**
 * Import of California immigration legal-help providers from the reference data's provider files
 * (../shared/sources/providers): the EOIR Recognition & Accreditation roster, the EOIR pro bono
 * list and the USCIS citizenship grantees, one organization per distinct organisation of the
 * de-duplicated index, with its locations and one service per list record; plus the places
 * (immigration courts, ICE detention facilities) and links of ./places.ts.
 *
 * Pure: upstream JSON and the build's zip-geo rows in, dataset records out, with `skipped` lines
 * naming every fact left out and why. Labels say only what each list says: the roster means
 * DOJ recognition (not free help); the pro bono list means "some free help, not recommended by
 * EOIR"; a grant means help with naturalization, not representation. Nothing is marked verified.
 */
import {countyByName, type CountyFips} from '../../src/core/dataset/ca-counties.js';
import type {DatasetInput} from '../../src/core/dataset/schema/index.js';
import {CREDENTIALS, NEEDS} from '../../src/core/dataset/vocabulary.js';
import {importLinks, importPlaces, type UpstreamLink} from './places.js';
import {orgLocations} from './provider-locations.js';
import {
  boundedId,
  cityKey,
  listSources,
  recordAsOf,
  slug,
  uniqueId,
  type GeoRows,
  type Source,
  type SourceBase,
  type UpstreamRecord,
} from './provider-common.js';
import {
  CA_AREA_CODES,
  DOUBT,
  GRANT_SERVICES,
  LANGUAGES,
  ROSTER_NOTES,
  SERVICE_NOTES,
  SERVICE_TAGS,
  SERVICE_TEXT,
  TOLL_FREE,
  grantDescription,
  joinTexts,
  type NoteUse,
  type Texts,
} from './provider-labels.js';
import {usPhone} from './normalise.js';

type Organization = NonNullable<DatasetInput['organizations']>[number];
type Location = NonNullable<DatasetInput['locations']>[number];
type Service = NonNullable<DatasetInput['services']>[number];
type Place = NonNullable<DatasetInput['places']>[number];
type Link = NonNullable<DatasetInput['links']>[number];
type Credential = (typeof CREDENTIALS)[number];

/** One organisation of `organisations-index-ca.json`, with the records (offices) it joins. */
export interface UpstreamOrganisation {
  orgId: string;
  name: string;
  offices: {recordId: string}[];
}

/** The provider files, parsed (see ./provider-files.ts). */
export interface ProviderFiles {
  recognized: UpstreamRecord[];
  proBono: UpstreamRecord[];
  grantees: UpstreamRecord[];
  index: UpstreamOrganisation[];
  /** The date the reference data compiled the index and the link list. */
  compiled: string;
  courts: UpstreamRecord[];
  detention: UpstreamRecord[];
  links: UpstreamLink[];
}

type List = 'recognized' | 'proBono' | 'grantees';
const LISTS: List[] = ['recognized', 'proBono', 'grantees'];

const PD = 'US Government work (17 U.S.C. 105), public domain; facts only (the compiled file has no licence)';

/** The three provider lists; `version` and `asOf` of each source come from its records. */
export const LIST_SOURCES: Record<List, SourceBase> = {
  recognized: {
    id: 'eoir-ra-roster',
    name: 'EOIR Recognition & Accreditation roster (U.S. Department of Justice): recognized organizations with a California principal office, as parsed by petertakla/casewhy (dated by the parsed file; the roster edition date was not recorded)',
    url: 'https://www.justice.gov/eoir/recognition-and-accreditation-roster-reports',
    licence: PD,
  },
  proBono: {
    id: 'eoir-pro-bono-list',
    name: 'EOIR List of Pro Bono Legal Service Providers (U.S. Department of Justice), California immigration courts, as parsed by petertakla/casewhy; the list says "Updated July 2026", dated here 2026-07-01 (the first day of that month)',
    url: 'https://www.justice.gov/eoir/list-pro-bono-legal-service-providers',
    licence: `${PD}. EOIR: the list must not be used to solicit paid business`,
  },
  grantees: {
    id: 'uscis-citizenship-grants',
    name: "USCIS Citizenship and Integration Grant Program: California recipients of the FY2022-FY2024 grants, as compiled by petertakla/casewhy; dated 2024-09-30, the last day of fiscal year 2024 (USCIS announces a year's recipients in September; the exact announcement was not recorded upstream)",
    url: 'https://www.uscis.gov/',
    licence: PD,
  },
};

const ASSISTANCE_BY_KIND: Record<string, Service['assistance']> = {
  'legal-services-nonprofit': ['full-representation'],
  'public-defender-immigration-unit': ['full-representation'],
  'pro-bono-referral-service': ['referral'],
};

export interface ProviderImport {
  organizations: Organization[];
  locations: Location[];
  services: Service[];
  places: Place[];
  links: Link[];
  sources: Source[];
  /** Facts left out, and why (printed by the build as `import:` lines). */
  skipped: string[];
  /** Counts and the organizations left out or relabelled (printed by the build). */
  summary: string[];
}

const unique = <T>(items: T[]) => [...new Set(items)];
const byId = <T extends {id: string}>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Recognition ended before the roster's own date and no renewal was pending then. */
export function recognitionLapsed(r: UpstreamRecord, asOf: string): boolean {
  return !!r.eoir && r.eoir.recognitionExpires < asOf && !r.eoir.pendingRenewal;
}

/** Words of a name that tell nothing apart: legal forms, parentheticals, punctuation. */
const nameKey = (name: string) =>
  cityKey(
    name
      .replace(/&/g, ' and ')
      .replace(/\([^()]*\)/g, ' ')
      .replace(/\b(inc|the|dba)\b\.?/gi, ' '),
  );

/**
 * "Listed as …" when a list names the organization differently from the index (a program, or
 * another office of a merged organization), unless the list's name is part of the index's.
 */
function listedAs(recordName: string, orgName: string): Texts[] {
  const [r, o] = [nameKey(recordName), nameKey(orgName)];
  return r === o || o.includes(r) ? [] : [{en: `Listed as “${recordName}”.`, es: `Aparece como “${recordName}”.`}];
}

/** A California county named by a list, or a skipped line. */
function counties(names: string[] | undefined, what: string, skipped: string[]): CountyFips[] {
  return (names ?? []).flatMap((n) => {
    const fips = countyByName(n);
    if (!fips) skipped.push(`${what}: service-area county "${n}" is not a California county; left out`);
    return fips ? [fips] : [];
  });
}

/** What the notes of a pro bono or grant record say about its service. */
function serviceNotes(r: UpstreamRecord, skipped: string[]) {
  const out = {eligibility: [] as Texts[], intake: [] as Texts[], about: [] as Texts[], populations: [] as string[]};
  for (const note of r.notes) {
    const rule = SERVICE_NOTES.find(([re]) => re.test(note));
    if (!rule) {
      skipped.push(`${r.id}: note "${note}" not understood; not shown`);
      continue;
    }
    for (const use of ([] as NoteUse[]).concat(rule[1])) {
      if ('eligibility' in use) {
        out.eligibility.push(use.eligibility);
        out.populations.push(...(use.populations ?? []));
      } else if ('intake' in use) out.intake.push(use.intake);
      else if ('about' in use) out.about.push(use.about);
    }
  }
  return out;
}

/**
 * A doubt about a phone number, if any: a roster note, or an area code from outside California
 * for a California office (a national organization listed with its out-of-state office is not
 * doubtful for that).
 */
function phoneDoubt(r: UpstreamRecord, number: string): Texts | undefined {
  for (const note of r.notes) {
    const rule = ROSTER_NOTES.find(([re]) => re.test(note));
    if (rule && 'phoneDoubt' in rule[1]) return rule[1].phoneDoubt(number);
  }
  const area = number.slice(0, 3);
  if (r.state === 'CA' && !CA_AREA_CODES.has(area) && !TOLL_FREE.has(area)) return DOUBT.areaCode(number, r.city ?? 'California');
  return undefined;
}

const verification = (doubts: Texts[]) => {
  const note = joinTexts(unique(doubts.map((d) => JSON.stringify(d))).map((d) => JSON.parse(d) as Texts));
  return note ? {status: 'doubtful' as const, note} : {status: 'unverified' as const};
};

/** Everything the provider files give, as dataset records. */
export function importProviders(files: ProviderFiles, zips: GeoRows): ProviderImport {
  const skipped: string[] = [];
  const lists = Object.fromEntries(LISTS.map((l) => [l, listSources(LIST_SOURCES[l], files[l])])) as Record<List, ReturnType<typeof listSources>>;
  const records = new Map<string, {list: List; r: UpstreamRecord}>();
  for (const list of LISTS) for (const r of files[list]) records.set(r.id, {list, r});

  const organizations: Organization[] = [];
  const locations: Location[] = [];
  const services: Service[] = [];
  const leftOut: string[] = [];
  const unlabelled: string[] = [];
  const ids = new Set<string>();
  const joined = new Set<string>();

  for (const entry of [...files.index].sort((a, b) => a.orgId.localeCompare(b.orgId))) {
    const all = entry.offices.flatMap(({recordId}) => {
      const found = records.get(recordId);
      if (!found) skipped.push(`${entry.orgId}: record ${recordId} is not in any provider list; ignored`);
      else joined.add(recordId);
      return found ? [found] : [];
    });
    const on = (list: List) => all.filter((x) => x.list === list).map((x) => x.r).sort((a, b) => a.id.localeCompare(b.id));
    const asOfOf = (_list: List, r: UpstreamRecord) => recordAsOf(r);
    const roster = on('recognized');
    const recognized = roster.filter((r) => {
      const lapsed = recognitionLapsed(r, asOfOf('recognized', r));
      if (r.eoir && r.eoir.expiredBeforeAsOf !== undefined && r.eoir.expiredBeforeAsOf !== r.eoir.recognitionExpires < asOfOf('recognized', r)) {
        skipped.push(`${r.id}: upstream expiredBeforeAsOf disagrees with the dates; the dates are used`);
      }
      return !lapsed;
    });
    const proBono = on('proBono');
    const grantees = on('grantees');
    if (roster.length && !recognized.length) {
      const r = roster[0]!;
      const why = `recognition expired ${r.eoir!.recognitionExpires}, before the roster of ${asOfOf('recognized', r)}, with no renewal pending`;
      if (!proBono.length && !grantees.length) {
        leftOut.push(`${entry.name} (${why})`);
        skipped.push(`${entry.orgId}: left out: only on the roster, and its ${why}`);
        continue;
      }
      unlabelled.push(`${entry.name} (${why}; kept for its other list, without the DOJ credential)`);
    }
    const kept: [List, UpstreamRecord[]][] = [
      ['recognized', recognized],
      ['proBono', proBono],
      ['grantees', grantees],
    ];
    if (!kept.some(([, rs]) => rs.length)) continue;
    const orgSlug = entry.orgId.replace(/^org-/, '') || slug(entry.name);
    const orgId = boundedId('org', orgSlug);
    const sourceIdOf = (list: List, r: UpstreamRecord) => lists[list].sourceOf(r).id;

    // Locations: one per distinct street address; P.O. boxes only when there is no street address.
    const locs = orgLocations(
      {id: orgId, slug: orgSlug},
      kept.flatMap(([list, rs]) => rs.map((r) => ({r, sourceId: sourceIdOf(list, r)}))),
      zips,
      ids,
      skipped,
    );
    const {locationIdsOf} = locs;
    const locDoubts = locs.doubts;

    // Phones, emails, website, languages.
    const phoneDoubts = new Map<string, Texts>();
    const phonesOf = (r: UpstreamRecord) => {
      if (!r.phone) return [];
      const number = usPhone(r.phone);
      if (!number) {
        skipped.push(`${r.id}: phone "${r.phone}" is not a valid US number; left out`);
        return [];
      }
      const doubt = phoneDoubt(r, number);
      if (doubt) phoneDoubts.set(number, doubt);
      return [number];
    };
    const languagesOf = (r: UpstreamRecord) =>
      unique(
        r.languages.flatMap((name) => {
          const tag = LANGUAGES[name.toLowerCase().trim()];
          if (!tag) skipped.push(`${r.id}: language "${name}" has no language tag here; left out`);
          return tag ? [tag] : [];
        }),
      );

    const orgServices: Service[] = [];
    const addService = (list: List, r: UpstreamRecord, suffix: string, fields: Omit<Service, 'id' | 'organizationId' | 'provenance' | 'verification'>, derived: string[] = [], note?: string) => {
      const several = kept.find(([l]) => l === list)![1].length > 1;
      const n = several ? `-${kept.find(([l]) => l === list)![1].indexOf(r) + 1}` : '';
      const id = uniqueId(boundedId('svc', orgSlug, `${suffix}${n}`), ids);
      const phones = (fields.phones ?? []).map((p) => p.number);
      const doubts = [...phones.flatMap((n) => phoneDoubts.get(n) ?? []), ...(fields.locationIds ?? []).flatMap((l) => locDoubts.get(l) ?? [])];
      orgServices.push({
        id,
        organizationId: orgId,
        ...fields,
        provenance: {sourceId: sourceIdOf(list, r), asOf: asOfOf(list, r), ...(derived.length ? {derived} : {}), ...(note ? {note} : {})},
        verification: verification(doubts),
      });
    };
    const restored = (r: UpstreamRecord) => {
      const m = r.notes.map((n) => /^present in the compiler's (\d{4}-\d{2}-\d{2}) roster file but missing from its (\d{4}-\d{2}-\d{2}) file/.exec(n)).find(Boolean);
      return m ? `taken from the compiler's ${m[1]} roster file: it is missing from the ${m[2]} file, whose first page looks lost` : undefined;
    };
    for (const r of roster) for (const note of r.notes) if (!ROSTER_NOTES.some(([re]) => re.test(note))) skipped.push(`${r.id}: note "${note}" not understood; not shown`);

    for (const r of recognized) {
      const phones = phonesOf(r).map((number) => ({number}));
      const locationIds = locationIdsOf(r);
      const derived = !locs.borrowsOffice(r) ? [] : ["office: the organization's street address on its other list (the roster gives a P.O. box)"];
      addService('recognized', r, 'doj-recognized', {...SERVICE_TEXT.recognized, needs: [], ...(phones.length ? {phones} : {}), locationIds}, derived, restored(r));
    }
    for (const r of proBono) {
      const tags = r.services.map((t) => {
        const meaning = SERVICE_TAGS[t.toLowerCase().trim()];
        if (!meaning) skipped.push(`${r.id}: service tag "${t}" has no term in the vocabulary; not shown`);
        return meaning ?? {};
      });
      const kind = ASSISTANCE_BY_KIND[r.kind];
      if (!kind) skipped.push(`${r.id}: kind "${r.kind}" gives no type of help`);
      const notes = serviceNotes(r, skipped);
      const needs = NEEDS.filter((n) => tags.some((t) => t.needs?.includes(n)));
      const populations = unique([...tags.flatMap((t) => t.populations ?? []), ...notes.populations]) as Service['populations'];
      const assistance = unique([...(kind ?? []), ...tags.flatMap((t) => t.assistance ?? [])]);
      const languages = languagesOf(r);
      const serviceCounties = unique(counties(r.serviceAreaCounties, r.id, skipped)).sort();
      const phones = phonesOf(r).map((number) => ({number}));
      const locationIds = locationIdsOf(r);
      const eligibility = joinTexts(notes.eligibility);
      const howTo = joinTexts(notes.intake);
      const derived = ["needs, people served and type of help: mapped from the list's service tags and kind of listing"];
      if (locs.borrowsOffice(r)) derived.push("office: the organization's street address on its other list (this list gives a P.O. box)");
      addService(
        'proBono',
        r,
        'pro-bono',
        {
          ...SERVICE_TEXT.proBono,
          description: joinTexts([SERVICE_TEXT.proBono.description, ...listedAs(r.name, entry.name), ...notes.about])!,
          needs,
          ...(assistance.length ? {assistance} : {}),
          ...(populations?.length ? {populations} : {}),
          ...(languages.length ? {languages} : {}),
          ...(serviceCounties.length ? {counties: serviceCounties} : {}),
          ...(r.remote ? {remote: ['phone' as const]} : {}),
          ...(r.courts?.length ? {courts: r.courts} : {}),
          ...(eligibility ? {eligibility} : {}),
          ...(howTo ? {intake: {status: 'unknown' as const, howTo}} : {}),
          ...(phones.length ? {phones} : {}),
          locationIds,
        },
        derived,
      );
    }
    for (const r of grantees) {
      const assistance = unique(
        r.services.flatMap((s) => {
          const a = GRANT_SERVICES[s.toLowerCase().trim()];
          if (!a) skipped.push(`${r.id}: service "${s}" has no type of help here; not shown`);
          return a ? [a] : [];
        }),
      );
      const notes = serviceNotes(r, skipped);
      const cityCounty = r.county ? countyByName(r.county) : undefined;
      const serviceCounties = r.remote ? [] : unique([...(cityCounty ? [cityCounty] : []), ...counties(r.serviceAreaCounties, r.id, skipped)]).sort();
      // The grant list gives a city only: an office of the organization in that city is where to ask.
      const locationIds = r.city ? locs.inCity(r.city) : [];
      const derived = [
        ...(cityCounty && !r.remote ? ['counties: the county of the city (not in the source) and the stated service area'] : []),
        ...(locationIds.length ? ["office: the organization's office in the same city on its other list (the grant list gives only the city)"] : []),
        ...(r.remote ? ['remote: the list marks it as an online course; no county limit'] : []),
      ];
      const eligibility = joinTexts(notes.eligibility);
      addService(
        'grantees',
        r,
        'citizenship',
        {
          ...SERVICE_TEXT.grantees,
          description: joinTexts([grantDescription(r.fiscalYearsAwarded ?? []), ...listedAs(r.name, entry.name), ...notes.about])!,
          needs: ['citizenship'],
          ...(assistance.length ? {assistance} : {}),
          ...(serviceCounties.length ? {counties: serviceCounties} : {}),
          ...(r.remote ? {remote: ['video' as const]} : {}),
          ...(eligibility ? {eligibility} : {}),
          locationIds,
        },
        derived,
      );
    }

    // The organization: facts of all its kept records; provenance from the first list it is on.
    const [firstList, firstRecords] = kept.find(([, rs]) => rs.length)!;
    const first = firstRecords[0]!;
    const keptRecords = kept.flatMap(([, rs]) => rs);
    const phones = unique(keptRecords.flatMap((r) => (r.phone ? (usPhone(r.phone) ?? []) : [])));
    const emails = unique(keptRecords.flatMap((r) => (r.email && /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(r.email) ? [r.email] : [])));
    for (const r of keptRecords) if (r.email && !emails.includes(r.email)) skipped.push(`${r.id}: email "${r.email}" is not an email address; left out`);
    const websites = keptRecords.flatMap((r) => (r.website ? [r.website] : []));
    const website = websites.find((w) => /^https:\/\/[^\s/?#]+\S*$/.test(w));
    for (const w of websites) if (!/^https?:\/\/[^\s/?#]+\S*$/.test(w)) skipped.push(`${entry.orgId}: website "${w}" is not a web address; left out`);
    const languages = unique(orgServices.flatMap((s) => s.languages ?? []));
    const credentials = CREDENTIALS.filter((c: Credential) =>
      c === 'doj-recognized' || c === 'accredited-rep' ? recognized.length > 0 : c === 'eoir-pro-bono' ? proBono.length > 0 : c === 'uscis-citizenship-grant' ? grantees.length > 0 : false,
    );
    const onLists = kept.filter(([, rs]) => rs.length).map(([l]) => l);
    const rec = recognized[0];
    organizations.push({
      id: orgId,
      name: {en: entry.name},
      ...(website ? {website} : {}),
      ...(phones.length ? {phones: phones.map((number) => ({number}))} : {}),
      ...(emails.length ? {emails} : {}),
      credentials,
      ...(rec?.eoir
        ? {recognition: {since: rec.eoir.recognizedDate, expires: rec.eoir.recognitionExpires, renewalPending: rec.eoir.pendingRenewal, asOf: asOfOf('recognized', rec)}}
        : {}),
      ...(languages.length ? {languages} : {}),
      provenance: {
        sourceId: sourceIdOf(firstList, first),
        asOf: asOfOf(firstList, first),
        ...(onLists.length > 1 ? {derived: [`one record for the organization on ${onLists.length} lists (the reference data's de-duplicated index)`]} : {}),
        ...(onLists.length > 1 ? {note: `also on ${onLists.slice(1).map((l) => LIST_SOURCES[l].id).join(' and ')}`} : {}),
      },
      verification: verification(phones.flatMap((n) => phoneDoubts.get(n) ?? [])),
    });
    locations.push(...locs.locations.map((l) => ({...l, verification: verification(locDoubts.get(l.id) ?? [])})));
    services.push(...orgServices);
  }
  for (const [id] of records) if (!joined.has(id)) skipped.push(`${id}: not in the organisation index; left out`);

  const places = importPlaces(files.courts, files.detention, zips, skipped);
  const links = importLinks(files.links, files.compiled, skipped);
  const sources = [...LISTS.flatMap((l) => lists[l].sources), ...places.sources, links.source];
  const result = {
    organizations: organizations.sort(byId),
    locations: locations.sort(byId),
    services: services.sort(byId),
    places: places.records.sort(byId),
    links: links.records.sort(byId),
    sources,
    skipped,
    summary: [] as string[],
  };
  result.summary = summarise(result, leftOut, unlabelled);
  return result;
}

/** The source entries of the provider files (the same as `importProviders(…).sources`). */
export function providerSources(files: ProviderFiles): Source[] {
  return importProviders(files, {}).sources;
}

/** Counties with an office or a stated service area of a provider (places are not providers). */
export function providerCounties(d: {locations: Location[]; services: Service[]}): Set<string> {
  return new Set([...d.locations.flatMap((l) => (l.county ? [l.county] : [])), ...d.services.flatMap((s) => s.counties ?? [])]);
}

function summarise(d: Omit<ProviderImport, 'summary'>, leftOut: string[], unlabelled: string[]): string[] {
  const on = (c: Credential) => d.organizations.filter((o) => o.credentials?.includes(c)).length;
  const doubtful = (rs: {verification?: {status: string}}[]) => rs.filter((r) => r.verification?.status === 'doubtful').length;
  const kinds = (k: string) => d.places.filter((p) => p.kind === k).length;
  return [
    `${d.organizations.length} organizations (${on('doj-recognized')} DOJ-recognized, ${on('eoir-pro-bono')} on the pro bono list, ${on('uscis-citizenship-grant')} citizenship grantees; ${d.organizations.filter((o) => o.provenance?.note?.startsWith('also on')).length} on two lists), ${d.locations.length} locations, ${d.services.length} services, ${d.places.length} places (${kinds('immigration-court')} courts, ${kinds('detention-facility')} detention facilities), ${d.links.length} links`,
    `left out, recognition expired before the roster date and only on the roster: ${leftOut.length}${leftOut.length ? `: ${leftOut.join('; ')}` : ''}`,
    `kept without the DOJ credential (recognition expired, on another list): ${unlabelled.length}${unlabelled.length ? `: ${unlabelled.join('; ')}` : ''}`,
    `doubtful: ${doubtful(d.organizations)} organizations, ${doubtful(d.locations)} locations, ${doubtful(d.services)} services, ${doubtful(d.places)} places`,
    `counties with a provider office or stated service area: ${providerCounties(d).size} of 58`,
  ];
}
