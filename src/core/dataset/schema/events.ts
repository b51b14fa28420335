/**
 * Event calendar data. Times are wall-clock (`2026-12-05T18:00`, or a date for
 * all-day events) in the event's IANA `timeZone`, never with a baked-in offset,
 * so recurring events stay correct across DST.
 */
import * as z from 'zod/mini';
import {
  Address,
  County,
  Cost,
  Email,
  Geo,
  Id,
  Locale,
  LocalDateTime,
  LocalizedText,
  Phone,
  Text,
  TimeZone,
  Url,
  checked,
  pattern,
} from './common.js';
import {EVENT_TYPES, EVENT_STATUSES, ACCESSIBILITY_FEATURES} from '../vocabulary.js';

/**
 * RFC 5545 RRULE subset the calendar expands: FREQ=DAILY|WEEKLY|MONTHLY with
 * INTERVAL, COUNT, UNTIL, BYDAY (with ordinals), BYMONTHDAY, WKST. Values are
 * checked by the expander.
 */
export const RRule = pattern(
  /^FREQ=(DAILY|WEEKLY|MONTHLY)(;(INTERVAL|COUNT|UNTIL|BYDAY|BYMONTHDAY|WKST)=[\dA-Z,+-]+)*$/,
  'expected an RRULE like FREQ=WEEKLY;BYDAY=TU (DAILY, WEEKLY or MONTHLY)',
);

export const RecurrenceSchema = z.object({
  rrule: RRule,
  exdates: z.optional(z.array(LocalDateTime)),
  rdates: z.optional(z.array(LocalDateTime)),
  /** Per-occurrence changes, keyed by the occurrence's original start. */
  overrides: z.optional(
    z.array(
      z.object({
        occurrence: LocalDateTime,
        status: z.optional(z.enum(EVENT_STATUSES)),
        start: z.optional(LocalDateTime),
        end: z.optional(LocalDateTime),
        note: z.optional(LocalizedText),
      }),
    ),
  ),
});

/**
 * Where an in-person event happens. Without `address` the widget shows
 * `locality` and "address shared after registering": leave the street out of
 * the public dataset in that case.
 */
export const EventLocationSchema = z
  .object({
    name: z.optional(LocalizedText),
    address: z.optional(Address),
    locality: z.optional(Text),
    county: z.optional(County),
    geo: z.optional(Geo),
    directions: z.optional(LocalizedText),
  })
  .check(z.refine((l) => !!(l.address || l.locality), 'give an address, or a locality if the address is shared after registering'));

/** Online access; without `url` the link is shared after registering. */
export const EventOnlineSchema = z.object({
  url: z.optional(Url),
  platform: z.optional(Text),
  dialIn: z.optional(Phone),
  instructions: z.optional(LocalizedText),
});

export const EventSchema = z
  .object({
    id: Id,
    /** Bumped on every material change (ICS SEQUENCE). */
    sequence: z.optional(z.int().check(z.gte(0))),
    /** Absent means scheduled. */
    status: z.optional(z.enum(EVENT_STATUSES)),
    previousStart: z.optional(LocalDateTime),
    type: z.enum(EVENT_TYPES),
    title: LocalizedText,
    summary: z.optional(LocalizedText),
    /** Plain text with paragraphs; rendered as text, never as HTML. */
    description: z.optional(LocalizedText),
    start: LocalDateTime,
    end: z.optional(LocalDateTime),
    timeZone: TimeZone,
    recurrence: z.optional(RecurrenceSchema),
    format: z.enum(['in-person', 'online', 'hybrid']),
    location: z.optional(EventLocationSchema),
    online: z.optional(EventOnlineSchema),
    /** Languages the event is held in. */
    languages: z.array(Locale).check(z.minLength(1)),
    interpretation: z.optional(
      z.array(z.object({language: Locale, mode: z.optional(z.enum(['simultaneous', 'consecutive', 'on-request']))})),
    ),
    accessibility: z.optional(
      z.object({features: z.optional(z.array(z.enum(ACCESSIBILITY_FEATURES))), notes: z.optional(LocalizedText)}),
    ),
    /** Trust signals that matter to immigrant communities. */
    safety: z.optional(
      z.object({
        noIdRequired: z.optional(z.boolean()),
        noRegistrationRequired: z.optional(z.boolean()),
        confidential: z.optional(z.boolean()),
        photoPolicy: z.optional(z.enum(['no-photos', 'ask-first', 'photos-allowed'])),
        recording: z.optional(z.enum(['none', 'recorded', 'livestreamed'])),
        notes: z.optional(LocalizedText),
      }),
    ),
    cost: z.optional(Cost),
    rsvp: z.optional(
      z.object({
        url: z.optional(Url),
        phone: z.optional(Phone),
        email: z.optional(Email),
        deadline: z.optional(LocalDateTime),
      }),
    ),
    organizer: z.object({organizationId: z.optional(Id), name: Text, url: z.optional(Url)}),
    counties: z.optional(z.array(County)),
    /** Demo event: widgets label it as a sample. */
    sample: z.optional(z.boolean()),
    ...checked,
  })
  .check(
    z.refine((e) => e.format === 'online' || !!e.location, {
      message: 'in-person and hybrid events need a location',
      path: ['location'],
    }),
    z.refine((e) => e.format === 'in-person' || !!e.online, {
      message: 'online and hybrid events need online details',
      path: ['online'],
    }),
    z.refine((e) => !e.end || (e.end.length === e.start.length && e.end >= e.start), {
      message: 'end must not be before start, and must have the same form (date, or date and time)',
      path: ['end'],
    }),
  );
