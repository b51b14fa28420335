/** Dataset metadata and references to the separately fetched ZIP table files. */
import * as z from 'zod/mini';
import {Id, IsoDate, IsoDateTime, Jurisdiction, Locale, LocalizedText, RelativeUrl, Text, TimeZone, Url, pattern} from './common.js';

/** `meta.extends` value naming the statewide dataset that ships with the Amparo script. */
export const DEFAULT_DATASET = 'amparo:default';

/** An upstream source that records point to with `provenance.sourceId`. */
export const SourceSchema = z.object({
  id: Id,
  name: Text,
  url: z.optional(Url),
  licence: z.optional(Text),
  /** Commit, release or edition of the upstream data. */
  version: z.optional(Text),
  /** When the data was retrieved / was current. */
  asOf: IsoDate,
});

/** `meta`: who published the dataset, for where, in which languages, under which licence. */
export const MetaSchema = z.object({
  id: Id,
  /** Semantic version of the schema the document follows, e.g. `1.0.0`. */
  schemaVersion: pattern(/^\d+\.\d+\.\d+$/, 'expected a version like 1.0.0'),
  generatedAt: IsoDateTime,
  /** Area covered, e.g. `US-CA`. */
  jurisdiction: Jurisdiction,
  /** Locales the content is offered in; the first is the publisher's default. */
  locales: z.array(Locale).check(z.minLength(1)),
  /** Zone for opening hours that give none; events always carry their own. */
  timeZone: z.optional(TimeZone),
  /** SPDX identifier or licence name of the dataset. */
  licence: Text,
  /** Notices that must travel with the data (e.g. MIT credits of imported records). */
  attribution: z.optional(z.array(z.union([Text, LocalizedText]))),
  sources: z.array(SourceSchema),
  /**
   * The date by which the dataset must be rebuilt: the earliest term end, recognition expiry or
   * source age limit it contains. From it on, widgets tell visitors that some information may be
   * out of date, and site owners (console) to update the data.
   */
  reviewBy: z.optional(IsoDate),
  /**
   * A dataset this one builds on: its records, sources, ZIP tables, officials and rights content
   * are read first, and this dataset's records are added (a record with the same id replaces the
   * one it extends). A URL relative to this document, or `amparo:default` for the statewide
   * dataset that ships with the Amparo script. A nonprofit keeps only its own providers and events.
   */
  extends: z.optional(z.union([z.literal(DEFAULT_DATASET), RelativeUrl])),
  /**
   * Who publishes the dataset (the host nonprofit), shown where the widgets say who runs them, with
   * its volunteer and donate pages as plain links.
   */
  publisher: z.optional(
    z.object({name: LocalizedText, url: z.optional(Url), volunteerUrl: z.optional(Url), donateUrl: z.optional(Url)}),
  ),
  /** The whole dataset is demo data; widgets label it as such. */
  sample: z.optional(z.boolean()),
});

/**
 * A large table kept in its own file and fetched only by the widget that needs
 * it. `url` is resolved against the dataset document's URL.
 * `zip-districts` tables name the district plans (`planIds`) they cover.
 */
export const ZipTableRefSchema = z
  .object({
    id: Id,
    kind: z.enum(['zip-geo', 'zip-districts']),
    planIds: z.optional(z.array(Id).check(z.minLength(1))),
    url: RelativeUrl,
    sha256: z.optional(pattern(/^[a-f\d]{64}$/, 'expected 64 lowercase hex digits')),
    bytes: z.optional(z.int().check(z.gte(0))),
  })
  .check(
    z.refine((t) => t.kind !== 'zip-districts' || !!t.planIds, {
      message: 'a zip-districts table must list its planIds',
      path: ['planIds'],
    }),
  );
