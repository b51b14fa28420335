/**
 * The dataset builder page (demo/builder/index.html): a spreadsheet, calendar or JSON file in,
 * the problems in plain language, the chosen widgets live with that data, and the snippet and
 * dataset out. Everything runs in the tab: files are read locally, a spreadsheet URL is fetched
 * only when the person presses "Fetch", nothing is uploaded. The page renders with DOM calls and
 * `textContent` only, so it holds under a strict CSP with Trusted Types.
 */
import {CA_COUNTIES} from '../core/dataset/ca-counties.js';
import type {ZipGeoTable} from '../core/dataset/schema/index.js';
import {importFiles, type ImportResult, type InputFile, type Problem} from '../import/index.js';
import {buildSnippet, contrast, folder, WIDGETS, type ColorToken, type WidgetTag} from './snippet.js';

const $ = <T extends HTMLElement = HTMLElement>(id: string) => document.getElementById(id) as T;
const el = <K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, cls?: string) => {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (cls) node.className = cls;
  return node;
};

/** Amparo's own files next to this script: the default dataset and the ZIP table. */
const ownData = (file: string) => new URL(`../data/${file}`, import.meta.url).href;

let files: InputFile[] = [];
let result: ImportResult | undefined;
let previewUrl: string | undefined;
const cache = new Map<string, Promise<unknown>>();
const json = (url: string) => {
  if (!cache.has(url)) cache.set(url, fetch(url).then((r) => (r.ok ? r.json() : Promise.reject(new Error(`HTTP ${r.status}`)))));
  return cache.get(url)!;
};

function say(id: string, message: string) {
  $(id).textContent = message;
}

/** Where a problem is, as a person with the spreadsheet open reads it. */
function place(p: Problem): string {
  const name = p.file.replace(/^.*[\\/]/, '');
  if (p.line === undefined) return p.path ? `${name}, at ${p.path}` : name;
  if (/\.ics$/i.test(name)) return `${name}, event at line ${p.line}`;
  if (p.line === 1 && p.row === undefined) return `${name}, header row`;
  return `${name}, row ${p.row ?? p.line}${p.row !== undefined ? ` (line ${p.line} of the file)` : ''}`;
}

