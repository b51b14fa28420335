/**
 * `meta.reviewBy`: the date by which the dataset must be rebuilt, because from that day on some
 * of it is no longer true (a term ends, a district map changes, a recognition expires).
 *
 * Pure: the dataset's dates in, one date out.
 */

/** The parts of a dataset whose dates expire (all optional: a dataset may lack any of them). */
export interface ExpiringParts {
  officials?: ReadonlyArray<{termEnd?: string}>;
  districtPlans?: ReadonlyArray<{validTo?: string}>;
  organizations?: ReadonlyArray<{recognition?: {expires?: string}}>;
}

/**
 * The earliest of every official's `termEnd`, every district plan's `validTo` and every
 * organization's `recognition.expires` that falls on or after `generatedAt` (a date or date-time;
 * only its day counts). Dates before it are left out: they had already passed when the data was
 * built (an expired recognition the widgets already show as expired). `undefined` when nothing
 * expires.
 */
export function reviewBy(parts: ExpiringParts, generatedAt: string): string | undefined {
  const day = generatedAt.slice(0, 10);
  const dates = [
    ...(parts.officials ?? []).map((o) => o.termEnd),
    ...(parts.districtPlans ?? []).map((p) => p.validTo),
    ...(parts.organizations ?? []).map((o) => o.recognition?.expires),
  ];
  return dates
    .filter((d): d is string => typeof d === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(d) && d >= day)
    .sort()[0];
}
