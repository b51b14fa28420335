/**
 * The optional report to the site's own `submit-endpoint`: contact outcomes (never personal data)
 * and, only when the person ticked the consent box, their sign-up details. Sent as a CORS simple
 * request (a `text/plain` body, no preflight; no cookies, no referrer), retried with backoff on a
 * network error, a time-out or a 5xx. Failures are values, never thrown.
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
  campaignId?: string;
  outcomes: OutcomeRecord[];
  /** ISO date-time of the submission. */
  ts: string;
  lang: string;
  /** Present only with consent. */
  signup?: {name: string; email?: string; zip: string; consentText: string; consentAt: string};
}

export interface PayloadInput {
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
