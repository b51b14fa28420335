/** Resource finder data: organizations, their services and locations, and hotlines. */
import * as z from 'zod/mini';
import {
  Address,
  County,
  Cost,
  Email,
  Geo,
  Hours,
  Id,
  IsoDate,
  Locale,
  LocalizedText,
  Phone,
  Text,
  Url,
  checked,
} from './common.js';
import {NEEDS, ASSISTANCE_TYPES, POPULATIONS, CREDENTIALS, LINK_KINDS, PLACE_KINDS, UPDATE_KINDS} from '../vocabulary.js';

/** Whether new clients are taken, as of `checkedAt`, and how to get in. */
export const IntakeSchema = z.object({
  status: z.enum(['open', 'waitlist', 'closed', 'unknown']),
  checkedAt: z.optional(IsoDate),
  methods: z.optional(z.array(z.enum(['phone', 'walk-in', 'online', 'email', 'referral']))),
  url: z.optional(Url),
  howTo: z.optional(LocalizedText),
  whatToBring: z.optional(z.array(LocalizedText)),
});

/**
 * DOJ recognition (EOIR Recognition & Accreditation roster) with its dates, as of the roster
 * edition `asOf`. Widgets decide by today's date: recognition is shown as current only until
 * `expires`, or as "renewal pending (as of `asOf`)" when the roster said so.
 */
export const RecognitionSchema = z.object({
  since: z.optional(IsoDate),
  expires: z.optional(IsoDate),
  renewalPending: z.optional(z.boolean()),
  asOf: IsoDate,
});

export const OrganizationSchema = z.object({
  id: Id,
  name: LocalizedText,
  description: z.optional(LocalizedText),
  website: z.optional(Url),
  phones: z.optional(z.array(Phone)),
  emails: z.optional(z.array(Email)),
  credentials: z.optional(z.array(z.enum(CREDENTIALS))),
  /** Where people can volunteer with, or give to, the organization (shown as plain links). */
  volunteerUrl: z.optional(Url),
  donateUrl: z.optional(Url),
  /** Dates of the `doj-recognized` credential; without it the credential has no known end. */
  recognition: z.optional(RecognitionSchema),
  /** Languages staff speak. */
  languages: z.optional(z.array(Locale)),
  cost: z.optional(Cost),
  intake: z.optional(IntakeSchema),
  ...checked,
});

/** A service an organization offers, and to whom and where. */
export const ServiceSchema = z.object({
  id: Id,
  organizationId: Id,
  name: LocalizedText,
  description: z.optional(LocalizedText),
  /** What the service helps with; empty when the source does not say (widgets say "call to ask"). */
  needs: z._default(z.array(z.enum(NEEDS)), () => []),
  assistance: z.optional(z.array(z.enum(ASSISTANCE_TYPES))),
  populations: z.optional(z.array(z.enum(POPULATIONS))),
  cost: z.optional(Cost),
  eligibility: z.optional(LocalizedText),
  /** Staff languages; `interpretation` means others are interpreted. */
  languages: z.optional(z.array(Locale)),
  interpretation: z.optional(z.boolean()),
  /** Consultations by phone / video. */
  remote: z.optional(z.array(z.enum(['phone', 'video']))),
  /** Counties served (FIPS); `statewide` serves all of them. */
  counties: z.optional(z.array(County)),
  statewide: z.optional(z.boolean()),
  locationIds: z.optional(z.array(Id)),
  /** Immigration courts (names, English) whose EOIR pro bono list names this service. */
  courts: z.optional(z.array(Text)),
  intake: z.optional(IntakeSchema),
  phones: z.optional(z.array(Phone)),
  url: z.optional(Url),
  ...checked,
});

/** A physical place where an organization meets clients. */
export const LocationSchema = z.object({
  id: Id,
  organizationId: Id,
  name: z.optional(LocalizedText),
  address: Address,
  county: z.optional(County),
  geo: z.optional(Geo),
  hours: z.optional(Hours),
  accessibility: z.optional(LocalizedText),
  transit: z.optional(LocalizedText),
  ...checked,
});

/**
 * A hotline. `scope: local` needs the `counties` it covers (FIPS);
 * upstream free-text coverage goes to `coverageNote`.
 */
export const HotlineSchema = z
  .object({
    id: Id,
    /** `crisis`: a mental-health crisis line (988); `case-status`: hearing dates by A-number. */
    kind: z.enum(['rapid-response', 'detention', 'legal', 'crisis', 'case-status', 'other']),
    name: LocalizedText,
    purpose: z.optional(LocalizedText),
    phones: z.array(Phone).check(z.minLength(1)),
    hours: z.optional(Hours),
    languages: z.optional(z.array(Locale)),
    scope: z.enum(['local', 'statewide', 'national']),
    counties: z.optional(z.array(County)),
    coverageNote: z.optional(LocalizedText),
    website: z.optional(Url),
    email: z.optional(Email),
    ...checked,
  })
  .check(
    z.refine((h) => h.scope !== 'local' || !!h.counties?.length, {
      message: 'a local hotline must list the counties it covers',
      path: ['counties'],
    }),
  );

/**
 * A place that is not help: an immigration court (where a hearing is) or an ICE detention
 * facility (where a person may be held). Widgets list places apart from providers and never rank
 * them as help.
 */
export const PlaceSchema = z.object({
  id: Id,
  kind: z.enum(PLACE_KINDS),
  name: LocalizedText,
  address: z.optional(Address),
  county: z.optional(County),
  geo: z.optional(Geo),
  phones: z.optional(z.array(Phone)),
  website: z.optional(Url),
  note: z.optional(LocalizedText),
  ...checked,
});

/**
 * A directory or online service the dataset links to without copying it (the ICE detainee
 * locator, EOIR case status, lawyer-referral and legal-aid directories).
 */
export const LinkRecordSchema = z.object({
  id: Id,
  kind: z.enum(LINK_KINDS),
  name: LocalizedText,
  url: Url,
  description: z.optional(LocalizedText),
  phones: z.optional(z.array(Phone)),
  /** Counties it is for (FIPS); none means all of California. */
  counties: z.optional(z.array(County)),
  ...checked,
});

/**
 * A dated entry of "what changed": a law blocked or in force, a map change, terms ending, a
 * number recalled. Each has its source. Widgets show the recent ones as a short list of updates
 * with dates (newest first), with a reminder to check rumours with the county hotline.
 */
export const UpdateSchema = z.object({
  id: Id,
  /** The day it took (or takes) effect. */
  date: IsoDate,
  kind: z.enum(UPDATE_KINDS),
  title: LocalizedText,
  body: z.optional(LocalizedText),
  source: z.object({name: Text, url: z.optional(Url)}),
  /** Where it matters: rights situations, finder needs, counties (FIPS). None means everywhere. */
  scenarios: z.optional(z.array(Id)),
  needs: z.optional(z.array(z.enum(NEEDS))),
  counties: z.optional(z.array(County)),
  ...checked,
});
