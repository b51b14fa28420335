/**
 * Import of California rapid-response hotlines from the AccessiTech/RedCards list (MIT), which
 * mirrors the California Immigrant Policy Center's list of rapid-response networks.
 *
 * Pure: upstream JSON in, dataset records out. Free-text coverage is normalised to county FIPS
 * codes; the original text is kept as `coverageNote`. No record is marked verified: the upstream
 * file has no verification dates. Numbers with a known doubt are marked `doubtful` with the reason.
 */
import {countyByName, type CountyFips} from '../../src/core/dataset/ca-counties.js';
import type {DatasetInput} from '../../src/core/dataset/schema/index.js';

type HotlineInput = NonNullable<DatasetInput['hotlines']>[number];

export interface UpstreamNetwork {
  id: string;
  region?: string;
  name: string;
  displayName?: string;
  coverage: string;
  phoneNumber: string;
  url?: string;
  email?: string;
}

export const HOTLINE_SOURCE = {
  id: 'accessitech-redcards',
  name: 'AccessiTech/RedCards, src/config/regions.json (mirrors the California Immigrant Policy Center list of rapid-response networks)',
  url: 'https://github.com/AccessiTech/RedCards',
  licence: 'MIT',
  version: '80ad77160a4b2cb86209aecd18198158458f74cc',
  asOf: '2026-02-02',
} as const;

export const HOTLINE_ATTRIBUTION = 'Rapid-response hotlines: portions (c) 2023 AccessiT3ch, MIT License.';

/**
 * Regions named in upstream coverage text, read narrowly. "Central Valley" is the San Joaquin
 * Valley (the network's number is in the 559 area); "Southern California" is the seven counties
 * south of the Tehachapi Mountains from Ventura to Imperial. Both are recorded in data/README.md.
 */
const REGIONS: Record<string, CountyFips[]> = {
  'central valley': ['06077', '06099', '06047', '06039', '06019', '06031', '06107', '06029'],
  'southern california': ['06111', '06037', '06059', '06065', '06071', '06073', '06025'],
  // Cities named as coverage: the county they are in.
  'long beach': ['06037'],
};

/** Known doubts about upstream numbers (see ../shared/sources/README.md, "Quality notes"). */
const DOUBTS: Record<string, string> = {
  'san-mateo':
    'The number has a Connecticut area code (203); it may be a forwarding number. Confirm with the network before relying on it.',
  'long-beach':
    'Another public list (LA County Office of Immigrant Affairs, 2019) gives 562-269-1083 for the Long Beach network; one of the two is out of date.',
};

/** County FIPS codes for coverage text like "Sonoma, Napa & Solano Counties" or "Sacramento". */
export function coverageToCounties(coverage: string): CountyFips[] | undefined {
  const text = coverage.toLowerCase().trim();
  const region = REGIONS[text];
  if (region) return region;
  const parts = text
    .replace(/\bcounties\b|\bcounty\b/g, '')
    .split(/,|&|\band\b/)
    .map((p) => p.trim())
    .filter(Boolean);
  const counties = parts.map((p) => countyByName(p));
  return counties.every(Boolean) && counties.length ? (counties as CountyFips[]) : undefined;
}

export interface ImportResult<T> {
  records: T[];
  /** Upstream entries left out, with the reason (printed by the build). */
  skipped: string[];
}

export function importHotlines(networks: UpstreamNetwork[]): ImportResult<HotlineInput> {
  const records: HotlineInput[] = [];
  const skipped: string[] = [];
  for (const n of networks) {
    const counties = coverageToCounties(n.coverage);
    if (!counties) {
      skipped.push(`${n.id}: coverage "${n.coverage}" does not name California counties`);
      continue;
    }
    const doubt = DOUBTS[n.id];
    records.push({
      id: `rr-${n.id}`,
      kind: 'rapid-response',
      name: {en: n.name},
      phones: [{number: n.phoneNumber}],
      scope: 'local',
      counties,
      coverageNote: {en: n.coverage},
      ...(n.url ? {website: n.url} : {}),
      ...(n.email ? {email: n.email} : {}),
      provenance: {sourceId: HOTLINE_SOURCE.id, asOf: HOTLINE_SOURCE.asOf},
      verification: doubt ? {status: 'doubtful', note: {en: doubt}} : {status: 'unverified'},
    });
  }
  return {records, skipped};
}

