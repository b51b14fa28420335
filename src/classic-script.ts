/**
 * What the classic (IIFE) builds do when their file runs: publish the `<script data-*>`
 * configuration and record the version. Must run during the script's own evaluation, while
 * `document.currentScript` is the tag that loaded it.
 */
import {VERSION} from './core/version.js';
import {checkRequested, recordScript} from './diagnostics.js';
import {configFromScript, publishPageConfig} from './script-config.js';

export function bootClassicScript(): void {
  const script = document.currentScript as HTMLScriptElement | null;
  recordScript(VERSION);
  publishPageConfig(configFromScript(script, script?.src || document.baseURI));
  const g = globalThis as typeof globalThis & {amparo?: {version: string}};
  const first = !g.amparo;
  g.amparo ??= {version: VERSION};
  // The owner check is an ES module next to the classic file (dist/amparo-check.js): a single
  // file cannot carry it, and only site owners who ask for it load it.
  if (first && checkRequested() && script?.src) {
    const check = document.createElement('script');
    check.type = 'module';
    check.src = new URL(script.src.includes('/iife/') ? '../amparo-check.js' : 'amparo-check.js', script.src).href;
    document.head.append(check);
  }
}
