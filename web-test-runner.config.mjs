// Unit and element tests in headless Chromium (run through scripts/wtr.mjs, which finds it).
// One folder: `npm run test:unit -- --files 'test/core/**/*.test.ts'`.
import {esbuildPlugin} from '@web/dev-server-esbuild';
import {chromeLauncher} from '@web/test-runner-chrome';
import {CHROMIUM_ARGS} from './scripts/find-chromium.mjs';

export default {
  files: 'test/**/*.test.ts',
  nodeResolve: {exportConditions: ['development']},
  plugins: [esbuildPlugin({ts: true, target: 'es2022', tsconfig: 'tsconfig.json'})],
  browsers: [
    chromeLauncher({
      launchOptions: {executablePath: process.env.CHROME_PATH, args: CHROMIUM_ARGS},
      async createPage({context}) {
        const page = await context.newPage();
        // Dates in tests are deterministic: the widgets' users are in California.
        await page.emulateTimezone('America/Los_Angeles');
        return page;
      },
    }),
  ],
  testRunnerHtml: (testFramework) => `<!doctype html>
    <html lang="en">
      <body>
        <script type="module" src="${testFramework}"></script>
      </body>
    </html>`,
  testFramework: {config: {timeout: 5000}},
  // Lit's dev build announces itself in every file; real warnings still come through.
  filterBrowserLogs: ({args}) => !String(args[0]).startsWith('Lit is in dev mode'),
  concurrency: 1,
};
