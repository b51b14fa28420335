/**
 * The calendar's filter state as a reactive controller: the presets of the element's attributes,
 * the person's choices over them (each overrides its preset; '' clears one), and how many extra
 * rows "Show more" has asked for (reset by any new filter). It has no lifecycle of its own, so it
 * is not registered with `addController`: it only asks its host to update.
 */
import type {ReactiveControllerHost} from 'lit';
import {countyCode, type Filters} from './filters.js';

/** The element's preset attributes. */
export interface FiltersHost extends ReactiveControllerHost {
  readonly type?: string;
  readonly language?: string;
  readonly county?: string;
}

export const EMPTY_FILTERS: Required<Filters> = {type: '', language: '', format: '', county: '', from: '', to: '', q: '', org: ''};

export class FiltersController {
  /** Filters the person changed. */
  chosen: Filters = {};
  /** Rows added by "Show more". */
  extra = 0;

  constructor(private readonly host: FiltersHost) {}

  /** Filters in effect: the person's choices over the attributes' presets. */
  get value(): Filters {
    const h = this.host;
    const preset: Filters = {type: h.type || undefined, language: h.language || undefined, county: countyCode(h.county)};
    return {...preset, ...this.chosen};
  }

  /** Sets some filters (the others stay), e.g. from a field or a link; "Show more" starts over. */
  set(patch: Filters): void {
    this.chosen = {...this.chosen, ...patch};
    this.extra = 0;
    this.host.requestUpdate();
  }

  /**
   * The filters of a link (`amparo-type`, `amparo-county`, `amparo-org` parameters, or another
   * widget's `followLink`): they replace the person's choices, as a new page would.
   */
  take(state: Record<string, string | undefined>): void {
    this.chosen = {...EMPTY_FILTERS, type: state.type ?? '', county: countyCode(state.county) ?? '', org: state.org ?? ''};
    this.extra = 0;
    this.host.requestUpdate();
  }

  /** A field of the filter form changed (its `name` is the filter). */
  readonly change = (event: Event): void => {
    const input = event.target as HTMLInputElement | HTMLSelectElement;
    this.set({[input.name]: input.value || ''});
  };

  /** Clears every filter, presets included. */
  readonly clear = (): void => this.set({...EMPTY_FILTERS});

  showMore(step: number): void {
    this.extra += step;
    this.host.requestUpdate();
  }
}
