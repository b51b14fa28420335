/**
 * Building blocks shared by every part of the Amparo dataset schema.
 *
 * Formats are checked with plain regular expressions (no `z.url()`, `z.email()`
 * or `z.iso.*`): the checks stay syntactic, the bundle stays small and every
 * block converts to JSON Schema. Each check carries the short English message
 * the validator reports.
 */
import * as z from 'zod/mini';
import {WEEKDAYS} from '../vocabulary.js';

/** A string matching `re`, reporting `message` when it does not. */
export const pattern = (re: RegExp, message: string) => z.string().check(z.regex(re, message));

/** Non-empty text. */
export const Text = z.string().check(z.minLength(1));

/** Stable record id: letters, digits, `.`, `_`, `:` and `-` (e.g. `org-example`, `bioguide:S000000`). */
export const Id = pattern(/^[A-Za-z0-9][\w.:-]{0,99}$/, "expected an id of letters, digits, '-', '_', '.' or ':'");

/** ISO 3166-2 region, e.g. `US-CA`. */
export const Jurisdiction = pattern(/^[A-Z]{2}(-[A-Z\d]{1,3})?$/, 'expected a region code like US-CA');

/** BCP-47-ish language tag: `es`, `zh-Hant`, `es-419`, `mix`. */
export const LOCALE_RE = /^[a-z]{2,3}(-[A-Za-z\d]{2,8})*$/;
export const Locale = pattern(LOCALE_RE, 'expected a language tag like es or zh-Hant');

/**
 * Text keyed by language tag. English (`en`) is required and non-empty; other
 * locales are optional and an empty one counts as missing (widgets fall back).
 */
export const LocalizedText = z.catchall(z.object({en: Text}), z.string()).check(
  z.refine((t) => Object.keys(t).every((k) => LOCALE_RE.test(k)), 'language keys must look like es or zh-Hant'),
);

const DATE = '\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])';
const TIME = '([01]\\d|2[0-3]):[0-5]\\d';

/** Calendar date, `2026-03-01`. */
export const IsoDate = pattern(new RegExp(`^${DATE}$`), 'expected a date like 2026-03-01');

/** UTC or offset instant, `2026-03-01T12:00:00Z`. */
export const IsoDateTime = pattern(
  new RegExp(`^${DATE}T${TIME}(:[0-5]\\d(\\.\\d+)?)?(Z|[+-]${TIME})$`),
  'expected a date-time like 2026-03-01T12:00:00Z',
);

/** Wall-clock date or date-time without offset (`2026-12-05` or `2026-12-05T18:00`), read in a separate IANA zone. */
export const LocalDateTime = pattern(
  new RegExp(`^${DATE}(T${TIME})?$`),
  'expected a local date or date-time like 2026-12-05T18:00 (no offset)',
);

/** Time of day, `09:00`; `24:00` allowed as a closing time. */
export const TimeOfDay = pattern(new RegExp(`^(${TIME}|24:00)$`), 'expected a time like 09:00');

/** IANA time zone that this browser knows, e.g. `America/Los_Angeles`. */
export const TimeZone = z.string().check(
  z.refine((tz) => {
    try {
      new Intl.DateTimeFormat('en', {timeZone: tz});
      return true;
    } catch {
      return false;
    }
  }, 'expected an IANA time zone like America/Los_Angeles'),
);

