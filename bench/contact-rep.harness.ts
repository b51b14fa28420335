/**
 * In-page harness for bench/contact-rep.bench.mjs, bundled with esbuild (production Lit) and
 * injected into bench/contact-rep.html, which the bench serves from the project root. Uses the REAL
 * default dataset (data/amparo-ca.json) and its ZIP tables, loaded, parsed and validated by the same
 * store code the widget uses (src/core/dataset/store.ts).
 */
import '../src/widgets/contact-rep/define.js';
import type {Dataset, ZipDistrictTable, ZipGeoTable} from '../src/core/dataset/schema/index.js';
import {clearDatasetCache, loadDataset, loadZipTable} from '../src/core/dataset/store.js';
import {CHAMBERS, lookupZip, officialsFor, seatOf, tablesFor, type Chamber} from '../src/widgets/contact-rep/lookup.js';

const DATASET_URL = new URL('/data/amparo-ca.json', location.href).href;

interface Loaded {
  dataset: Dataset;
  date: string;
  tables: ZipDistrictTable[];
  geo?: ZipGeoTable;
  zips: string[];
  /** Per ZIP, its rows as one JSON string (the "JSON.parse of one row" baseline). */
  rowJson: Map<string, string>;
  kind: Map<string, 'single' | 'split' | 'unknown'>;
}

let loaded: Loaded | undefined;
/** Keeps results alive so the JIT cannot drop the work. */
let sink = 0;

/**
 * ZIP -> officials, as the widget computes it after the tables are loaded: the plans in force on
 * `date` (tablesFor), the candidate districts per chamber (lookupZip), the officials of the
 * chamber(s) with one candidate plus the statewide ones (officialsFor), and the seat holder of
 * every candidate of a split chamber (seatOf, for the "which one?" choice). Returns how many
 * officials it found.
 */
function zipToOfficials(l: Loaded, zip: string): number {
  const {plans} = tablesFor(l.dataset, l.date);
  const r = lookupZip(zip, plans, l.tables, l.geo);
  if (!r.ok) return 0;
  const chosen: Partial<Record<Chamber, number>> = {};
  let candidates = 0;
  for (const chamber of CHAMBERS) {
    const c = r.chambers[chamber];
    if (c.status !== 'found') continue;
    if (c.candidates.length === 1) chosen[chamber] = c.candidates[0];
    else for (const n of c.candidates) candidates += seatOf(l.dataset.officials, chamber, n) ? 1 : 0;
  }
  return officialsFor(l.dataset.officials, chosen).length + candidates;
}

const OPS: Record<string, (l: Loaded, zip: string) => number> = {
  lookup: zipToOfficials,
  parse: (l, zip) => {
    const row = JSON.parse(l.rowJson.get(zip)!) as unknown[];
    return row.length;
  },
  property: (l, zip) => {
    let n = 0;
    for (const t of l.tables) n += t.zips[zip]?.length ?? 0;
    return n + (l.geo?.zips[zip] ? 1 : 0);
  },
};

/** Deterministic shuffle (so every round visits the ZIPs in a different order). */
function shuffled<T>(xs: readonly T[], seed: number): T[] {
  const out = [...xs];
  let s = seed >>> 0 || 1;
  for (let i = out.length - 1; i > 0; i--) {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

type Contact = HTMLElement & {updateComplete: Promise<boolean>; requestUpdate(): void};
let widget: Contact | undefined;

/** Resolves when `cond` holds, re-checked on every DOM change in the widget (no polling delay). */
function until(root: ShadowRoot, cond: () => boolean, timeoutMs = 20_000): Promise<void> {
  if (cond()) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      observer.disconnect();
      reject(new Error('timed out waiting for the widget'));
    }, timeoutMs);
    const observer = new MutationObserver(() => {
      if (!cond()) return;
      observer.disconnect();
      clearTimeout(timer);
      resolve();
    });
    observer.observe(root, {subtree: true, childList: true, characterData: true, attributes: true});
  });
}

