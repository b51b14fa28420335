/**
 * The coverage report of a dataset (`npm run data:report`): what is missing, unverified, doubtful
 * or stale, when the seats' terms end, and which seats are vacant. Pure: a parsed dataset and a reference date in, Markdown out.
 */
import {CA_COUNTIES, type CountyFips} from '../../src/core/dataset/ca-counties.js';
import {COLLECTIONS, type Dataset} from '../../src/core/dataset/schema/index.js';
import {validateDataset} from '../../src/core/dataset/validate.js';

export interface ReportOptions {
  /** Reference date for staleness. */
  now: Date;
  /** Says where `now` comes from, e.g. "meta.generatedAt". */
  nowLabel?: string;
  staleAfterDays?: number;
}

type AnyRecord = {
  id?: string;
  ocdId?: string;
  name?: string | {en: string};
  body?: string;
  districtOcdId?: string;
  verification?: {status: string; note?: {en: string}};
};

/** `rr-san-mateo (San Mateo Rapid Response)`, `ocd-person:… (state-senate 1, Megan Dahle)`. */
function recordLabel(r: AnyRecord): string {
  const name = typeof r.name === 'string' ? r.name : r.name?.en;
  const seat = r.body ? [r.body, r.districtOcdId?.split(':').pop()].filter(Boolean).join(' ') : undefined;
  const about = [seat, name].filter(Boolean).join(', ');
  return `\`${r.id ?? r.ocdId}\`${about ? ` (${about})` : ''}`;
}

const countyNames = (fips: Iterable<string>) =>
  [...fips].map((f) => CA_COUNTIES[f as CountyFips] ?? f).sort((a, b) => a.localeCompare(b));

const ALL_COUNTIES = Object.keys(CA_COUNTIES) as CountyFips[];

/**
 * Counties with a provider: a location (office) of an organization, or a service's stated
 * counties (all of them for a statewide service). Places (courts, detention facilities) are not
 * providers and do not count; remote help with no county limit does not either.
 */
function countiesWithResource(d: Dataset): Set<string> {
  if (d.services.some((s) => s.statewide)) return new Set(ALL_COUNTIES);
  return new Set([...d.services.flatMap((s) => s.counties ?? []), ...d.locations.flatMap((l) => (l.county ? [l.county] : []))]);
}

function countiesWithHotline(d: Dataset): Set<string> {
  if (d.hotlines.some((h) => h.scope !== 'local')) return new Set(ALL_COUNTIES);
  return new Set(d.hotlines.flatMap((h) => h.counties ?? []));
}

const SEAT_LABEL: Record<string, string> = {
  'us-house': 'U.S. House, CA-',
  'state-senate': 'State Senate district ',
  'state-assembly': 'Assembly district ',
};

