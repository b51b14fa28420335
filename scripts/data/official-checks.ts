/**
 * Cross-source checks of the officials, run by the build (an error fails it, a warning is
 * printed) and again by the quality gate (test/data/dataset.test.ts). They catch what no single
 * source shows: a person listed in two bodies at once, a seat held twice, a term shown as current
 * after it ended, a record without a term end.
 *
 * Pure: records and dates in, findings out.
 */
import type {DatasetInput} from '../../src/core/dataset/schema/index.js';

type OfficialInput = NonNullable<DatasetInput['officials']>[number];

export interface OfficialFinding {
  severity: 'error' | 'warning';
  /** Record ids concerned. */
  ids: string[];
  message: string;
}

/**
 * A name as compared across sources: no accents, case, punctuation, initials or suffixes
 * ("Adam B. Schiff" and "Adam Schiff" are the same name).
 */
export function normaliseName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9\s]/g, ' ')
    .split(/\s+/)
    .filter((w) => w && !/^[a-z]$/.test(w) && !['jr', 'sr', 'ii', 'iii', 'iv'].includes(w))
    .join(' ');
}

/**
 * Different people with the same name, who may hold two seats at once. Each entry names both
 * records and says how we know; the check skips exactly these pairs.
 */
export const NAMESAKES: ReadonlyArray<{ids: readonly [string, string]; reason: string}> = [
  {
    ids: ['bioguide:G000598', 'ocd-person:8b2f37bc-65b7-40ed-af14-5d93cb765a5d'],
    reason:
      'Two Robert Garcias: the U.S. Representative for CA-42 (Long Beach, a former mayor of Long Beach) and the Assemblymember for AD-50 (Rancho Cucamonga), elected in 2024. Open States lists the Long Beach mayor page among the Assemblymember\'s links, a mix-up of the two (the import does not use that link).',
  },
];

/** Seats per seat key (the U.S. Senate is one statewide key with two seats). */
const SEATS_PER_KEY: Record<string, number> = {'us-senate': 2};

const seatKey = (o: OfficialInput) => (o.districtOcdId ? `${o.body} ${o.districtOcdId}` : o.body);
const seatLabel = (o: OfficialInput) => `${o.body}${o.districtOcdId ? ` ${o.districtOcdId.split(':').pop()}` : ''}`;

/** Whether the terms [termStart, termEnd) of two records overlap (a missing date is open-ended). */
export function termsOverlap(a: Pick<OfficialInput, 'termStart' | 'termEnd'>, b: Pick<OfficialInput, 'termStart' | 'termEnd'>): boolean {
  const start = (o: typeof a) => o.termStart ?? '0000-01-01';
  const end = (o: typeof a) => o.termEnd ?? '9999-12-31';
  return start(a) < end(b) && start(b) < end(a);
}

/**
 * The findings for `officials` in a dataset generated on `generatedAt` (YYYY-MM-DD), with
 * `today` (the real date, YYYY-MM-DD) for warnings about terms that have ended since.
 * Errors:
 * - an official without `termEnd`, or with `termStart` not before it;
 * - a record still `serving` on `generatedAt` although its term ended (termEnd is the first day
 *   out of office, so termEnd <= generatedAt);
 * - the same (normalised) name in two different seats with overlapping terms, unless the two
 *   records are listed in {@link NAMESAKES} as different people;
 * - a seat held by more non-vacant records with overlapping terms than it has seats.
 * Warnings:
 * - a `serving` record whose term has ended by `today`: the data is out of date; rebuild it from
 *   refreshed sources.
 */
export function checkOfficials(
  officials: readonly OfficialInput[],
  generatedAt: string,
  today?: string,
  namesakes: typeof NAMESAKES = NAMESAKES,
): OfficialFinding[] {
  const findings: OfficialFinding[] = [];
  const error = (ids: string[], message: string) => findings.push({severity: 'error', ids, message});

  for (const o of officials) {
    if (!o.termEnd) error([o.id], `${seatLabel(o)} (${o.name ?? 'vacant'}) has no termEnd`);
    else if (o.termStart && o.termStart >= o.termEnd) error([o.id], `${seatLabel(o)}: termStart ${o.termStart} is not before termEnd ${o.termEnd}`);
    if (o.status === 'serving' && o.termEnd && o.termEnd <= generatedAt) {
      error([o.id], `${o.name} (${seatLabel(o)}) is still marked serving on ${generatedAt}, but the term ended on ${o.termEnd}`);
    } else if (o.status === 'serving' && o.termEnd && today && o.termEnd <= today) {
      findings.push({
        severity: 'warning',
        ids: [o.id],
        message: `${o.name} (${seatLabel(o)}): the term ended on ${o.termEnd}; widgets now say so. Refresh the sources and rebuild`,
      });
    }
  }

  const people = officials.filter((o) => o.status !== 'vacant' && o.name);
  const namesake = (a: OfficialInput, b: OfficialInput) => namesakes.some(({ids}) => ids.includes(a.id) && ids.includes(b.id));
  for (const [i, a] of people.entries()) {
    for (const b of people.slice(i + 1)) {
      if (seatKey(a) === seatKey(b) || normaliseName(a.name!) !== normaliseName(b.name!) || !termsOverlap(a, b) || namesake(a, b)) continue;
      error([a.id, b.id], `${a.name} is listed in two seats at once: ${seatLabel(a)} (${a.termStart ?? '?'} – ${a.termEnd ?? '?'}) and ${seatLabel(b)} (${b.termStart ?? '?'} – ${b.termEnd ?? '?'})`);
    }
  }

  const bySeat = new Map<string, OfficialInput[]>();
  for (const o of people) bySeat.set(seatKey(o), [...(bySeat.get(seatKey(o)) ?? []), o]);
  for (const [key, holders] of bySeat) {
    const seats = SEATS_PER_KEY[key] ?? 1;
    const crowded = holders.filter((a) => holders.filter((b) => b !== a && termsOverlap(a, b)).length >= seats);
    if (crowded.length) error(crowded.map((o) => o.id), `${seatLabel(crowded[0]!)} is held ${crowded.length} times at once (${crowded.map((o) => o.name).join(', ')}); it has ${seats} seat${seats > 1 ? 's' : ''}`);
  }
  return findings;
}
