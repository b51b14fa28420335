/**
 * What the person searches for, as a Lit reactive controller: the need, the words, the filters
 * and how many results show. Each change re-renders the host and tells it the person searched
 * (`searched`); a change that replaces the part of the widget the person was on moves the
 * keyboard focus to what replaced it.
 */
import type {ReactiveController, ReactiveControllerHost, TemplateResult} from 'lit';
import {NEEDS} from '../../core/dataset/vocabulary.js';
import {withoutFilter, type ActiveFilter, type Facet, type Need, type Query, type Toggle} from './search.js';

export interface QueryHost extends ReactiveControllerHost {
  readonly renderRoot: HTMLElement | DocumentFragment;
}

/** A need id of the vocabulary, else undefined. */
export const asNeed = (value = ''): Need | undefined => ((NEEDS as readonly string[]).includes(value) ? (value as Need) : undefined);

/** Once the host has rendered, focuses the first element found for `selectors`, in their order. */
export async function focusAfterRender(host: QueryHost, ...selectors: string[]): Promise<void> {
  await host.updateComplete;
  for (const selector of selectors) {
    const target = host.renderRoot.querySelector<HTMLElement>(selector);
    if (target) {
      if (target.tabIndex < 0 && !target.hasAttribute('tabindex')) target.tabIndex = -1;
      return target.focus();
    }
  }
}

export class QueryController implements ReactiveController {
  hostConnected(): void {}

  query: Query = {};
  /** Results shown (0: the first page). */
  shown = 0;
  /** Set by a keystroke in the word search, until the next filter panel. */
  textOnly = false;
  /** Only this organization's services (from a link), until the person asks for all help. */
  org?: string | undefined;
  /** The service a link opened: its card comes first. */
  service?: string | undefined;

  private lastPanel?: TemplateResult;
  private panelTimer?: ReturnType<typeof setTimeout>;

  constructor(
    private readonly host: QueryHost,
    /** Called after each change the person made (the host tells the page once it has rendered). */
    private readonly searched: () => void,
  ) {
    host.addController(this);
  }

  /**
   * The filter panel, built by `build`; after a keystroke in the word search, the last one, with
   * its live counts refreshed once typing pauses (keystrokes stay cheap on a slow phone).
   */
  panel(build: () => TemplateResult): TemplateResult {
    const typed = this.textOnly;
    this.textOnly = false;
    if (typed && this.lastPanel) {
      clearTimeout(this.panelTimer);
      this.panelTimer = setTimeout(() => this.host.requestUpdate(), 300);
      return this.lastPanel;
    }
    return (this.lastPanel = build());
  }

  /** Changes the query without telling the page (attributes, links). */
  patch(patch: Partial<Query>): void {
    this.query = {...this.query, ...patch};
    this.host.requestUpdate();
  }

  /** Sets the staff language filter (attribute). */
  setLanguage(value: string | undefined): void {
    const lang = value?.trim().toLowerCase().split('-')[0];
    this.patch({facets: {...this.query.facets, language: lang ? [lang] : []}});
  }

  /** A link's state: `need`, `org`, `service` (each replaces what was there). */
  follow(state: Record<string, string>): void {
    this.org = state['org'];
    this.service = state['service'];
    this.query = state['need'] ? {need: asNeed(state['need'])} : {};
    this.shown = 0;
    this.host.requestUpdate();
  }

  /** Back from one organization to all help; the keyboard goes to the results. */
  allHelp(): void {
    this.org = this.service = undefined;
    this.changed(this.query);
    void focusAfterRender(this.host, '#results-title');
  }

  private changed(query: Query): void {
    this.query = query;
    this.shown = 0;
    this.host.requestUpdate();
    this.searched();
  }

  setNeed(value: string): void {
    this.changed({...this.query, need: asNeed(value)});
  }

  /** A keystroke in the word search: the page hears of it when the field's value is committed. */
  setText(value: string): void {
    this.query = {...this.query, text: value};
    this.textOnly = true;
    this.shown = 0;
    this.host.requestUpdate();
  }

  /** Turns a filter value (`facet:value`) or a yes/no filter on or off. */
  toggle(key: string, on: boolean): void {
    const [facet, value] = key.split(/:(.*)/s) as [string, string | undefined];
    if (value === undefined) return this.changed({...this.query, [facet as Toggle]: on});
    const f = facet as Facet;
    const current = (this.query.facets?.[f] ?? []).filter((v) => v !== value);
    this.changed({...this.query, facets: {...this.query.facets, [f]: on ? [...current, value] : current}});
  }

  removeFilter(filter: ActiveFilter): void {
    this.changed(withoutFilter(this.query, filter));
    // Keep the keyboard where it was: on the next chip, else on the keyword field.
    void focusAfterRender(this.host, '.chip', '#q');
  }

  /** Clears every filter; the keyboard goes to the results, which replaced the chips. */
  clearAll(): void {
    this.changed({});
    void focusAfterRender(this.host, '#results-title', '#need');
  }

  /** One more page, from result `from`; the keyboard goes to the first new result. */
  showMore(from: number, pageSize: number): void {
    this.shown = from + pageSize;
    this.host.requestUpdate();
    void this.host.updateComplete.then(() => {
      const card = this.host.renderRoot.querySelectorAll<HTMLElement>('.results > li > .card')[from];
      if (card) {
        card.tabIndex = -1;
        card.focus();
      }
    });
  }
}
