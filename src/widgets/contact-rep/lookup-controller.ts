/**
 * The ZIP lookup of the contact widget as a Lit reactive controller: what the person typed, the
 * ZIP tables of the maps in force (fetched only when they look a ZIP up), the candidate districts
 * and the ones chosen, the site's optional street-address `lookup-endpoint`, and what is announced.
 */
import type {ReactiveController} from 'lit';
import {msg, str} from '@lit/localize';
import type {Dataset, ZipDistrictTable} from '../../core/dataset/schema/index.js';
import {clearDatasetCache, loadZipTable} from '../../core/dataset/store.js';
import {safeUrl} from '../../core/safe-url.js';
import type {DraftController} from './draft-controller.js';
import {focusAfterRender, type ContactHost} from './host.js';
import {ltr, officialsFound} from './labels.js';
import {
  CHAMBERS,
  checkZip,
  districtsFromResponse,
  lookupZip,
  officialsFor,
  tablesFor,
  type Chamber,
  type ZipLookup,
  type ZipProblem,
} from './lookup.js';
import {termEnded} from './terms.js';

export type Phase = 'idle' | 'loading' | 'ready' | 'error';

export interface LookupOptions {
  /** Today in California. */
  today(): string;
  /** How long the site's `lookup-endpoint` may take before the ZIP result is used alone. */
  timeoutMs(): number;
  /** The URL the dataset's ZIP table URLs are relative to. */
  base(): string;
  /** Says something to screen reader users (the live region). */
  announce(text: string): void;
}

/** The element's attributes the lookup reads. */
export interface LookupHost extends ContactHost {
  /** The `zip` attribute: fills the ZIP field. */
  readonly zip?: string;
  /** The site's `lookup-endpoint` template, if any. */
  readonly lookupEndpoint?: string;
}

export class LookupController implements ReactiveController {
  zipInput = '';
  address = '';
  phase: Phase = 'idle';
  result?: ZipLookup;
  chosen: Partial<Record<Chamber, number>> = {};
  /** The person asked to choose every district from the list. */
  manual = false;
  /** The site's address lookup failed (HTTP error, offline, time-out or an unusable answer). */
  addressFailed = false;
  private zipSeen?: string;

  constructor(
    private readonly host: LookupHost,
    /** The person's details: a ZIP found fills theirs if they have not typed one. */
    private readonly draft: DraftController,
    private readonly options: LookupOptions,
  ) {
    host.addController(this);
  }

  /** A new `zip` attribute fills the ZIP field, unless the person has typed one. */
  hostUpdate(): void {
    const zip = this.host.zip;
    if (zip === this.zipSeen) return;
    this.zipSeen = zip;
    if (zip && !this.zipInput) this.zipInput = zip;
  }

  /** Changes what the person typed. */
  set(patch: Partial<Pick<LookupController, 'zipInput' | 'address'>>): void {
    Object.assign(this, patch);
    this.host.requestUpdate();
  }

  /** Looks up the typed ZIP (and the address, with a `lookup-endpoint`); `focus` moves focus to the results. */
  async lookup(dataset: Dataset, focus = true): Promise<void> {
    const {options, host} = this;
    // The button stays focusable while a lookup runs (a disabled button drops focus): one at a time.
    if (this.phase === 'loading') return;
    const checked = checkZip(this.zipInput);
    const {zip} = checked;
    this.chosen = {};
    this.manual = false;
    this.addressFailed = false;
    host.requestUpdate();
    if (!checked.ok) {
      // Not a ZIP, or not a California one: said at the field, and no official is offered.
      this.result = checked;
      this.phase = 'ready';
      options.announce(zipProblem(checked.reason, zip));
      await focusAfterRender(host, '#zip');
      return;
    }
    const base = options.base();
    const {plans, districtRefs, geoRef} = tablesFor(dataset, options.today());
    this.phase = 'loading';
    options.announce(msg('Looking up your officials…'));
    const [geo, ...loaded] = await Promise.all([
      geoRef ? loadZipTable(geoRef, base) : undefined,
      ...districtRefs.map((ref) => loadZipTable(ref, base)),
    ]);
    if (loaded.some((r) => !r?.ok)) {
      for (const ref of districtRefs) clearDatasetCache(new URL(ref.url, base).href);
      this.phase = 'error';
      host.requestUpdate();
      options.announce(msg("We couldn't look up your ZIP code. Check your internet connection and try again."));
      // The results were replaced by the failure: focus its "Try again".
      if (focus) await focusAfterRender(host, '[data-kind="lookup-error"] button');
      return;
    }
    const tables = loaded.flatMap((r) => (r?.ok && r.data.kind === 'zip-districts' ? [r.data as ZipDistrictTable] : []));
    const result = lookupZip(zip, plans, tables, geo?.ok && geo.data.kind === 'zip-geo' ? geo.data : undefined);
    if (result.ok) {
      for (const chamber of CHAMBERS) {
        const c = result.chambers[chamber];
        if ((c.status === 'found' || c.status === 'county') && c.candidates.length === 1) this.chosen[chamber] = c.candidates[0];
      }
    }
    if (this.address.trim() && host.lookupEndpoint) await this.lookupAddress(zip);
    this.result = result;
    this.phase = 'ready';
    host.requestUpdate();
    this.draft.prefillZip(zip);
    options.announce(this.summary(dataset));
    if (focus) await focusAfterRender(host, '#results');
  }

