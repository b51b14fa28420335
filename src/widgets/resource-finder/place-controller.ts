/**
 * Where the person looks for help, as a Lit reactive controller: the place (a ZIP code, city or
 * county typed, chosen or attribute-set, or the browser position on request), the problem when
 * it could not be found, the ZIP table (fetched only when needed) and the county centres read
 * from it. Nothing here leaves the browser.
 */
import type {ReactiveController, ReactiveControllerHost} from 'lit';
import type {CountyFips} from '../../core/dataset/ca-counties.js';
import type {Dataset, ZipGeoTable} from '../../core/dataset/schema/index.js';
import {loadZipTable} from '../../core/dataset/store.js';
import type * as Extras from './extras.js';
import {countyPlace, parseLocation, resolveZip, type Place, type Point} from './location.js';

export interface PlaceOptions {
  /** The rarely needed parts (extras.ts), loaded once. */
  lazy(): Promise<typeof Extras>;
  /** The browser position (asked for only when the person presses "Use my location"). */
  position(): Promise<Point>;
  /** The URL the dataset's ZIP table URL is relative to. */
  base(): string | undefined;
}

export class PlaceController implements ReactiveController {
  hostConnected(): void {}

  place?: Place | undefined;
  problem?: {problem: Extras.Problem; text: string} | undefined;
  locating = false;
  /** County centres from the ZIP table (empty without one), once read: see `loadGeo`. */
  geo?: ReadonlyMap<string, Point>;
  private geoLoading = false;
  /** The place with its county's centre (same object while the place is the same, for the ranking cache). */
  private centred?: [Place, Place];
  private zipTable?: Promise<ZipGeoTable | undefined>;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: PlaceOptions,
  ) {
    host.addController(this);
  }

  /** Sets the place (undefined: none) and forgets the last problem. */
  set(place: Place | undefined): void {
    this.place = place;
    this.problem = undefined;
    this.host.requestUpdate();
  }

  /** A county attribute or link (FIPS or name); anything else clears the place. */
  setCounty(value: string | undefined): void {
    const county = value ? parseLocation(value) : undefined;
    this.set(county?.kind === 'county' ? countyPlace(county.county) : undefined);
  }

  chooseCounty(fips: CountyFips): void {
    this.set(countyPlace(fips));
  }

  /** The place searched, with its county's centre once known. */
  located(): Place | undefined {
    const place = this.place;
    const centre = place?.county && !place.point && this.geo?.get(place.county);
    if (!place || !centre) return place;
    if (this.centred?.[0] !== place) this.centred = [place, {...place, centre}];
    return this.centred[1];
  }

  /** Reads the ZIP table's county centres (and the extras that compute them), once. */
  loadGeo(dataset: Dataset): void {
    if (this.geoLoading) return;
    this.geoLoading = true;
    void Promise.all([this.zipGeo(dataset), this.options.lazy()]).then(([table, x]) => {
      this.geo = table ? x.countyCentres(table) : new Map();
      this.host.requestUpdate();
    });
  }

  zipGeo(dataset: Dataset): Promise<ZipGeoTable | undefined> {
    const ref = dataset.zipTables.find((t) => t.kind === 'zip-geo');
    const base = this.options.base();
    if (!ref || !base) return Promise.resolve(undefined);
    this.zipTable ??= (async () => {
      try {
        const result = await loadZipTable(ref, base);
        return result.ok && result.data.kind === 'zip-geo' ? result.data : undefined;
      } catch {
        return undefined;
      }
    })();
    return this.zipTable;
  }

  /** Finds what the person typed (a ZIP code, city or county; empty: no place). */
  async find(value: string, dataset: Dataset): Promise<void> {
    const input = parseLocation(value.trim());
    this.problem = undefined;
    if (input.kind === 'empty') return this.set(undefined);
    if (input.kind === 'county') return this.set(countyPlace(input.county));
    // Cities are looked up by the rarely needed parts (extras.ts).
    const located =
      input.kind === 'zip'
        ? resolveZip(input.zip, await this.zipGeo(dataset))
        : (await this.options.lazy()).resolveCity(input.text, dataset.locations, await this.zipGeo(dataset));
    if (located.ok) return this.set(located.place);
    await this.options.lazy();
    this.set(undefined);
    this.problem = {problem: located.problem, text: located.text};
  }

  /** The browser position's ZIP code; whether a place was found. */
  async useMyLocation(dataset: Dataset): Promise<boolean> {
    this.locating = true;
    this.problem = undefined;
    this.host.requestUpdate();
    try {
      const found = await (await this.options.lazy()).locate(await this.zipGeo(dataset), () => this.options.position());
      if ('problem' in found) {
        this.problem = {problem: found.problem, text: ''};
        return false;
      }
      this.set(found.place);
      return true;
    } finally {
      this.locating = false;
      this.host.requestUpdate();
    }
  }
}
