/**
 * How current a record is, from its `verification` (and `provenance` date): verified on a date,
 * possibly out of date (over 180 days), unverified, or doubtful with its reason. Services fall
 * back to their organization's check. No DOM, no Lit: unit-tested directly.
 */
import type {Verification} from '../../core/dataset/schema/index.js';
import {daysSince, type LocalizedText} from '../../core/format.js';

/** Records last checked longer ago than this are marked "may be out of date". */
export const STALE_DAYS = 180;

export type Freshness =
  | {kind: 'verified'; date?: string; stale: boolean}
  | {kind: 'unverified'; /** When the source last listed it. */ date?: string; stale: boolean}
  | {kind: 'doubtful'; note?: LocalizedText; date?: string};

interface Checked {
  verification?: Verification | undefined;
  provenance?: {asOf: string} | undefined;
}

export function freshness(record: Checked | undefined, fallback: Checked | undefined, now: Date = new Date()): Freshness {
  const source = record?.verification || record?.provenance ? record : fallback;
  const v = source?.verification;
  const date = v?.checkedAt ?? source?.provenance?.asOf;
  // A record with no date at all cannot be shown as current.
  const stale = !date || daysSince(date, now) > STALE_DAYS;
  if (v?.status === 'doubtful') return date ? {kind: 'doubtful', note: v.note, date} : {kind: 'doubtful', note: v.note};
  if (v?.status === 'verified') return date ? {kind: 'verified', date, stale} : {kind: 'verified', stale};
  return date ? {kind: 'unverified', date, stale} : {kind: 'unverified', stale};
}
