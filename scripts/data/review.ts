/**
 * `meta.reviewBy`: the date by which the dataset must be rebuilt, because from that day on some
 * of it is no longer true as a whole (a term ends, a district map changes, the rights content is
 * due for review). Recognition expiries are not counted: each organization carries its own dates
 * and the finder changes its label on the day, so one of 160 expiring does not make the whole
 * dataset out of date (there is one almost every week).
 *
 * Pure: the dataset's dates in, one date out.
 */

/** The parts of a dataset whose dates expire (all optional: a dataset may lack any of them). */
export interface ExpiringParts {
  officials?: ReadonlyArray<{termEnd?: string}>;
  districtPlans?: ReadonlyArray<{validTo?: string}>;
  rightsEditions?: ReadonlyArray<{review?: {nextReviewDue?: string}}>;
}

/**
 * The earliest of every official's `termEnd`, every district plan's `validTo` and every rights
 * edition's `review.nextReviewDue` that falls on or after `generatedAt` (a date or date-time;
 * only its day counts). Dates before it are left out: they had already passed when the data was
 * built. `undefined` when nothing expires.
 */
export function reviewBy(parts: ExpiringParts, generatedAt: string): string | undefined {
  const day = generatedAt.slice(0, 10);
  const dates = [
    ...(parts.officials ?? []).map((o) => o.termEnd),
    ...(parts.districtPlans ?? []).map((p) => p.validTo),
    ...(parts.rightsEditions ?? []).map((e) => e.review?.nextReviewDue),
  ];
  return dates
    .filter((d): d is string => typeof d === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(d) && d >= day)
    .sort()[0];
}
