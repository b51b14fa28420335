/**
 * Which credentials are true today. DOJ recognition ends on its `expires` date (EOIR R&A roster):
 * the finder never shows an ended recognition as current, in a badge, a filter or a count. No
 * DOM, no Lit: unit-tested directly.
 */
import {isoDayIn} from '../../core/format.js';
import type {LinkRecord, Recognition} from '../../core/dataset/schema/index.js';
import type {Credential} from './search.js';

/** What the dataset says about an organization's DOJ recognition, read on `today`. */
export type RecognitionState =
  /** No end date, or before it: shown with the trust badge. */
  | {status: 'current'}
  /** Past its end date, but the roster edition `asOf` said a renewal was pending. */
  | {status: 'pending'; asOf: string}
  /** Past its end date, no renewal pending: no badge, "listed until <until>". */
  | {status: 'ended'; until: string};

/** `today` and `expires` are ISO dates (`2026-12-04`): recognition holds while today < expires. */
export function recognitionState(recognition: Recognition | undefined, today: string): RecognitionState {
  if (!recognition?.expires || today < recognition.expires) return {status: 'current'};
  return recognition.renewalPending ? {status: 'pending', asOf: recognition.asOf} : {status: 'ended', until: recognition.expires};
}

/** The credentials an organization holds today: `doj-recognized` only while its recognition is current. */
export function currentCredentials(
  credentials: readonly Credential[],
  recognition: Recognition | undefined,
  today: string,
): Credential[] {
  const ended = recognitionState(recognition, today).status !== 'current';
  return credentials.filter((c) => !(ended && c === 'doj-recognized'));
}

/** The calendar day (`2026-12-04`) it is at `now` in `timeZone` (the dataset's, California by default). */
export const isoDay = (now: Date, timeZone = 'America/Los_Angeles'): string => isoDayIn(now, timeZone);

/**
 * The EOIR roster page among the dataset's links (recognized by its official address,
 * justice.gov/eoir/recognition-and-accreditation…), for "check the current roster".
 */
export const rosterLink = (links: readonly LinkRecord[]): LinkRecord | undefined =>
  links.find((l) => /^https:\/\/(www\.)?justice\.gov\/eoir\/recognition-and-accreditation/i.test(l.url));