(globalThis as Record<string, unknown>).amparoBench = {
  /** Loads the dataset and the ZIP tables in force on `date` (default: today in California). */
  async load(date: string) {
    const t0 = performance.now();
    const ds = await loadDataset(DATASET_URL);
    if (!ds.ok) throw new Error(`dataset: ${ds.failure} ${ds.detail}`);
    const dataset = ds.data;
    const {plans, districtRefs, geoRef} = tablesFor(dataset, date);
    const [geoResult, ...results] = await Promise.all([
      geoRef ? loadZipTable(geoRef, DATASET_URL) : undefined,
      ...districtRefs.map((ref) => loadZipTable(ref, DATASET_URL)),
    ]);
    const tables = results.flatMap((r) => (r?.ok && r.data.kind === 'zip-districts' ? [r.data] : []));
    if (tables.length !== districtRefs.length) throw new Error('a ZIP table did not load');
    const geo = geoResult?.ok && geoResult.data.kind === 'zip-geo' ? geoResult.data : undefined;
    const zips = [...new Set([...tables.flatMap((t) => Object.keys(t.zips)), ...Object.keys(geo?.zips ?? {})])].sort();
    const rowJson = new Map(zips.map((z) => [z, JSON.stringify([...tables.map((t) => t.zips[z] ?? null), geo?.zips[z] ?? null])]));
    const kind = new Map(
      zips.map((z) => {
        const rows = tables.map((t) => t.zips[z]);
        return [z, rows.every((r) => !r) ? 'unknown' : rows.some((r) => r && r.length > 1) ? 'split' : 'single'] as const;
      }),
    );
    loaded = {dataset, date, tables, geo, zips, rowJson, kind};
    return {
      loadMs: performance.now() - t0,
      zips: zips.length,
      kinds: {
        single: zips.filter((z) => kind.get(z) === 'single').length,
        split: zips.filter((z) => kind.get(z) === 'split').length,
        unknown: zips.filter((z) => kind.get(z) === 'unknown').length,
      },
      officials: dataset.officials.length,
      plans: Object.fromEntries(Object.entries(plans).map(([c, p]) => [c, p.id])),
      tables: tables.map((t) => t.planId),
      crossOriginIsolated,
    };
  },

  /** Every ZIP in the tables, sorted. */
  zips: () => loaded!.zips,

  /** The very first ZIP -> officials call after the tables loaded (cold code), in ms. */
  cold(zip: string) {
    const t0 = performance.now();
    sink += zipToOfficials(loaded!, zip);
    return performance.now() - t0;
  },

  /** One pass over every ZIP; returns the mean ms per call (for warm-up and calibration). */
  sweep(op: string) {
    const l = loaded!;
    const fn = OPS[op]!;
    const t0 = performance.now();
    for (const zip of l.zips) sink += fn(l, zip);
    return (performance.now() - t0) / l.zips.length;
  },

  /**
   * One sample per ZIP: `reps` calls on that ZIP timed together, divided by `reps` (so even a
   * sub-microsecond baseline is measured well above the timer's 5 µs resolution). `reps` = 1 is
   * a single call per ZIP, as a person's one lookup.
   */
  samples(op: string, reps: number, seed: number) {
    const l = loaded!;
    const fn = OPS[op]!;
    const zips = shuffled(l.zips, seed);
    const ms: number[] = [];
    for (const zip of zips) {
      const t0 = performance.now();
      for (let k = 0; k < reps; k++) sink += fn(l, zip);
      ms.push((performance.now() - t0) / reps);
    }
    return {ms, zips, kinds: zips.map((z) => l.kind.get(z)!), sink};
  },

  /** Re-times `zips` (the slowest single calls) `n` times each: the median per ZIP, in ms. */
  retime(zips: string[], n: number) {
    const l = loaded!;
    return zips.map((zip) => {
      const ms: number[] = [];
      for (let i = 0; i < n; i++) {
        const t0 = performance.now();
        sink += zipToOfficials(l, zip);
        ms.push(performance.now() - t0);
      }
      return {zip, median: ms.sort((a, b) => a - b)[Math.floor(n / 2)]!};
    });
  },

  /** Puts a fresh widget on the page with the default dataset; nothing cached. */
  async mount() {
    clearDatasetCache();
    widget?.remove();
    const el = document.createElement('amparo-contact-rep') as Contact;
    el.setAttribute('dataset', DATASET_URL);
    el.setAttribute('theme', 'light');
    document.body.append(el);
    widget = el;
    await until(el.shadowRoot!, () => !!el.shadowRoot!.querySelector('#zip'));
    await el.updateComplete;
  },

  /**
   * The full UI path for each ZIP: type it in the field, press "Find my officials", wait until the
   * widget has rendered the answer for that ZIP (Lit committed), then force style + layout.
   */
  async ui(zips: string[]) {
    const el = widget!;
    const root = el.shadowRoot!;
    const ms: number[] = [];
    const committed: number[] = [];
    const rendered: number[] = [];
    for (const zip of zips) {
      const input = root.querySelector<HTMLInputElement>('#zip')!;
      const button = root.querySelector<HTMLButtonElement>('form[part="lookup"] button[type="submit"]')!;
      const t0 = performance.now();
      input.value = zip;
      input.dispatchEvent(new Event('input'));
      button.click();
      await until(
        root,
        () =>
          !root.querySelector('.skeleton') &&
          !!root.querySelector('[part="officials"]') &&
          (root.querySelector('[role="status"]')?.textContent ?? '').includes(zip),
      );
      await el.updateComplete;
      // The widget moves focus to the results heading, which already forces style + layout.
      committed.push(performance.now() - t0);
      void document.body.offsetHeight; // style + layout, if anything is still pending
      ms.push(performance.now() - t0);
      rendered.push(root.querySelectorAll('.official').length);
      await new Promise((done) => setTimeout(done, 5));
    }
    return {ms, committed, rendered, kinds: zips.map((z) => loaded?.kind.get(z) ?? 'unknown')};
  },

  /** Baseline for the UI rows: a Lit re-render of the widget (results shown) that changes nothing. */
  async noop(n: number) {
    const el = widget!;
    const ms: number[] = [];
    for (let i = 0; i < n; i++) {
      const t0 = performance.now();
      el.requestUpdate();
      await el.updateComplete;
      void document.body.offsetHeight;
      ms.push(performance.now() - t0);
    }
    return ms;
  },
};
