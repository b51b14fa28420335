/**
 * In-page part of bench/loading.bench.mjs: loads 10,003 records (the finder bench's generator)
 * into the built <amparo-resource-finder> and records every task over 50 ms until the first
 * results are on screen. Baselines from the same page and records: JSON.parse of the document
 * (one task no loader can split) and the validator run in one task, as the store did before
 * issue 15 (validateDataset, from source).
 */
import {clearDatasetCache, loadDataset} from '../src/core/dataset/store.js';
import {validateDataset} from '../src/core/dataset/validate.js';
import {generate} from './resource-finder.harness.js';

const blob = (json: unknown) => URL.createObjectURL(new Blob([JSON.stringify(json)], {type: 'application/json'}));

export async function load(n: number) {
  const {dataset, zipTable} = generate(n);
  dataset.zipTables = [{id: 'zip-geo', kind: 'zip-geo', url: blob(zipTable)}];
  const text = JSON.stringify(dataset);
  let t = performance.now();
  const parsed = JSON.parse(text) as unknown;
  const parseMs = performance.now() - t;
  t = performance.now();
  const result = validateDataset(parsed);
  const oneTaskValidationMs = performance.now() - t;
  await new Promise((done) => setTimeout(done, 100));

  const longTasks: {start: number; ms: number}[] = [];
  const observer = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) longTasks.push({start: e.startTime, ms: e.duration});
  });
  observer.observe({type: 'longtask', buffered: false});
  // 1. The store alone (src/core/dataset/store.ts, the code of the built core chunk): fetch,
  //    decode, parse and validate in slices. A blob: URL is not a trusted file: fully validated.
  const storeUrl = URL.createObjectURL(new Blob([text], {type: 'application/json'}));
  const s0 = performance.now();
  const stored = await loadDataset(storeUrl);
  const storeMs = performance.now() - s0;
  clearDatasetCache();
  await new Promise((done) => setTimeout(done, 200));
  const storeTasks = longTasks.filter((x) => x.start >= s0 - 1 && x.start < s0 + storeMs);

  // 2. The built widget: the same, then the finder's own indexing and first render.
  const host = document.querySelector('#host')!;
  host.replaceChildren();
  const el = document.createElement('amparo-resource-finder') as HTMLElement & {updateComplete: Promise<boolean>};
  el.setAttribute('dataset', URL.createObjectURL(new Blob([text], {type: 'application/json'})));
  const t0 = performance.now();
  host.append(el);
  await customElements.whenDefined('amparo-resource-finder');
  while (!el.shadowRoot?.querySelector('#q') || el.shadowRoot.querySelector('.skeleton')) {
    await new Promise((done) => setTimeout(done, 5));
  }
  await el.updateComplete;
  void el.offsetHeight;
  const loadMs = performance.now() - t0;
  await new Promise((done) => setTimeout(done, 200));
  observer.disconnect();
  const during = longTasks.filter((x) => x.start >= t0 - 1);
  return {
    storeMs,
    storeTasks,
    storeKept: stored.ok ? stored.data.services.length : 0,
    records: n + 3,
    bytes: text.length,
    parseMs,
    oneTaskValidationMs,
    kept: result.ok ? result.dataset.services.length : 0,
    loadMs,
    longTasks: during,
  };
}

declare global {
  var amparoLoading: {load: typeof load};
}
globalThis.amparoLoading = {load};