  /**
   * Asks the site's own lookup endpoint for the districts of a street address. On any failure (an
   * HTTP error, offline, no answer within the time-out, an answer without districts) the ZIP
   * result stands, the address stays in its field, and a notice says so.
   */
  private async lookupAddress(zip: string): Promise<void> {
    const url = safeUrl(
      (this.host.lookupEndpoint ?? '').replace('{zip}', encodeURIComponent(zip)).replace('{address}', encodeURIComponent(this.address.trim())),
      {protocols: ['https:', 'http:']},
    );
    if (!url) return;
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), this.options.timeoutMs());
    try {
      const response = await fetch(url, {credentials: 'omit', referrerPolicy: 'no-referrer', signal: controller.signal});
      const districts = response.ok ? districtsFromResponse(await response.json()) : {};
      if (!Object.keys(districts).length) throw new Error(`no districts (HTTP ${response.status})`);
      this.chosen = {...this.chosen, ...districts};
    } catch {
      // The ZIP result stands; the person chooses among the candidates.
      this.addressFailed = true;
    } finally {
      clearTimeout(timer);
    }
  }

  /** The person chose a district of `chamber` (undefined: none yet). */
  choose(dataset: Dataset, chamber: Chamber, n: number | undefined): void {
    this.chosen = {...this.chosen, [chamber]: n};
    this.host.requestUpdate();
    this.options.announce(this.summary(dataset));
  }

  /** Offers every district of every chamber to choose from; focus moves to the first choice. */
  async chooseFromList(): Promise<void> {
    this.manual = true;
    this.host.requestUpdate();
    await focusAfterRender(this.host, '[part="officials"] select');
  }

  /** Forgets the ZIP, the address and the result ("Clear my information"). */
  clear(): void {
    this.zipInput = this.address = '';
    this.result = undefined;
    this.addressFailed = false;
    this.chosen = {};
    this.phase = 'idle';
    this.host.requestUpdate();
  }

  /** What is announced once the officials are shown. */
  private summary(dataset: Dataset): string {
    const r = this.result;
    if (!r) return '';
    if (!r.ok) return zipProblem(r.reason, r.zip);
    const date = this.options.today();
    const count = officialsFor(dataset.officials, this.chosen, date).filter((o) => !termEnded(o, date)).length;
    const split = CHAMBERS.filter((c) => {
      const x = r.chambers[c];
      return (x.status === 'found' || x.status === 'county') && x.candidates.length > 1 && this.chosen[c] === undefined;
    }).length;
    const found = officialsFound(count, r.zip);
    return split ? `${found} ${msg('Your ZIP code is in more than one district: choose yours below.', {id: 'contact.found.split'})}` : found;
  }
}

/** Why a ZIP gave no districts, in words. */
export function zipProblem(reason: ZipProblem, zip: string): string {
  switch (reason) {
    case 'invalid':
      return msg('Enter a 5-digit ZIP code.');
    case 'outside':
      return msg(str`ZIP code ${ltr(zip)} is not in California. This form finds California officials: enter the ZIP code where you live in California.`);
    default:
      return msg('This ZIP code is for PO boxes or businesses; enter the ZIP code where you live, or choose your districts from the list below.');
  }
}