/** The report as Markdown (no trailing newline). Throws if the dataset is unusable. */
export function coverageReport(input: unknown, options: ReportOptions): string {
  const staleAfterDays = options.staleAfterDays ?? 180;
  const result = validateDataset(input, {now: options.now, staleAfterDays});
  if (!result.ok) throw new Error(`the dataset cannot be used (${result.failure})`);
  const d = result.dataset;
  const day = options.now.toISOString().slice(0, 10);
  const lines: string[] = [];

  lines.push(
    `Reference date ${day}${options.nowLabel ? ` (${options.nowLabel})` : ''}; "stale" means last checked more than ${staleAfterDays} days before it.`,
    '',
  );

  const counts = COLLECTIONS.map((c) => `${d[c].length} ${c}`);
  lines.push(`Records: ${counts.join(', ')}.`, '');

  const withResource = countiesWithResource(d);
  const noResource = ALL_COUNTIES.filter((c) => !withResource.has(c));
  if (!d.organizations.length && !d.services.length) {
    lines.push(
      `**Counties without a provider (office or stated service area): ${noResource.length} of ${ALL_COUNTIES.length}.** ` +
        'The dataset has no organizations or services yet; that is expected until legal-service providers are imported.',
    );
  } else {
    lines.push(
      `**Counties without a provider (office or stated service area): ${noResource.length} of ${ALL_COUNTIES.length}.**` +
        (noResource.length ? ` ${countyNames(noResource).join(', ')}.` : ''),
    );
    const located = new Set(d.locations.map((l) => l.organizationId));
    const unlimited = d.services.filter(
      (s) => !s.statewide && !s.counties?.length && s.remote?.length && !(s.locationIds ? s.locationIds.length : located.has(s.organizationId)),
    );
    if (unlimited.length) lines.push('', `Remote help with no county limit (not counted above): ${unlimited.length} service(s).`);
  }
  lines.push('');
  if (d.places.length) {
    const kinds = [...new Set(d.places.map((p) => p.kind))].sort().map((k) => `${d.places.filter((p) => p.kind === k).length} ${k}`);
    const placeOnly = [...new Set(d.places.flatMap((p) => (p.county && !withResource.has(p.county) ? [p.county] : [])))];
    lines.push(
      `**Places (not help, not counted as providers): ${d.places.length}** (${kinds.join(', ')}), in ${new Set(d.places.flatMap((p) => p.county ?? [])).size} counties.` +
        (placeOnly.length ? ` Counties with a place but no provider: ${countyNames(placeOnly).join(', ')}.` : ''),
      '',
    );
  }
  const noHotline = ALL_COUNTIES.filter((c) => !countiesWithHotline(d).has(c));
  lines.push(
    `**Counties without a hotline: ${noHotline.length} of ${ALL_COUNTIES.length}.**` +
      (noHotline.length ? ` ${countyNames(noHotline).join(', ')}.` : ''),
    '',
  );

  // Verification and staleness, by collection (only collections whose records carry them).
  const stale = new Map<string, number>();
  for (const issue of result.issues) {
    if (issue.severity === 'warning' && issue.collection && /\.(checkedAt|asOf)$/.test(issue.path)) {
      stale.set(issue.collection, (stale.get(issue.collection) ?? 0) + 1);
    }
  }
  lines.push('| Collection | Records | Verified | Unverified | Doubtful | No verification | Stale |', '| --- | ---: | ---: | ---: | ---: | ---: | ---: |');
  const doubtful: string[] = [];
  for (const c of COLLECTIONS) {
    const records = d[c] as AnyRecord[];
    if (!records.length || c === 'zipTables') continue;
    const by = (status?: string) => records.filter((r) => r.verification?.status === status).length;
    lines.push(`| ${c} | ${records.length} | ${by('verified')} | ${by('unverified')} | ${by('doubtful')} | ${by(undefined)} | ${stale.get(c) ?? 0} |`);
    for (const r of records) {
      if (r.verification?.status === 'doubtful') doubtful.push(`- ${c} ${recordLabel(r)}: ${r.verification.note?.en ?? ''}`);
    }
  }
  lines.push('');
  lines.push(`**Doubtful records: ${doubtful.length}.**`, ...doubtful, '');

  // When the seats change hands: widgets stop offering an official from the term end on.
  const ends = new Map<string, number>();
  for (const o of d.officials) if (o.termEnd) ends.set(o.termEnd, (ends.get(o.termEnd) ?? 0) + 1);
  const noEnd = d.officials.filter((o) => !o.termEnd).length;
  lines.push(
    `**Term ends: ${noEnd} of ${d.officials.length} seats without one.**` +
      ([...ends].length ? ` ${[...ends].sort(([a], [b]) => a.localeCompare(b)).map(([date, n]) => `${date}: ${n}`).join('; ')}.` : ''),
    '',
  );

  const vacant = d.officials.filter((o) => o.status === 'vacant');
  lines.push(`**Vacant seats: ${vacant.length} of ${d.officials.length}.**`);
  for (const o of vacant) {
    const n = o.districtOcdId?.split(':').pop() ?? '';
    lines.push(`- ${SEAT_LABEL[o.body] ?? `${o.body} `}${n}: ${o.verification?.note?.en ?? 'vacant'}`);
  }
  return lines.join('\n');
}

export const REPORT_START = '<!-- coverage-report:start (written by `npm run data:report -- --write`; do not edit by hand) -->';
export const REPORT_END = '<!-- coverage-report:end -->';

/** `readme` with the text between the markers replaced by `report`; throws if the markers are missing. */
export function replaceReport(readme: string, report: string): string {
  const start = readme.indexOf(REPORT_START);
  const end = readme.indexOf(REPORT_END);
  if (start < 0 || end < start) throw new Error('data/README.md has no coverage report markers');
  return `${readme.slice(0, start + REPORT_START.length)}\n\n${report}\n\n${readme.slice(end)}`;
}
