/**
 * What the classic (IIFE) builds do when their file runs: publish the `<script data-*>`
 * configuration and record the version. Must run during the script's own evaluation, while
 * `document.currentScript` is the tag that loaded it.
 */
import {VERSION} from './core/version.js';
import {configFromScript, publishPageConfig} from './script-config.js';

export function bootClassicScript(): void {
  const script = document.currentScript as HTMLScriptElement | null;
  publishPageConfig(configFromScript(script, script?.src || document.baseURI));
  const g = globalThis as typeof globalThis & {amparo?: {version: string}};
  g.amparo ??= {version: VERSION};
}
