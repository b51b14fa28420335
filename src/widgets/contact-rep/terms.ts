/**
 * Who holds a seat on a date. Terms are data (`termStart`, `termEnd` = the first day NOT in
 * office), so an outgoing official stops being offered on the day their term ends and an
 * incoming one listed in the same dataset takes over on the day theirs starts, with no code or
 * data change on the day. A seat whose term has ended with nobody after it in the data says so
 * (never presenting the outgoing official as current). No DOM: unit-tested directly.
 */
import type {Official} from '../../core/dataset/schema/index.js';

/** Whether `o` holds office on `date`: serving or elect, its term started and not yet ended. */
export const inOffice = (o: Official, date: string): boolean =>
  o.status !== 'vacant' && (!o.termStart || o.termStart <= date) && (!o.termEnd || date < o.termEnd);

/** Whether the record's term is over on `date` (`termEnd` is the first day out of office). */
export const termEnded = (o: Official, date: string): boolean => !!o.termEnd && o.termEnd <= date;

/** Latest `key` first; a record without the date sorts last (the sort is stable for ties). */
const latest = (key: 'termStart' | 'termEnd') => (a: Official, b: Official) => (b[key] ?? '').localeCompare(a[key] ?? '');

/**
 * The records to show for one seat on `date` (or for the `seats` seats of a statewide body, two
 * for the U.S. Senate): the officials in office, latest term start first, so an incoming official
 * takes the seat on their first day even when the outgoing record has no `termEnd`; seats left
 * are filled by vacancy records in force, then by records whose term has ended (latest end
 * first: "term ended", never a contact). Terms that have not started yet are left out.
 */
export function holders(records: readonly Official[], date: string, seats = 1): Official[] {
  const present = records.filter((o) => inOffice(o, date)).sort(latest('termStart'));
  const vacant = records.filter((o) => o.status === 'vacant' && (!o.termStart || o.termStart <= date) && !termEnded(o, date));
  const ended = records.filter((o) => termEnded(o, date)).sort(latest('termEnd'));
  return [...present.slice(0, seats), ...vacant, ...ended].slice(0, seats);
}

/** Seats of a statewide body: two U.S. senators, one of every other office. */
export const seatsOf = (body: string) => (body === 'us-senate' ? 2 : 1);

/**
 * Every seat whose term has ended on `date` with nobody after it in the data: one record per
 * district (`districtOcdId`) or statewide seat.
 */
export function endedSeats(officials: readonly Official[], date: string): Official[] {
  const groups = new Map<string, Official[]>();
  for (const o of officials) {
    const key = o.districtOcdId ?? o.body;
    groups.set(key, [...(groups.get(key) ?? []), o]);
  }
  return [...groups.values()].flatMap((g) => holders(g, date, g[0]!.districtOcdId ? 1 : seatsOf(g[0]!.body))).filter((o) => termEnded(o, date));
}

/**
 * The outcomes of officials in office on `date`: what is reported to the site. A draft restored
 * after the end of a term may name an official who is no longer offered.
 */
export const outcomesInOffice = <T>(outcomes: Record<string, T>, officials: readonly Official[], date: string): Record<string, T> =>
  Object.fromEntries(Object.entries(outcomes).filter(([id]) => officials.some((o) => o.id === id && inOffice(o, date))));

let warned = false;

/**
 * Tells the site owner, once per page (however many widgets and renders), that the dataset has
 * seats whose term ended on `date` with no successor, and how to fix it. Returns whether it warned.
 */
export function warnEndedTerms(officials: readonly Official[], date: string): boolean {
  if (warned) return false;
  const ended = endedSeats(officials, date);
  if (!ended.length) return false;
  warned = true;
  const first = ended.map((o) => o.termEnd!).sort()[0];
  console.warn(
    `Amparo: ${ended.length} officials' terms ended (the first on ${first}) with no successor in the dataset; ` +
      'they are not offered. Please update the dataset: npm run data:build -- --from <sources> ' +
      '(see data/README.md), or use a newer Amparo release.',
  );
  return true;
}

/** Lets {@link warnEndedTerms} warn again (tests: a fresh page). */
export function resetEndedTermsWarning(): void {
  warned = false;
}
