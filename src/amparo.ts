/**
 * The drop-in entry (`dist/amparo.js`):
 *
 * ```html
 * <script type="module" src="https://cdn.example.org/amparo@1/dist/amparo.js"
 *         data-dataset="https://our-org.example/amparo-data.json" data-locale="auto"></script>
 * ```
 *
 * It reads the script's `data-*` configuration and loads each widget's chunk only when its tag
 * is on the page. Chunks resolve relative to this file, so any CDN or self-hosted path works.
 * It imports nothing from the core: on a page without widgets, it is the only file fetched.
 */
import {createAutoloader} from './autoloader.js';
import {checkRequested, recordScript} from './diagnostics.js';
import {configFromScript, findScript, publishPageConfig} from './script-config.js';
import {widgets} from './widgets/registry.js';

/** Replaced with package.json's version by the build (checked by the e2e tests). */
const VERSION = '__AMPARO_VERSION__';

recordScript(VERSION);
publishPageConfig(configFromScript(findScript(import.meta.url), import.meta.url));

const g = globalThis as typeof globalThis & {amparo?: {version: string; discover?: (root: ParentNode) => Promise<void>}};
if (!g.amparo?.discover) {
  const loader = createAutoloader(widgets);
  g.amparo = {version: VERSION, discover: loader.discover};
  void loader.discover(document);
  // The owner check: the page address with #amparo-check shows what is wrong (src/check/).
  if (checkRequested()) void import('./check/index.js').then((m) => m.runCheck(document));
}
