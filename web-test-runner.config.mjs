// Unit and element tests in Chromium and Firefox (WebKit on demand) (run through scripts/wtr.mjs, which finds
// or installs each engine and starts WebKit's driver). One folder:
// `npm run test:unit -- --files 'test/core/**/*.test.ts'`; one engine: AMPARO_ENGINES=webkit.
import {esbuildPlugin} from '@web/dev-server-esbuild';
import {chromeLauncher} from '@web/test-runner-chrome';
import * as puppeteer from 'puppeteer-core';
import {CHROMIUM_ARGS} from './scripts/find-chromium.mjs';
import {enginesWanted} from './scripts/browsers.mjs';
import {engineCommands} from './scripts/wtr-engines.mjs';

/** The webdriver launcher names a browser after its capabilities, which say nothing here. */
const named = (name, launcher) => {
  const initialize = launcher.initialize.bind(launcher);
  launcher.initialize = async (...args) => {
    await initialize(...args);
    launcher.name = name;
  };
  return launcher;
};

const launchers = {
  chromium: () =>
    chromeLauncher({
      launchOptions: {executablePath: process.env.CHROME_PATH, args: CHROMIUM_ARGS},
      async createPage({context}) {
        const page = await context.newPage();
        // Dates in tests are deterministic: the widgets' users are in California.
        await page.emulateTimezone('America/Los_Angeles');
        return page;
      },
    }),
  // Firefox over WebDriver BiDi (puppeteer-core); the time zone comes from TZ (scripts/wtr.mjs).
  firefox: () =>
    chromeLauncher({
      puppeteer,
      launchOptions: {
        browser: 'firefox',
        executablePath: process.env.FIREFOX_PATH,
        headless: true,
        extraPrefsFirefox: {
          // no network chatter of its own (updates, telemetry, safe browsing), as for Chromium
          'app.update.enabled': false,
          'browser.safebrowsing.malware.enabled': false,
          'browser.safebrowsing.phishing.enabled': false,
          'datareporting.policy.dataSubmissionEnabled': false,
          'toolkit.telemetry.enabled': false,
          'network.captive-portal-service.enabled': false,
        },
      },
    }),
  // WebKitGTK's MiniBrowser over classic WebDriver (webdriverio), driver started by scripts/wtr.mjs.
  // Loaded only when WebKit runs: webdriverio is large and the other engines do not need it.
  webkit: async () => {
    const {webdriverLauncher} = await import('@web/test-runner-webdriver');
    return named('WebKit', webdriverLauncher({
      automationProtocol: 'webdriver',
      hostname: '127.0.0.1',
      port: Number(process.env.WEBKIT_DRIVER_PORT),
      logLevel: 'error',
      capabilities: {
        'webkitgtk:browserOptions': {binary: process.env.WEBKIT_BROWSER_PATH, args: ['--automation']},
      },
    }));
  },
};

export default {
  files: 'test/**/*.test.ts',
  nodeResolve: {exportConditions: ['development']},
  plugins: [engineCommands(), esbuildPlugin({ts: true, target: 'es2022', tsconfig: 'tsconfig.json'})],
  browsers: await Promise.all(enginesWanted().map((engine) => launchers[engine]())),
  testRunnerHtml: (testFramework) => `<!doctype html>
    <html lang="en">
      <body>
        <script type="module" src="${testFramework}"></script>
      </body>
    </html>`,
  // 15 s: the longest tests (a year of time-zone round trips, 3,000 recurrence rules) take ~2 s in
  // Chromium and up to ~8 s in WebKitGTK on a busy 2-core machine.
  testFramework: {config: {timeout: 15_000}},
  // Lit's dev build announces itself in every file; real warnings still come through.
  filterBrowserLogs: ({args}) => !String(args[0]).startsWith('Lit is in dev mode'),
  concurrency: 1,
  // One engine after the other: on a 2-core machine, engines side by side only make timings flaky.
  concurrentBrowsers: 1,
  browserStartTimeout: 60_000,
};
