/**
 * The owner check (`dist/amparo-check.js`), loaded only when the page address has
 * `#amparo-check`: a panel, visible only then, naming what is wrong with the Amparo widgets on
 * the page in plain words. Visitors never see it (they see the widgets' calm failure states).
 * Built with plain DOM and text only (no HTML strings), in a shadow root.
 */
import {msg} from '@lit/localize';
import {getPageConfig} from '../core/page-config.js';
import {isoDayIn} from '../core/format.js';
import type {Recorded} from '../diagnostics.js';
import {diagnose, type Finding} from './diagnose.js';

/**
 * What the loader recorded (src/diagnostics.ts), read from its global: importing that module here
 * would make rollup split it into a chunk of its own, one more request on every page.
 */
const recorded = (): Recorded =>
  (globalThis as {[key: symbol]: Recorded | undefined})[Symbol.for('amparo.diagnostics')] ?? {versions: [], csp: []};

const TAGS = ['amparo-resource-finder', 'amparo-rights-card', 'amparo-event-calendar', 'amparo-contact-rep'];

/** The widgets on the page and the datasets they read. */
export function pageInventory(doc: Document): {widgets: string[]; datasets: string[]} {
  const elements = [...doc.querySelectorAll(TAGS.join(','))];
  const config = getPageConfig().datasetUrl;
  const datasets = new Set<string>();
  for (const el of elements) {
    const own = el.getAttribute('dataset');
    const url = own ? new URL(own, doc.baseURI).href : config;
    if (url) datasets.add(url);
  }
  return {widgets: [...new Set(elements.map((el) => el.localName.replace(/^amparo-/, '')))], datasets: [...datasets]};
}

const STYLE = `
:host { all: initial; position: fixed; inset-inline: 0; inset-block-end: 0; z-index: 2147483647; }
section { font: 15px/1.45 system-ui, sans-serif; color: #111; background: #fff; border-block-start: 3px solid #b00020;
  max-block-size: 60vh; overflow: auto; padding: 12px 16px; box-shadow: 0 -4px 16px rgb(0 0 0 / 0.2); }
h2 { font-size: 17px; margin: 0 0 8px; }
ul { margin: 0; padding-inline-start: 20px; }
li { margin-block: 6px; overflow-wrap: anywhere; }
li[data-level='error'] > strong::before { content: '✖ '; color: #b00020; }
li[data-level='warning'] > strong::before { content: '⚠ '; color: #8a5a00; }
li[data-level='ok'] > strong::before { content: '✓ '; color: #1b6e20; }
li ul { font-size: 13px; font-family: ui-monospace, monospace; }
button { min-block-size: 32px; min-inline-size: 32px; font: inherit; float: inline-end; }
`;

function render(findings: Finding[], doc: Document): HTMLElement {
  const host = doc.createElement('amparo-check-panel');
  const root = host.attachShadow({mode: 'open'});
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(STYLE);
  root.adoptedStyleSheets = [sheet];
  const section = doc.createElement('section');
  section.setAttribute('role', 'region');
  section.setAttribute('aria-labelledby', 'amparo-check-title');
  const close = doc.createElement('button');
  close.type = 'button';
  close.textContent = msg('Close');
  close.addEventListener('click', () => host.remove());
  const title = doc.createElement('h2');
  title.id = 'amparo-check-title';
  const errors = findings.filter((f) => f.level === 'error').length;
  title.textContent = errors ? msg('Amparo check: problems found') : msg('Amparo check: no problem found');
  const list = doc.createElement('ul');
  for (const f of findings) {
    const item = doc.createElement('li');
    item.dataset.level = f.level;
    const strong = doc.createElement('strong');
    strong.textContent = f.title;
    item.append(strong);
    if (f.details?.length) {
      const sub = doc.createElement('ul');
      for (const d of f.details) {
        const li = doc.createElement('li');
        li.textContent = d;
        sub.append(li);
      }
      item.append(sub);
    }
    list.append(item);
  }
  const note = doc.createElement('p');
  note.textContent = msg('Only you see this panel, because the page address ends with #amparo-check. Visitors see the widgets as usual.');
  section.append(close, title, list, note);
  root.append(section);
  return host;
}

/** Runs the check for the page and shows the panel (and logs the findings on the console). */
export async function runCheck(doc: Document = document): Promise<Finding[]> {
  // Let the widgets start first: their requests and any CSP violations are part of the picture.
  await new Promise((resolve) => setTimeout(resolve, 300));
  const {widgets, datasets} = pageInventory(doc);
  const findings = await diagnose({widgets, datasets, recorded: recorded(), today: isoDayIn(new Date())});
  for (const f of findings) (f.level === 'error' ? console.error : f.level === 'warning' ? console.warn : console.info)(`Amparo check: ${f.title}`, ...(f.details ?? []));
  doc.querySelector('amparo-check-panel')?.remove();
  doc.body.append(render(findings, doc));
  return findings;
}

// Loaded as its own script (next to a classic build): run right away.
if (!(globalThis as {amparo?: {discover?: unknown}}).amparo?.discover) void runCheck();
