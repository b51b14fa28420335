/**
 * The `ics-src` feed as a reactive controller: fetched with the lazily loaded reader (ical.js is
 * in that chunk only) whenever the attribute changes, a newer source aborting the older fetch;
 * its events merged with the dataset's as one array that keeps its identity while neither changes.
 */
import type {ReactiveController, ReactiveControllerHost} from 'lit';
import type {CommunityEvent} from '../../core/dataset/schema/index.js';
import type * as Feed from './feed.js';

export interface FeedHost extends ReactiveControllerHost {
  readonly icsSrc?: string;
}

export interface FeedOptions {
  /** The content language (for the feed's texts). */
  language(): string;
  /** The visitor's zone (for floating times). */
  zone(): string;
}

export class FeedController implements ReactiveController {
  /** The feed: loading, its events, or why it failed. */
  state?: {src: string; status: 'loading' | 'ok' | 'error'; result?: Feed.FeedResult};
  private abort?: AbortController;
  /** Events that came from the feed (their place is free text, not a withheld address). */
  private readonly fromFeed = new WeakSet<CommunityEvent>();
  private merged?: {dataset: readonly CommunityEvent[]; feed?: Feed.FeedResult; events: readonly CommunityEvent[]};

  constructor(
    private readonly host: FeedHost,
    private readonly options: FeedOptions,
  ) {
    host.addController(this);
  }

  /** A new `ics-src` is read before the render that needs it. */
  hostUpdate(): void {
    const src = this.host.icsSrc?.trim() || undefined;
    if (src !== this.state?.src) void this.load(src);
  }

  /** The feed's events it could not read. */
  get problems(): readonly unknown[] {
    return this.state?.result?.problems ?? [];
  }

  isFeedEvent(event: CommunityEvent): boolean {
    return this.fromFeed.has(event);
  }

  /** Dataset events plus the feed's, as one array that keeps its identity while neither changes. */
  events(dataset: readonly CommunityEvent[]): readonly CommunityEvent[] {
    const feed = this.state?.result;
    if (!feed?.events.length) return dataset;
    if (this.merged?.dataset !== dataset || this.merged.feed !== feed) this.merged = {dataset, feed, events: [...dataset, ...feed.events]};
    return this.merged.events;
  }

  private async load(src: string | undefined): Promise<void> {
    this.abort?.abort();
    const abort = (this.abort = new AbortController());
    this.state = src ? {src, status: 'loading'} : undefined;
    if (!src) return;
    let result: Feed.FeedResult | undefined;
    try {
      const feed = await import('./feed.js');
      // Reports skipped events and failures (with what to do about them) on the console.
      result = await feed.readFeed(src, {language: this.options.language(), zone: this.options.zone(), organizer: feed.hostOf(src)}, abort.signal);
    } catch (error) {
      console.error('Amparo event calendar: the ics-src feed reader could not be loaded.', error);
    }
    if (abort.signal.aborted) return;
    for (const e of result?.events ?? []) this.fromFeed.add(e);
    this.state = {src, status: result ? 'ok' : 'error', result};
    this.host.requestUpdate();
  }
}
