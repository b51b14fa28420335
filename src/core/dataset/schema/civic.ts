/**
 * Contact-your-representative data. The join key between ZIP lookups,
 * districts and officials is the OCD division id. District plans carry
 * validity dates so a redistricting switch-over is a data change.
 * The ZIP tables live in separate files (`ZipGeoTableSchema`, `ZipDistrictTableSchema`).
 */
import * as z from 'zod/mini';
import {
  Address,
  County,
  Email,
  Geo,
  Hours,
  Id,
  IsoDate,
  Locale,
  Latitude,
  LocalizedText,
  Longitude,
  Phone,
  Provenance,
  Text,
  Url,
  checked,
  pattern,
} from './common.js';
import {BODIES, TEMPLATE_TOKENS} from '../vocabulary.js';

export const OcdId = pattern(/^ocd-division\/[\w:/~.-]+$/, 'expected an OCD division id like ocd-division/country:us/state:ca/cd:12');

/** One map for one body (e.g. the 2021 congressional map), valid from `validFrom` until `validTo`. */
export const DistrictPlanSchema = z.object({
  id: Id,
  body: z.enum(BODIES),
  name: z.optional(LocalizedText),
  validFrom: IsoDate,
  validTo: z.optional(IsoDate),
  /** First election held on this map, when earlier than `validFrom`. */
  electionsFrom: z.optional(IsoDate),
  /**
   * County (FIPS) -> every district of this plan with people in it, largest first. For a plan
   * without a ZIP table: exact for a county inside one district; elsewhere the candidates to
   * choose from (widgets say so and link the official lookup).
   */
  countyDistricts: z.optional(z.record(County, z.array(z.int().check(z.gte(0))).check(z.minLength(1)))),
  provenance: Provenance,
});

export const DistrictSchema = z.object({
  ocdId: OcdId,
  planId: Id,
  number: z.int().check(z.gte(0)),
  name: z.optional(LocalizedText),
});

export const OfficeSchema = z.object({
  kind: z.enum(['dc', 'capitol', 'district']),
  phones: z.optional(z.array(Phone)),
  address: z.optional(Address),
  geo: z.optional(Geo),
  hours: z.optional(Hours),
});

/**
 * An elected seat and who holds it. A `vacant` seat has no person (no name).
 * Statewide offices have no `districtOcdId`.
 */
export const OfficialSchema = z
  .object({
    id: Id,
    status: z.enum(['serving', 'vacant', 'elect']),
    name: z.optional(Text),
    givenName: z.optional(Text),
    familyName: z.optional(Text),
    body: z.enum(BODIES),
    /** Display title, e.g. "Assemblymember". */
    title: z.optional(LocalizedText),
    districtOcdId: z.optional(OcdId),
    party: z.optional(Text),
    offices: z.optional(z.array(OfficeSchema)),
    website: z.optional(Url),
    contactForm: z.optional(Url),
    email: z.optional(Email),
    photo: z.optional(Url),
    /** First day of the term. */
    termStart: z.optional(IsoDate),
    /**
     * The day the term ends (the successor takes office that day): from it on, widgets no longer
     * offer this official as a contact and say the term ended.
     */
    termEnd: z.optional(IsoDate),
    /** Official page where people can find who holds this seat now (used once the term has ended). */
    lookupUrl: z.optional(Url),
    /** Languages the office staff speak, when known. */
    languages: z.optional(z.array(Locale)),
    ...checked,
  })
  .check(
    z.refine((o) => o.status === 'vacant' || o.name !== undefined, {
      message: 'a name is required unless the seat is vacant',
      path: ['name'],
    }),
  );

/** Who a campaign asks people to contact: everyone holding a body's seat for the user, or one official. */
export const Target = pattern(
  /^(us-senate|us-house|state-senate|state-assembly|governor|official:[A-Za-z0-9][\w.:-]*)$/,
  'expected us-senate, us-house, state-senate, state-assembly, governor or official:<id>',
);

const TOKEN_RE = /\{\{\s*([^}\s]*)\s*\}\}/g;
const KNOWN_TOKENS: readonly string[] = TEMPLATE_TOKENS;

/** The first `{{token}}` in any locale of `t` that the widget cannot fill in. */
const unknownToken = (t: Record<string, string>) =>
  Object.values(t)
    .flatMap((text) => [...text.matchAll(TOKEN_RE)].map((m) => m[1] ?? ''))
    .find((token) => !KNOWN_TOKENS.includes(token));

/** Message text with `{{token}}` placeholders; unknown tokens are rejected so they never reach a constituent. */
export const Template = LocalizedText.check(
  z.refine((t) => unknownToken(t) === undefined, {
    error: (issue) =>
      `unknown placeholder {{${unknownToken(issue.input as Record<string, string>)}}}; use one of ${TEMPLATE_TOKENS.join(', ')}`,
  }),
);

export const CampaignSchema = z.object({
  id: Id,
  title: LocalizedText,
  ask: LocalizedText,
  why: z.optional(LocalizedText),
  talkingPoints: z.optional(z.array(LocalizedText)),
  targets: z.array(Target).check(z.minLength(1)),
  /** Scripts in tab order, one per channel. */
  scripts: z
    .array(
      z.object({
        channel: z.enum(['call', 'email', 'webform', 'letter']),
        subject: z.optional(Template),
        body: Template,
      }),
    )
    .check(z.minLength(1)),
  /** What to pick in official forms' topic menus, e.g. "Immigration". */
  topicHint: z.optional(LocalizedText),
  activeFrom: z.optional(IsoDate),
  activeTo: z.optional(IsoDate),
  deadline: z.optional(IsoDate),
  /** Shown instead of contact options for a vacant seat. */
  vacancyNote: z.optional(LocalizedText),
});

const Zip = pattern(/^\d{5}$/, 'expected a 5-digit ZIP code');

/** Table header fields. `source` is a human-readable attribution. */
const zipTableHeader = {asOf: IsoDate, source: Text};

/** ZIP → `[countyFips, lat, lng]` of its centroid, then optionally its place (city) name. */
const ZipGeoRow = z.tuple([County, Latitude, Longitude, z.optional(Text)]);

/**
 * ZIP → candidate district numbers in plan `planId`. A ZIP may touch several
 * districts; a candidate is `n` or `[n, share]` with share 0..1 when known.
 */
const ZipDistrictRow = z
  .array(z.union([z.int(), z.tuple([z.int(), z.number().check(z.gte(0), z.lte(1))])]))
  .check(z.minLength(1));

export const ZipGeoTableSchema = z.object({
  kind: z.literal('zip-geo'),
  ...zipTableHeader,
  zips: z.record(Zip, ZipGeoRow),
});

export const ZipDistrictTableSchema = z.object({
  kind: z.literal('zip-districts'),
  planId: Id,
  ...zipTableHeader,
  zips: z.record(Zip, ZipDistrictRow),
});
