// Runs the unit and element tests with @web/test-runner in Chromium and Firefox (or the engines
// named in AMPARO_ENGINES: chromium, firefox, webkit, e.g. AMPARO_ENGINES=firefox npm run test:unit), finding or
// installing each engine first (scripts/browsers.mjs). For WebKit it starts a virtual display
// (Xvfb, when there is no display) and WebKitWebDriver, and stops both afterwards.
import {spawn, spawnSync} from 'node:child_process';
import {mkdtempSync, mkdirSync, writeFileSync} from 'node:fs';
import {createServer} from 'node:net';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {enginesWanted, findEngines} from './browsers.mjs';

const freePort = () =>
  new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const {port} = server.address();
      server.close(() => resolve(port));
    });
  });

async function waitForDriver(port, child) {
  const until = Date.now() + 20_000;
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`WebKitWebDriver exited (${child.exitCode})`);
    try {
      const res = await fetch(`http://127.0.0.1:${port}/status`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('WebKitWebDriver did not answer within 20 s');
}

const engines = enginesWanted();
let found;
try {
  found = findEngines(engines);
} catch (error) {
  console.error(error.message);
  process.exit(1);
}

// The widgets' users are in California: every engine runs in its time zone (Chromium also
// emulates it per page). Set for the browsers this starts and the driver's MiniBrowser.
const env = {...process.env, TZ: 'America/Los_Angeles', AMPARO_ENGINES: engines.join(',')};
if (found.chromium) env.CHROME_PATH = found.chromium.browser;
if (found.firefox) env.FIREFOX_PATH = found.firefox.browser;
const children = [];
const stopAll = () => {
  for (const child of children.reverse()) if (child.exitCode === null) child.kill('SIGTERM');
};
process.on('exit', stopAll);
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => process.exit(130));

if (found.webkit) {
  if (found.webkit.xvfb) {
    const display = `:${90 + Math.floor(Math.random() * 800)}`;
    children.push(spawn(found.webkit.xvfb, [display, '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], {stdio: 'ignore'}));
    env.DISPLAY = display;
    await new Promise((r) => setTimeout(r, 300));
  }
  // MiniBrowser's window cannot be narrower than its GTK toolbar (447 px), so a 320 px viewport
  // could not be set. A GTK style sheet for the browser's own chrome only (its toolbar, entry,
  // buttons; never the web page, which WebKit draws itself) shrinks that toolbar to nothing: the
  // window, and so the page's real viewport (innerWidth, media queries, overflow), can then be
  // 320 px wide. Checked: setWindowRect 320 gives innerWidth 320 (447 without this sheet).
  const gtkHome = mkdtempSync(join(tmpdir(), 'amparo-webkit-gtk-'));
  mkdirSync(join(gtkHome, 'gtk-3.0'));
  writeFileSync(
    join(gtkHome, 'gtk-3.0', 'gtk.css'),
    `window > box > *:not(scrolledwindow), toolbar, toolbar *, headerbar, headerbar *, entry, button, progressbar, label {
  min-width: 0; min-height: 0; padding: 0; margin: 0; border-width: 0; font-size: 1px; -gtk-icon-transform: scale(0.01);
}\n`,
  );
  const port = await freePort();
  const driver = spawn(found.webkit.driver, [`--port=${port}`], {stdio: 'ignore', env: {...env, XDG_CONFIG_HOME: gtkHome}});
  children.push(driver);
  try {
    await waitForDriver(port, driver);
  } catch (error) {
    console.error(error.message);
    process.exit(1);
  }
  env.WEBKIT_DRIVER_PORT = String(port);
  env.WEBKIT_BROWSER_PATH = found.webkit.browser;
}

const result = spawnSync('npx', ['web-test-runner', ...process.argv.slice(2)], {stdio: 'inherit', env});
stopAll();
process.exit(result.status ?? 1);
