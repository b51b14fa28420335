/**
 * The finder's links, as a Lit reactive controller: the state a shared or cross-widget link
 * carries (`need`, `county`, `org`, `service`: read from the page address once, on first load,
 * or handed over by another widget through `followLink`), the share button of each card, and the
 * organizations' next events (core/events, loaded on demand: its own chunk).
 */
import type {ReactiveController, ReactiveControllerHost} from 'lit';
import type {Dataset} from '../../core/dataset/schema/index.js';
import type * as Next from '../../core/events/next.js';
import type {Occurrence} from '../../core/events/occurrences.js';
import {ShareController} from '../../core/share-controller.js';
import {linkParams, type ShareData, type ShareNavigator, type ShareResult} from '../../core/share.js';

type NextModule = typeof Next;

export interface LinksOptions {
  /** Applies a link's state (need, county, org, service); `focus`: move the keyboard to what it shows. */
  apply(state: Record<string, string>, focus: boolean): void | Promise<void>;
  /** The browser's share sheet and clipboard (a seam for tests). */
  nav(): Partial<ShareNavigator>;
  /** Whether the dataset is ready (the page address is read once it is). */
  ready(): boolean;
  /** Now (UTC ms), for the next events. */
  now(): number;
}

/** A share button whose outcome ("Link copied") also rebuilds the cached card it is on. */
class CardShare extends ShareController {
  version = 0;

  constructor(
    private readonly owner: ReactiveControllerHost,
    nav: () => Partial<ShareNavigator>,
  ) {
    super(owner, nav);
  }

  override async share(key: string, data: ShareData): Promise<ShareResult> {
    const result = await super.share(key, data);
    this.version++;
    this.owner.requestUpdate();
    return result;
  }
}

export class LinksController implements ReactiveController {
  readonly share: CardShare;
  private read = false;
  private next?: NextModule;
  private nextLoading = false;
  private eventsFor?: {dataset: Dataset; day: number; byOrg: Map<string, Occurrence[]>};

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: LinksOptions,
  ) {
    this.share = new CardShare(host, () => options.nav());
    host.addController(this);
  }

  hostConnected(): void {}

  hostUpdated(): void {
    if (this.options.ready()) this.readPage();
  }

  /** On first load with data: the page address's `amparo-*` state, then the widget scrolls into view. */
  readPage(): void {
    if (this.read) return;
    this.read = true;
    const state = linkParams();
    const own = Object.fromEntries(Object.entries(state).filter(([k]) => ['need', 'county', 'org', 'service'].includes(k)));
    if (!Object.keys(own).length) return;
    void Promise.resolve(this.options.apply(own, false)).then(() => this.host.scrollIntoView({block: 'start'}));
  }

  /** Whether the next events are known (the cards built before are rebuilt once they are). */
  get eventsReady(): boolean {
    return !!this.next;
  }

  /** The organization's next events (up to 3); undefined until the events code has loaded. */
  eventsOf(dataset: Dataset, orgId: string | undefined): Occurrence[] | undefined {
    if (!orgId || !dataset.events.some((e) => e.organizer.organizationId)) return undefined;
    if (!this.next) {
      if (!this.nextLoading) {
        this.nextLoading = true;
        void import('../../core/events/next.js').then((m) => {
          this.next = m;
          this.host.requestUpdate();
        });
      }
      return undefined;
    }
    const now = this.options.now();
    const day = Math.floor(now / 36e5);
    if (this.eventsFor?.dataset !== dataset || this.eventsFor.day !== day) this.eventsFor = {dataset, day, byOrg: new Map()};
    const byOrg = this.eventsFor.byOrg;
    if (!byOrg.has(orgId)) byOrg.set(orgId, this.next.nextEvents(dataset.events, {from: now, organizationId: orgId, limit: 3}));
    return byOrg.get(orgId);
  }
}
