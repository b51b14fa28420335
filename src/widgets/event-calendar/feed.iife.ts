/**
 * Stand-in for feed.ts in the single-file (IIFE) builds, which cannot load chunks on demand: the
 * iCalendar parser (ical.js, ~23 KB gzip) would be in every page's file whether it uses `ics-src`
 * or not. The calendar shows "events could not be loaded" and the console says what to do.
 */
import type {FeedOptions, FeedResult} from './feed.js';

export async function loadFeed(_url: string, _options: FeedOptions, _signal?: AbortSignal): Promise<FeedResult> {
  throw new Error('ics-src is not available in the single-file build');
}

export async function readFeed(url: string, _options: FeedOptions, _signal?: AbortSignal): Promise<FeedResult | undefined> {
  console.error(feedAdvice(url));
  return undefined;
}

export function feedAdvice(url: string): string {
  return (
    `Amparo event calendar: ics-src="${url}" needs the module build (<script type="module" src=".../dist/amparo.js">); ` +
    'the single-file build (amparo.iife.js, dist/iife/) does not include the iCalendar parser.'
  );
}

export function hostOf(url: string): string {
  return url;
}