/** ../shared/sources/hotlines/national-lines.json: national lines with their publishers. */
export interface UpstreamNationalLine {
  id: string;
  name: string;
  kind: string;
  phones: string[];
  text?: string;
  url?: string;
  hours?: string;
  languages?: string[];
  languagesNote?: string;
  source: {url: string; publisher: string};
  asOf: string;
  verification?: string;
}

export const NATIONAL_LINES_SOURCE = {
  id: 'national-lines',
  name: 'National lines and their publishers: 988 Suicide & Crisis Lifeline (988lifeline.org, SAMHSA) and EOIR Automated Case Information (acis.eoir.justice.gov, DOJ EOIR), as compiled with the reference data',
  url: 'https://988lifeline.org/',
  licence: 'facts; US Government works',
  asOf: '2026-12-04',
} as const;

/** What each national line is for, in the words widgets show (English and Spanish). */
const NATIONAL: Record<string, {kind: 'crisis' | 'case-status'; purpose: {en: string; es: string}; name?: {en: string; es: string}}> = {
  'mental-health-crisis': {
    kind: 'crisis',
    purpose: {
      en: 'Free, confidential support for anyone in emotional distress or a suicidal crisis, by call or text, at any hour.',
      es: 'Apoyo gratuito y confidencial para cualquier persona con angustia emocional o en una crisis suicida, por llamada o mensaje de texto, a cualquier hora.',
    },
    name: {en: '988 Suicide & Crisis Lifeline', es: '988 Línea de Prevención del Suicidio y Crisis'},
  },
  'case-status': {
    kind: 'case-status',
    purpose: {
      en: "Immigration court hearing dates and case status by A-number (automated line and website of the immigration courts).",
      es: 'Fechas de audiencias y estado del caso en la corte de inmigración con el número A (línea automática y sitio web de las cortes de inmigración).',
    },
    name: {en: 'Immigration court case information (EOIR)', es: 'Información de casos de la corte de inmigración (EOIR)'},
  },
};

/**
 * The national lines as hotlines (`scope: national`): the 988 Suicide & Crisis Lifeline (call
 * or text) and EOIR's case information line. Unverified: the source says the numbers were not
 * re-checked by calling.
 */
export function importNationalLines(lines: UpstreamNationalLine[], phone: (raw: string) => string | undefined): ImportResult<HotlineInput> {
  const records: HotlineInput[] = [];
  const skipped: string[] = [];
  for (const line of lines) {
    const known = NATIONAL[line.kind];
    if (!known) {
      skipped.push(`national line ${line.id}: kind "${line.kind}" is not one the widgets show; left out`);
      continue;
    }
    const phones = line.phones.flatMap((raw): NonNullable<HotlineInput['phones']> => {
      if (/^(988|[2-9]11)$/.test(raw)) return [{number: raw, kind: line.text === raw ? 'voice-sms' : 'voice'}];
      const number = phone(raw);
      if (!number) skipped.push(`national line ${line.id}: phone "${raw}" is not a valid US number; left out`);
      return number ? [{number}] : [];
    });
    if (!phones.length) continue;
    records.push({
      id: `us-${line.id.replace(/^us-/, '')}`,
      kind: known.kind,
      name: known.name ?? {en: line.name},
      purpose: known.purpose,
      phones,
      ...(line.hours?.startsWith('24/7') && {hours: {open247: true}}),
      ...(line.languages?.length && {languages: line.languages}),
      scope: 'national',
      website: line.url ?? line.source.url,
      provenance: {sourceId: NATIONAL_LINES_SOURCE.id, asOf: line.asOf},
      verification: {status: 'unverified', ...(line.verification && {note: {en: line.verification}})},
    });
  }
  return {records, skipped};
}
