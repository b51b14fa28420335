// The three browser engines the tests run in, found on this machine or installed from Debian's
// packages (as root), as scripts/find-chromium.mjs does for Chromium:
//   chromium  Debian's chromium (CDP, through puppeteer-core)
//   firefox   Debian's firefox-esr (WebDriver BiDi, through puppeteer-core)
//   webkit    WebKitGTK's MiniBrowser driven by WebKitWebDriver (classic WebDriver, through
//             webdriverio), in a virtual display (Xvfb) when there is no display
// `node scripts/browsers.mjs` prints what it finds (and installs what is missing).
import {execFileSync} from 'node:child_process';
import {existsSync, readdirSync, readFileSync} from 'node:fs';
import {findChromium} from './find-chromium.mjs';

export const ENGINES = ['chromium', 'firefox', 'webkit'];

function onPath(name) {
  try {
    return execFileSync('sh', ['-c', `command -v ${name}`], {encoding: 'utf8'}).trim() || undefined;
  } catch {
    return undefined;
  }
}

const canInstall = () => {
  try {
    return /^(ID|ID_LIKE)=.*debian/m.test(readFileSync('/etc/os-release', 'utf8')) && process.getuid?.() === 0;
  } catch {
    return false;
  }
};

function aptInstall(packages) {
  console.error(`Installing Debian's ${packages.join(', ')} for the browser tests (apt-get)…`);
  execFileSync('apt-get', ['update', '-qq'], {stdio: 'inherit'});
  execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...packages], {
    stdio: 'inherit',
    env: {...process.env, DEBIAN_FRONTEND: 'noninteractive'},
  });
}

function fromEnv(name) {
  const value = process.env[name];
  if (value && !existsSync(value)) throw new Error(`${name} is set to ${value}, but no file is there.`);
  return value || undefined;
}

/** WebKitGTK's MiniBrowser (the browser WebKitWebDriver starts), in the architecture's lib folder. */
function miniBrowser() {
  const own = fromEnv('WEBKIT_BROWSER_PATH');
  if (own) return own;
  for (const lib of ['/usr/lib', '/usr/libexec']) {
    let dirs;
    try {
      dirs = readdirSync(lib);
    } catch {
      continue;
    }
    for (const dir of ['', ...dirs.map((d) => `${d}/`)]) {
      for (const webkit of ['webkit2gtk-4.1', 'webkit2gtk-4.0', 'webkitgtk-6.0']) {
        const path = `${lib}/${dir}${webkit}/MiniBrowser`;
        if (existsSync(path)) return path;
      }
    }
  }
  return undefined;
}

const finders = {
  firefox: () => {
    const path = fromEnv('FIREFOX_PATH') ?? onPath('firefox-esr') ?? onPath('firefox');
    return path ? {browser: path} : undefined;
  },
  webkit: () => {
    const driver = fromEnv('WEBKIT_DRIVER_PATH') ?? onPath('WebKitWebDriver');
    const browser = miniBrowser();
    const xvfb = process.env.DISPLAY ? 'not needed' : onPath('Xvfb');
    return driver && browser && xvfb ? {driver, browser, xvfb: xvfb === 'not needed' ? undefined : xvfb} : undefined;
  },
};
const PACKAGES = {firefox: ['firefox-esr'], webkit: ['webkit2gtk-driver', 'xvfb']};

/**
 * Paths for each engine asked for: {chromium: {browser}, firefox: {browser}, webkit: {driver,
 * browser, xvfb}}. What is missing is installed in one apt-get run when possible; else an error
 * says how to install it or to run fewer engines (AMPARO_ENGINES=chromium).
 */
export function findEngines(engines = ENGINES, {install = true} = {}) {
  const found = {};
  const missing = [];
  for (const engine of engines) {
    if (engine === 'chromium') found.chromium = {browser: findChromium({install})};
    else if (!finders[engine]) throw new Error(`Unknown engine "${engine}": use ${ENGINES.join(', ')}.`);
    else if (!(found[engine] = finders[engine]())) missing.push(engine);
  }
  if (missing.length && install && canInstall()) {
    aptInstall(missing.flatMap((e) => PACKAGES[e]));
    for (const engine of missing.splice(0)) if (!(found[engine] = finders[engine]())) missing.push(engine);
  }
  if (missing.length) {
    throw new Error(
      `No ${missing.join(' or ')} found for the browser tests. On Debian/Ubuntu: sudo apt-get install -y ` +
        `${missing.flatMap((e) => PACKAGES[e]).join(' ')}; or run the Chromium tests alone: AMPARO_ENGINES=chromium npm test`,
    );
  }
  return found;
}

/**
 * The engines `npm test` runs by default. WebKit is not among them yet: its runs still fail on a
 * 447 px minimum window width (MiniBrowser's, so the 320 px tests cannot run), typing into the
 * finder's fields over classic WebDriver and holding Shift (see README, "Browser engines").
 * `AMPARO_ENGINES=webkit npm run test:unit` runs it.
 */
export const DEFAULT_ENGINES = ['chromium', 'firefox'];

/** The engines to run: AMPARO_ENGINES (comma-separated: chromium, firefox, webkit) or the default ones. */
export function enginesWanted(value = process.env.AMPARO_ENGINES) {
  const list = (value ?? '').split(',').map((s) => s.trim().toLowerCase()).filter(Boolean);
  return list.length ? list : DEFAULT_ENGINES;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(JSON.stringify(findEngines(enginesWanted()), null, 1));
}
