/**
 * The optional report to the site's own `submit-endpoint`: contact outcomes (never personal data)
 * and, only when the person ticked the consent box, their sign-up details. Sent as a CORS simple
 * request (a `text/plain` body and no custom header, so no preflight that many form endpoints do not
 * answer; no cookies, no referrer), retried with backoff on a network error, a time-out or a 5xx,
 * never on a 4xx. Every attempt of one report carries the same `submissionId`, so the endpoint can
 * store it once however often it arrives. Failures are values, never thrown.
 */
import type {Channel} from './lookup.js';
import type {Sender} from './template.js';

export interface OutcomeRecord {
  officialId: string;
  channel: Channel;
  outcome: string;
}

export interface Payload {
  v: 1;
  /**
   * One random UUID per report: the same in every retry, in "Try again" and after a reload (it
   * is kept with the draft), so that the endpoint can recognise a repeat and store it once.
   */
  submissionId: string;
  campaignId?: string;
  outcomes: OutcomeRecord[];
  /** ISO date-time of the submission. */
  ts: string;
  lang: string;
  /** Present only with consent. */
  signup?: {name: string; email?: string; zip: string; consentText: string; consentAt: string};
}

export interface PayloadInput {
  /** The report's key ({@link newSubmissionId}). */
  submissionId: string;
  campaignId?: string;
  outcomes: Record<string, {channel: Channel; outcome: string}>;
  sender: Partial<Sender>;
  consent: boolean;
  consentText: string;
  lang: string;
  now?: Date;
}

/** The JSON sent: outcomes only, plus sign-up details when (and only when) `consent` is true. */
export function buildPayload(input: PayloadInput): Payload {
  const ts = (input.now ?? new Date()).toISOString();
  const payload: Payload = {
    v: 1,
    submissionId: input.submissionId,
    ...(input.campaignId ? {campaignId: input.campaignId} : {}),
    outcomes: Object.entries(input.outcomes).map(([officialId, o]) => ({officialId, channel: o.channel, outcome: o.outcome})),
    ts,
    lang: input.lang,
  };
  const {name, zip, email} = input.sender;
  if (input.consent && name && zip) {
    payload.signup = {name, zip, consentText: input.consentText, consentAt: ts};
    if (email) payload.signup.email = email;
  }
  return payload;
}

/**
 * A random (version 4) UUID: `crypto.randomUUID()` where the page allows it (HTTPS, localhost),
 * else the same from `crypto.getRandomValues()`, which plain-HTTP pages have too.
 */
export function newSubmissionId(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6]! & 0x0f) | 0x40;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const hex = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export type SubmitResult =
  | {ok: true; sent: boolean}
  | {ok: false; failure: 'network' | 'timeout' | 'http'; status?: number};

export interface SubmitOptions {
  fetch?: typeof fetch;
  /** Extra attempts after a retryable failure (default 2). */
  retries?: number;
  /** First wait before a retry; doubled each time (default 800 ms). */
  backoffMs?: number;
  timeoutMs?: number;
  /** The honeypot field's value: filled by a bot, so nothing is sent (and success is reported). */
  honeypot?: string;
}

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function submit(endpoint: string, payload: Payload, options: SubmitOptions = {}): Promise<SubmitResult> {
  if (options.honeypot?.trim()) return {ok: true, sent: false};
  const doFetch = options.fetch ?? fetch;
  const attempts = 1 + (options.retries ?? 2);
  let last: SubmitResult = {ok: false, failure: 'network'};
  for (let attempt = 0; attempt < attempts; attempt++) {
    if (attempt) await wait((options.backoffMs ?? 800) * 2 ** (attempt - 1));
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), options.timeoutMs ?? 10_000);
    try {
      const response = await doFetch(endpoint, {
        method: 'POST',
        mode: 'cors',
        credentials: 'omit',
        referrerPolicy: 'no-referrer',
        headers: {'Content-Type': 'text/plain;charset=UTF-8'},
        body: JSON.stringify(payload),
        signal: controller.signal,
      });
      if (response.ok) return {ok: true, sent: true};
      last = {ok: false, failure: 'http', status: response.status};
      if (response.status < 500) return last;
    } catch {
      last = {ok: false, failure: controller.signal.aborted ? 'timeout' : 'network'};
    } finally {
      clearTimeout(timer);
    }
  }
  return last;
}
