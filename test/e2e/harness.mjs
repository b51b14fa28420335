// Shared setup for the end-to-end tests: serve the project root, launch headless Chromium and
// record every request, console message, page error and CSP violation of a page.
import puppeteer from 'puppeteer-core';
import {startServer} from '../../scripts/serve.mjs';
import {CHROMIUM_ARGS, findChromium} from '../../scripts/find-chromium.mjs';

/** The policy the README promises works: no inline script or style, Trusted Types enforced. */
export const STRICT_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' data:; " +
  "base-uri 'none'; require-trusted-types-for 'script'; trusted-types lit-html";

export async function startHarness() {
  const requests = [];
  const server = await startServer({
    onRequest: (path) => requests.push(path),
    headers: (path) => (path.startsWith('/test/e2e/pages/strict-') ? {'content-security-policy': STRICT_CSP} : {}),
  });
  const browser = await puppeteer.launch({executablePath: findChromium(), args: CHROMIUM_ARGS});
  return {
    server,
    browser,
    requests,
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

/**
 * Opens `path` and collects what happened. `violations` are `securitypolicyviolation` events,
 * recorded from before the first script runs.
 */
export async function openPage(harness, path, {waitFor} = {}) {
  const page = await harness.browser.newPage();
  const log = {console: [], errors: [], violations: []};
  page.on('console', (m) => log.console.push(`${m.type()}: ${m.text()}`));
  page.on('pageerror', (e) => log.errors.push(String(e)));
  await page.evaluateOnNewDocument(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  harness.requests.length = 0;
  await page.goto(`${harness.server.url}${path}`, {waitUntil: 'networkidle0'});
  if (waitFor) await page.waitForFunction(waitFor, {timeout: 5000});
  log.violations = await page.evaluate(() => window.__violations);
  log.requests = [...harness.requests];
  return {page, log};
}
