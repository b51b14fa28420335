/**
 * The person's draft (message and sender fields, and where they are in a campaign) kept in
 * sessionStorage, so a reload or an accidental Back loses nothing. It lives only for the tab's
 * session, is cleared on completion or "Clear my information", and corrupt or unavailable storage
 * is ignored (private browsing, storage disabled, quota).
 */
import type {Channel} from './lookup.js';
import type {Sender} from './template.js';

export interface Draft {
  message?: string;
  sender?: Partial<Sender>;
  /** Outcomes recorded so far, by official id. */
  outcomes?: Record<string, {channel: Channel; outcome: string}>;
  /** The key of the report to the site, once the person has sent it (kept until it has gone). */
  submissionId?: string;
}

export type DraftStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export interface DraftStore {
  load(): Draft | undefined;
  save(draft: Draft): void;
  clear(): void;
}

const KEY_PREFIX = 'amparo-contact-rep:';

function sessionStore(): DraftStorage | undefined {
  try {
    return globalThis.sessionStorage;
  } catch {
    return undefined;
  }
}

const isRecord = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);

/** Keeps only the known, well-typed fields of a stored draft. */
function sanitize(value: unknown): Draft | undefined {
  if (!isRecord(value) || value['v'] !== 1) return undefined;
  const draft: Draft = {};
  if (typeof value['message'] === 'string') draft.message = value['message'];
  const id = value['submissionId'];
  if (typeof id === 'string' && /^[\w-]{8,64}$/.test(id)) draft.submissionId = id;
  const sender = value['sender'];
  if (isRecord(sender)) {
    draft.sender = {};
    for (const key of ['name', 'zip', 'street', 'city', 'email'] as const) {
      if (typeof sender[key] === 'string') draft.sender[key] = sender[key];
    }
  }
  const outcomes = value['outcomes'];
  if (isRecord(outcomes)) {
    draft.outcomes = {};
    for (const [id, o] of Object.entries(outcomes)) {
      if (isRecord(o) && typeof o['channel'] === 'string' && typeof o['outcome'] === 'string') {
        draft.outcomes[id] = {channel: o['channel'] as Channel, outcome: o['outcome']};
      }
    }
  }
  return draft;
}

/** The draft of one campaign (or of free mode, `scope` "free") in `storage` (sessionStorage by default). */
export function draftStore(scope: string, storage: DraftStorage | undefined = sessionStore()): DraftStore {
  const key = KEY_PREFIX + scope;
  return {
    load() {
      try {
        const raw = storage?.getItem(key);
        return raw ? sanitize(JSON.parse(raw)) : undefined;
      } catch {
        return undefined;
      }
    },
    save(draft) {
      try {
        storage?.setItem(key, JSON.stringify({v: 1, ...draft}));
      } catch {
        // Full or disabled storage: the draft stays in memory only.
      }
    },
    clear() {
      try {
        storage?.removeItem(key);
      } catch {
        // Nothing stored.
      }
    },
  };
}