function showProblems(problems: Problem[]) {
  const box = $('problems');
  box.replaceChildren();
  const groups: [Problem['severity'], string][] = [
    ['error', 'Left out'],
    ['warning', 'Changed, or partly left out'],
    ['note', 'Notes'],
  ];
  for (const [severity, title] of groups) {
    const list = problems.filter((p) => p.severity === severity);
    if (!list.length) continue;
    const ul = el('ul');
    for (const p of list) {
      const li = el('li');
      li.append(el('strong', `${place(p)}: `), document.createTextNode(p.message));
      ul.append(li);
    }
    if (severity === 'note') {
      const details = el('details');
      details.append(el('summary', `${title} (${list.length})`), ul);
      box.append(details);
    } else {
      box.append(el('h3', `${title} (${list.length})`), ul);
    }
  }
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

function showSummary(r: ImportResult) {
  const c = r.counts;
  const parts = [
    c.organizations && plural(c.organizations, 'organization'),
    c.locations && plural(c.locations, 'location'),
    c.services && plural(c.services, 'service'),
    c.events && plural(c.events, 'event'),
  ].filter(Boolean);
  const left = r.problems.filter((p) => p.severity === 'error').length;
  // An Amparo dataset loaded on its own is ready as it is (to preview it and write its snippet).
  const imported = ['organizations', 'services', 'locations', 'events'].some((k) => r.changes[k as 'events']) || Object.values(r.kinds).includes('dataset');
  const text =
    r.dataset && imported
      ? `Ready: ${parts.join(', ')}${c.hotlines ? ` (and ${c.hotlines} California hotlines)` : ''}. ` +
        (left ? `${plural(left, 'record')} left out (see below).` : 'Nothing was left out.')
      : 'Nothing usable was found in this file. The list below says why.';
  say('summary', text);
}

/** The county most of the records are in, for the widgets' `county`. */
function mainCounty(r: ImportResult): string | undefined {
  const counts = new Map<string, number>();
  const d = r.dataset as {locations?: {county?: string}[]; events?: {counties?: string[]}[]} | undefined;
  for (const c of [...(d?.locations ?? []).map((l) => l.county), ...(d?.events ?? []).flatMap((e) => e.counties ?? [])]) {
    if (c) counts.set(c, (counts.get(c) ?? 0) + 1);
  }
  const best = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
  return best && CA_COUNTIES[best as keyof typeof CA_COUNTIES];
}

async function run() {
  if (!files.length) return;
  say('load-status', `Reading ${files.map((f) => f.name).join(', ')}…`);
  // By default the dataset extends Amparo's statewide one (meta.extends): hotlines, ZIP lookup,
  // officials and rights content keep coming from Amparo's files. Standalone copies the hotlines.
  const standalone = !$<HTMLInputElement>('hotlines').checked;
  const [zipTable, defaults] = await Promise.all([
    json(ownData('zip-geo.json')) as Promise<ZipGeoTable>,
    standalone ? json(ownData('amparo-ca.json')) : Promise.resolve(undefined),
  ]);
  result = await importFiles(files, {
    zipTable,
    extendsDefault: !standalone,
    hotlinesFrom: defaults,
    textLang: $<HTMLSelectElement>('text-lang').value || undefined,
    zipTableUrl: 'zip-geo.json',
    licence: $<HTMLInputElement>('licence').value.trim() || undefined,
    id: files[0]!.name.replace(/\.[^.]+$/, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'imported',
  });
  showSummary(result);
  showProblems(result.problems);
  const county = mainCounty(result);
  if (county && !$<HTMLSelectElement>('county').dataset['touched']) $<HTMLSelectElement>('county').value = county;
  say('load-status', `Read ${files.map((f) => f.name).join(', ')}.`);
  update();
}

/** The dataset as it will be published (its ZIP table where Amparo's files are) or previewed (here). */
function datasetFor(zipUrl: string): Record<string, unknown> | undefined {
  if (!result?.dataset) return undefined;
  const copy = structuredClone(result.dataset);
  const tables = copy['zipTables'] as {kind: string; url: string}[] | undefined;
  for (const t of tables ?? []) if (t.kind === 'zip-geo' && (t.url === 'zip-geo.json' || zipUrl.startsWith('http'))) t.url = zipUrl;
  return copy;
}

function options() {
  const widgets = (Object.keys(WIDGETS) as WidgetTag[]).filter((t) => $<HTMLInputElement>(`w-${t}`).checked);
  const colors: Partial<Record<ColorToken, string>> = {};
  for (const token of ['accent', 'text', 'background'] as const) {
    const input = $<HTMLInputElement>(`color-${token}`);
    if (input.dataset['touched']) colors[`--amparo-color-${token}`] = input.value;
  }
  return {
    amparoUrl: $<HTMLInputElement>('amparo-url').value.trim() || '/amparo/',
    datasetUrl: $<HTMLInputElement>('dataset-url').value.trim() || '/amparo-data.json',
    locale: $<HTMLSelectElement>('locale').value,
    widgets,
    county: $<HTMLSelectElement>('county').value || undefined,
    colors,
    fallbackUrl: $<HTMLInputElement>('fallback').value.trim() || undefined,
    standalone: !$<HTMLInputElement>('hotlines').checked,
  };
}

function update() {
  const o = options();
  $<HTMLTextAreaElement>('snippet').value = buildSnippet(o);
  const ready = !!result?.dataset;
  $<HTMLButtonElement>('download').disabled = !ready;
  // Contrast of the chosen colours (WCAG AA: 4.5:1 for text).
  const accent = $<HTMLInputElement>('color-accent').value;
  const fg = $<HTMLInputElement>('color-text').value;
  const bg = $<HTMLInputElement>('color-background').value;
  const low = [
    contrast(accent, '#ffffff') < 4.5 && 'the accent colour is too light for white button text',
    contrast(fg, bg) < 4.5 && 'the text colour and the background are too close',
    contrast(accent, bg) < 3 && 'links in the accent colour are hard to see on the background',
  ].filter(Boolean);
  say('contrast', low.length ? `Hard to read: ${low.join('; ')} (contrast below WCAG AA).` : '');
  renderPreview(o);
}

function renderPreview(o: ReturnType<typeof options>) {
  const box = $('preview');
  const dataset = datasetFor(ownData('zip-geo.json'));
  if (previewUrl) URL.revokeObjectURL(previewUrl);
  previewUrl = dataset ? URL.createObjectURL(new Blob([JSON.stringify(dataset)], {type: 'application/json'})) : undefined;
  box.replaceChildren();
  for (const [token, value] of Object.entries(o.colors)) box.style.setProperty(token, value);
  for (const token of ['accent', 'text', 'background']) {
    if (!(`--amparo-color-${token}` in o.colors)) box.style.removeProperty(`--amparo-color-${token}`);
  }
  if (!o.widgets.length) box.append(el('p', 'Choose at least one widget.'));
  for (const tag of o.widgets) {
    const info = WIDGETS[tag];
    const widget = document.createElement(tag);
    const url = info.own ? previewUrl : ownData('amparo-ca.json');
    if (!url) continue;
    widget.setAttribute('dataset', url);
    if (info.county && o.county) widget.setAttribute('county', o.county);
    if (o.locale !== 'auto') widget.setAttribute('lang', o.locale);
    box.append(el('h3', info.label), widget);
  }
  if (!previewUrl && o.widgets.some((t) => WIDGETS[t].own)) {
    box.prepend(el('p', 'Load a file to see the resource finder and the calendar with your data.'));
  }
}

async function readLocal(list: FileList | File[]) {
  const chosen = [...list];
  if (!chosen.length) return;
  files = await Promise.all(chosen.map(async (f) => ({name: f.name, text: await f.text()})));
  await run();
}

async function fetchSheet() {
  const address = $<HTMLInputElement>('url').value.trim();
  let url: URL;
  try {
    url = new URL(address);
    if (!/^https?:$/.test(url.protocol)) throw new Error('scheme');
  } catch {
    say('load-status', 'That is not a web address. It should start with https://');
    return;
  }
  say('load-status', `Fetching ${url.host}…`);
  let response: Response;
  try {
    response = await fetch(url, {credentials: 'omit', referrerPolicy: 'no-referrer'});
  } catch {
    say(
      'load-status',
      `The browser was not allowed to read ${url.host}. Most likely that site does not let other web pages read its files ` +
        '(a protection called CORS), or the address is wrong. Download the spreadsheet as a CSV file instead ' +
        '(in Google Sheets: File → Download → Comma-separated values) and choose that file above.',
    );
    return;
  }
  if (!response.ok) {
    say('load-status', `${url.host} answered with error ${response.status}. Check the address, and that the spreadsheet is published.`);
    return;
  }
  const name = decodeURIComponent(url.pathname.replace(/^.*\//, '')) || 'spreadsheet.csv';
  files = [{name: /\.(csv|ics|json)$/i.test(name) ? name : `${url.host}.csv`, text: await response.text()}];
  await run();
}

async function copySnippet() {
  const area = $<HTMLTextAreaElement>('snippet');
  try {
    await navigator.clipboard.writeText(area.value);
  } catch {
    area.select();
    document.execCommand('copy');
  }
  say('publish-status', 'Copied. Paste it into your page where the widgets should appear.');
}

function download() {
  const dataset = datasetFor(`${folder(options().amparoUrl)}data/zip-geo.json`);
  if (!dataset) return;
  const name = options().datasetUrl.replace(/^.*\//, '').replace(/\?.*$/, '') || 'amparo-data.json';
  const a = el('a');
  a.href = URL.createObjectURL(new Blob([`${JSON.stringify(dataset, null, 2)}\n`], {type: 'application/json'}));
  a.download = /\.json$/i.test(name) ? name : `${name}.json`;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
  say('publish-status', `Downloaded ${a.download}. Publish it at ${options().datasetUrl} on your site.`);
}

function init() {
  const county = $<HTMLSelectElement>('county');
  for (const name of Object.values(CA_COUNTIES)) county.append(new Option(name, name));
  const file = $<HTMLInputElement>('file');
  file.addEventListener('change', () => void readLocal(file.files ?? []));
  const drop = $('drop');
  drop.addEventListener('dragover', (e) => {
    e.preventDefault();
    drop.classList.add('over');
  });
  drop.addEventListener('dragleave', () => drop.classList.remove('over'));
  drop.addEventListener('drop', (e) => {
    e.preventDefault();
    drop.classList.remove('over');
    if (e.dataTransfer?.files.length) void readLocal(e.dataTransfer.files);
  });
  $('fetch').addEventListener('click', () => void fetchSheet());
  $('url').addEventListener('keydown', (e) => {
    if (e.key === 'Enter') void fetchSheet();
  });
  for (const id of ['text-lang', 'hotlines', 'licence']) $(id).addEventListener('change', () => void run());
  for (const input of document.querySelectorAll<HTMLInputElement | HTMLSelectElement>('#choose input, #choose select, #publish input')) {
    input.addEventListener('input', () => {
      input.dataset['touched'] = 'true';
      update();
    });
    input.addEventListener('change', () => {
      input.dataset['touched'] = 'true';
      update();
    });
  }
  $('copy').addEventListener('click', () => void copySnippet());
  $('download').addEventListener('click', download);
  update();
}

init();