/** Absolute http(s) URL (syntactic check only). */
export const Url = pattern(/^https?:\/\/[^\s/?#]+\S*$/, 'expected a web address starting with https://');

/** http(s) URL or a path relative to the dataset file (no other schemes). */
export const RelativeUrl = pattern(
  /^(https?:\/\/|(?![a-z][\w+.-]*:))\S+$/i,
  'expected a relative path or a web address starting with https://',
);

export const Email = pattern(/^[^\s@]+@[^\s@]+\.[^\s@]+$/, 'expected an email address like info@example.org');

// E.164-ish (`+1 415 555 0100`) or US 10-digit (`(415) 555-0100`), optional extension.
const PHONE = '(\\+\\d[\\d ().-]{6,18}\\d|(1[ .-]?)?\\(?\\d{3}\\)?[ .-]?\\d{3}[ .-]?\\d{4})( ?(x|ext\\.?) ?\\d{1,6})?';
const SHORT_CODE = /^\d{5,6}$/;
/** Three-digit service numbers dialled as they are: 988 (Suicide & Crisis Lifeline), 211, 911... */
const SERVICE_CODE = '[2-9]11|988';

/**
 * A phone number as written for display (`+1 415 555 0100`, `(415) 555-0100 x12`);
 * widgets derive the `tel:` form. A 5–6 digit short code is allowed for `sms` only; the
 * three-digit service numbers (988, 211, ...) as they are dialled.
 */
export const Phone = z
  .object({
    number: pattern(new RegExp(`^(${PHONE}|${SERVICE_CODE})$|${SHORT_CODE.source}`), 'expected a phone number like +1 415 555 0100'),
    /** How the number can be used; absent means voice. */
    kind: z.optional(z.enum(['voice', 'sms', 'voice-sms', 'whatsapp', 'fax'])),
    label: z.optional(LocalizedText),
    languages: z.optional(z.array(Locale)),
  })
  .check(
    z.refine((p) => !SHORT_CODE.test(p.number) || p.kind === 'sms', {
      message: 'short codes are for text messages only (kind: "sms")',
      path: ['kind'],
    }),
  );

/** US postal address. */
export const Address = z.object({
  street: Text,
  suite: z.optional(Text),
  city: Text,
  state: pattern(/^[A-Z]{2}$/, 'expected a two-letter state code like CA'),
  zip: pattern(/^\d{5}(-\d{4})?$/, 'expected a ZIP code like 94110'),
});

export const Latitude = z.number().check(z.gte(-90), z.lte(90));
export const Longitude = z.number().check(z.gte(-180), z.lte(180));

export const Geo = z.object({
  lat: Latitude,
  lng: Longitude,
  /** `approximate`: fuzzed or ZIP centroid; never plot as an exact pin. */
  precision: z.optional(z.enum(['exact', 'approximate'])),
});

/**
 * California county as its 5-digit FIPS code (`06037` = Los Angeles).
 * The schema checks the pattern only; names come from the UI's own table.
 */
export const County = pattern(/^06\d{3}$/, 'expected a California county FIPS code like 06037');

/**
 * Opening hours: `open247`, or weekly `{days, opens, closes}` ranges in
 * `timeZone` (default: the dataset's `meta.timeZone`), plus a free-text note.
 */
export const Hours = z.object({
  open247: z.optional(z.boolean()),
  weekly: z.optional(
    z.array(z.object({days: z.array(z.enum(WEEKDAYS)).check(z.minLength(1)), opens: TimeOfDay, closes: TimeOfDay})),
  ),
  timeZone: z.optional(TimeZone),
  note: z.optional(LocalizedText),
});

/** Fees: kind plus optional amount. */
export const Cost = z.object({
  type: z.enum(['free', 'low-cost', 'sliding-scale', 'fee']),
  amount: z.optional(z.number().check(z.gte(0))),
  currency: z.optional(pattern(/^[A-Z]{3}$/, 'expected a currency code like USD')),
  note: z.optional(LocalizedText),
});

/**
 * Where a record's facts come from: `sourceId` (an entry of `meta.sources`) or
 * a source `name` (+ `url`), and the date the facts were true.
 */
export const Provenance = z
  .object({
    sourceId: z.optional(Id),
    name: z.optional(Text),
    url: z.optional(Url),
    asOf: IsoDate,
    /**
     * Facts the publisher derived rather than read from the source, in plain words
     * (`"county from the city"`, `"coordinates: ZIP code centroid"`).
     */
    derived: z.optional(z.array(Text)),
    /** Where the source was not the final word, e.g. an unmerged upstream change. */
    note: z.optional(Text),
  })
  .check(z.refine((p) => !!(p.sourceId || p.name), 'give a sourceId or a source name'));

/** A human check of the record. `doubtful` records are kept but must say why in `note`. */
export const Verification = z
  .object({
    status: z.enum(['verified', 'unverified', 'doubtful']),
    checkedAt: z.optional(IsoDate),
    by: z.optional(Text),
    method: z.optional(z.enum(['phone-call', 'email', 'self-report', 'public-list', 'site-visit'])),
    note: z.optional(LocalizedText),
  })
  .check(
    z.refine((v) => v.status !== 'doubtful' || !!v.note, {message: 'a doubtful record needs a note', path: ['note']}),
  );

/** A named link, e.g. a rights source. */
export const Link = z.object({name: Text, url: Url});

/** Fields shared by records that carry provenance and a verification state. */
export const checked = {
  provenance: z.optional(Provenance),
  verification: z.optional(Verification),
};
