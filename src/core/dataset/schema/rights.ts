/**
 * Know-your-rights content. One record is one self-contained, reviewed
 * edition (scenarios, phrases, agent statement, warrant checklist): it is
 * accepted or skipped as a whole, never shown partially.
 */
import * as z from 'zod/mini';
import {LAW_STATUSES} from '../vocabulary.js';
import {Id, IsoDate, Jurisdiction, Link, Locale, LocalizedText, RelativeUrl, Text, Url} from './common.js';

/** A time-sensitive or contested point, shown with a ⚠ next to the content it qualifies. */
export const CaveatSchema = z.object({
  text: LocalizedText,
  contested: z.optional(z.boolean()),
  since: z.optional(IsoDate),
  refs: z.optional(z.array(Url)),
});

/** A short phrase to say or show; `audio` maps locale to a recording (relative to the dataset). */
export const PhraseSchema = z.object({
  id: Id,
  say: LocalizedText,
  audio: z.optional(z.record(Locale, RelativeUrl)),
});

/**
 * A California law the card cites, with its entry in the law-status ledger: where it stands
 * (`status`, see LAW_STATUSES) as of `asOf`, what exactly is blocked or contested in plain words
 * (`statusNote`), and what the status rests on: `source` (the law's text or the court order) and
 * `basis` (the sources in words, for reviewers re-checking it). All ledger fields are optional
 * so that 1.0 datasets stay valid; a status needs its date.
 */
export const CaliforniaLawSchema = z
  .object({
    /** e.g. `Cal. Gov. Code §7285.1 (AB 450)`; shown as written, never translated. */
    citation: Text,
    text: LocalizedText,
    status: z.optional(z.enum(LAW_STATUSES)),
    statusNote: z.optional(LocalizedText),
    asOf: z.optional(IsoDate),
    source: z.optional(Url),
    basis: z.optional(Text),
  })
  .check(
    z.refine((law) => !law.status || !!law.asOf, {message: 'a law status needs its asOf date', path: ['asOf']}),
  );

export const ScenarioSchema = z.object({
  /** One of SCENARIO_IDS (see ../vocabulary.ts), or a new slug. */
  id: Id,
  title: LocalizedText,
  summary: z.optional(LocalizedText),
  steps: z.array(LocalizedText).check(z.minLength(1)),
  doNot: z.optional(z.array(LocalizedText)),
  phrases: z.optional(z.array(PhraseSchema)),
  /** California laws that apply, each with its status (see CaliforniaLawSchema). */
  californiaLaw: z.optional(z.array(CaliforniaLawSchema)),
  caveats: z.optional(z.array(CaveatSchema)),
});

/**
 * How one locale's text was produced. With `url`, the locale's strings live in a separate
 * `rights-strings` file (relative to the dataset), fetched only when the card shows that
 * language, so the main dataset stays small however many languages the edition has.
 */
export const TranslationInfoSchema = z.object({
  locale: Locale,
  dir: z.optional(z.enum(['ltr', 'rtl'])),
  method: z.enum(['machine', 'human', 'reviewed']),
  translator: z.optional(Text),
  date: IsoDate,
  url: z.optional(RelativeUrl),
});

/**
 * One language of a rights edition, in its own file: `{key: text}` where keys are the stable
 * text paths of the edition (`scenarios.at-door.steps.0`, `phrases.remain-silent`, ...).
 */
export const RightsStringsSchema = z.object({
  kind: z.literal('rights-strings'),
  edition: Id,
  locale: Locale,
  strings: z.record(z.string(), Text),
});

export const RightsEditionSchema = z
  .object({
    id: Id,
    jurisdiction: Jurisdiction,
    version: Text,
    publishedAt: IsoDate,
    review: z.object({
      status: z.enum(['not-reviewed', 'reviewed']),
      reviewer: z.optional(Text),
      reviewedAt: z.optional(IsoDate),
      nextReviewDue: z.optional(IsoDate),
    }),
    disclaimer: LocalizedText,
    locales: z.array(TranslationInfoSchema),
    scenarios: z.array(ScenarioSchema).check(z.minLength(1)),
    /**
     * The side shown to officers. Agents always read `en`; the other locales
     * tell the holder what the card says.
     */
    agentStatement: z.object({title: z.optional(LocalizedText), lines: z.array(LocalizedText).check(z.minLength(1))}),
    /** Signs that a paper is a judicial warrant or only an administrative (ICE I-200/I-205) one. */
    warrantChecklist: z.optional(
      z.object({
        items: z.array(z.object({text: LocalizedText, indicates: z.enum(['judicial', 'administrative'])})),
        caveat: z.optional(CaveatSchema),
      }),
    ),
    sources: z.array(Link),
  })
  .check(
    z.refine((e) => e.review.status !== 'reviewed' || !!(e.review.reviewer && e.review.reviewedAt), {
      message: 'a reviewed edition needs reviewer and reviewedAt',
      path: ['review'],
    }),
  );
