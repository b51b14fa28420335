/**
 * schema.org `Event` JSON-LD for the visible occurrences (opt-in `emit-jsonld`). It is data, not
 * code: the element writes it into a `<script type="application/ld+json">` in the light DOM
 * with `textContent` (never HTML parsing), so search engines see it and CSP has nothing to run.
 */
import {pickText} from '../../core/format.js';
import {safeUrl} from '../../core/safe-url.js';
import type {Occurrence} from '../../core/events/occurrences.js';
import {exactOffset, formatWall} from '../../core/events/tz.js';

const STATUS: Record<string, string> = {
  cancelled: 'EventCancelled',
  postponed: 'EventPostponed',
  rescheduled: 'EventRescheduled',
  'moved-online': 'EventMovedOnline',
};
const MODE = {'in-person': 'Offline', online: 'Online', hybrid: 'Mixed'} as const;

/** `2026-12-01T18:00:00-08:00`: the wall time with the zone's offset at that instant. */
export function offsetDateTime(wall: number, utc: number, zone: string, allDay: boolean): string {
  if (allDay) return formatWall(wall, true);
  const off = exactOffset(zone, utc) / 60_000;
  const abs = Math.abs(off);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${formatWall(wall)}:00${off < 0 ? '-' : '+'}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

export function eventJsonLd(occurrences: readonly Occurrence[], locale: string, base?: string): object[] {
  const url = (u?: string) => safeUrl(u, {base, protocols: ['https:', 'http:']});
  return occurrences.map((o) => {
    const e = o.event;
    const l = e.location;
    const places: object[] = [];
    if (l && e.format !== 'online') {
      places.push({
        '@type': 'Place',
        name: l.name ? pickText(l.name, locale).text : l.locality,
        address: l.address
          ? {
              '@type': 'PostalAddress',
              streetAddress: l.address.street,
              addressLocality: l.address.city,
              addressRegion: l.address.state,
              postalCode: l.address.zip,
              addressCountry: 'US',
            }
          : {'@type': 'PostalAddress', addressLocality: l.locality, addressRegion: 'CA', addressCountry: 'US'},
      });
    }
    if (e.format !== 'in-person') places.push({'@type': 'VirtualLocation', url: url(e.online?.url) ?? url(e.rsvp?.url)});
    const data: Record<string, unknown> = {
      '@context': 'https://schema.org',
      '@type': 'Event',
      name: pickText(e.title, locale).text,
      startDate: offsetDateTime(o.wallStart, o.start, e.timeZone, o.allDay),
      endDate: offsetDateTime(o.allDay ? o.wallEnd - 86_400_000 : o.wallEnd, o.end, e.timeZone, o.allDay),
      eventStatus: `https://schema.org/${STATUS[e.status ?? ''] ?? 'EventScheduled'}`,
      eventAttendanceMode: `https://schema.org/${MODE[e.format]}AttendanceMode`,
      location: places.length === 1 ? places[0] : places,
      inLanguage: e.languages,
      organizer: {'@type': 'Organization', name: e.organizer.name, url: url(e.organizer.url)},
    };
    if (e.description) data.description = pickText(e.description, locale).text;
    if (e.cost) data.isAccessibleForFree = e.cost.type === 'free';
    const rsvp = url(e.rsvp?.url);
    if (rsvp) data.url = rsvp;
    return data;
  });
}

/** JSON text safe to place in a script element even if the page is later serialised as HTML. */
export function jsonLdText(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}

interface ScriptPolicy {
  createScript(text: string): unknown;
}
let policy: ScriptPolicy | null | undefined;

/**
 * Under `require-trusted-types-for 'script'`, script text needs a TrustedScript even for a data
 * block. This policy only ever receives our own `JSON.stringify` output (with `<` escaped) for a
 * non-executable `application/ld+json` element; sites allow it with `trusted-types amparo-jsonld`.
 */
function jsonLdPolicy(): ScriptPolicy | null {
  if (policy === undefined) {
    const tt = (globalThis as {trustedTypes?: {createPolicy(name: string, rules: object): ScriptPolicy}}).trustedTypes;
    try {
      policy = tt ? tt.createPolicy('amparo-jsonld', {createScript: (s: string) => s}) : null;
    } catch {
      policy = null;
    }
  }
  return policy;
}

/**
 * Writes the JSON-LD of `occurrences` into `script` (created when undefined), a light DOM child of
 * `host`; returns the script, or undefined when the page's Trusted Types policy refused it.
 */
export function writeJsonLd(
  host: HTMLElement,
  script: HTMLScriptElement | undefined,
  occurrences: readonly Occurrence[],
  locale: string,
  base?: string,
): HTMLScriptElement | undefined {
  const text = jsonLdText(eventJsonLd(occurrences, locale, base));
  if (script?.textContent === text && script.parentNode === host) return script;
  script ??= document.createElement('script');
  script.type = 'application/ld+json';
  script.dataset.amparo = 'event-calendar';
  try {
    const p = jsonLdPolicy();
    script.textContent = p ? (p.createScript(text) as string) : text;
  } catch (error) {
    console.warn('Amparo event calendar: could not write JSON-LD (allow the Trusted Types policy "amparo-jsonld").', error);
    return script;
  }
  if (script.parentNode !== host) host.append(script);
  return script;
}
