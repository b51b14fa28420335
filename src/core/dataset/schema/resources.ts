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
  Url,
  checked,
} from './common.js';
import {NEEDS, ASSISTANCE_TYPES, POPULATIONS, CREDENTIALS} from '../vocabulary.js';

/** Whether new clients are taken, as of `checkedAt`, and how to get in. */
export const IntakeSchema = z.object({
  status: z.enum(['open', 'waitlist', 'closed', 'unknown']),
  checkedAt: z.optional(IsoDate),
  methods: z.optional(z.array(z.enum(['phone', 'walk-in', 'online', 'email', 'referral']))),
  url: z.optional(Url),
  howTo: z.optional(LocalizedText),
  whatToBring: z.optional(z.array(LocalizedText)),
});

export const OrganizationSchema = z.object({
  id: Id,
  name: LocalizedText,
  description: z.optional(LocalizedText),
  website: z.optional(Url),
  phones: z.optional(z.array(Phone)),
  emails: z.optional(z.array(Email)),
  credentials: z.optional(z.array(z.enum(CREDENTIALS))),
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
  needs: z.array(z.enum(NEEDS)).check(z.minLength(1)),
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
    kind: z.enum(['rapid-response', 'detention', 'legal', 'other']),
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
