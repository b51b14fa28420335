/**
 * The trusted default dataset (issue 15). The drop-in and classic builds replace this list with
 * the sha256 (its first 128 bits, base64) of every JSON file of `data/` they ship, each validated at build time by
 * the same validator the browser would run (scripts/data/trust.ts; the build fails on a file that
 * does not pass). The store hashes the bytes it fetches: for exactly those bytes it skips the
 * runtime validator, because the result would be the same. Anything else (a nonprofit's own
 * dataset, a layered one, a changed copy) is validated as strictly as ever. Empty outside those
 * builds (tests, the npm build): then everything is validated.
 */
export const TRUSTED_SHA256: readonly string[] = [];
