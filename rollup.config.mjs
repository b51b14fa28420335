// Builds:
//  1. dist/amparo.js + dist/chunks/: the drop-in ES module loader, one chunk per widget, one
//     shared `core` chunk (Lit, @lit/localize, zod/mini, src/core) and one chunk per UI locale.
//  2. dist/amparo.iife.js: one classic self-contained file with every widget (SRI-friendly), and
//     dist/iife/amparo-<widget>.iife.js: the same for one widget.
//  3. dist/index.js + dist/**: the npm build (modules preserved, dependencies external).
//  4. dist/cli/amparo.js: the `amparo` command for Node (validate, schema, import, export,
//     template), and dist/templates/organizations.csv.
//  5. dist/builder/builder.js (+ chunks): the dataset builder page's script (demo/builder/).
import {createHash} from 'node:crypto';
import {cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync} from 'node:fs';
import {resolve} from 'node:path';
import {pathToFileURL} from 'node:url';
import {nodeResolve} from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import {rollup} from 'rollup';
import {build as esbuildBuild} from 'esbuild';
import esbuild from 'rollup-plugin-esbuild';

const browserTarget = 'es2021';

const transpile = () => esbuild({target: browserTarget, tsconfig: 'tsconfig.json'});
const minify = () =>
  terser({ecma: 2021, module: true, compress: {passes: 2}, format: {comments: false}});

/** Copies the default dataset to dist/data/, next to the scripts that read it by default. */
const copyData = () => ({
  name: 'amparo-copy-data',
  writeBundle() {
    if (existsSync('data')) cpSync('data', 'dist/data', {recursive: true, filter: (p) => !p.endsWith('.md')});
  },
});

const {version} = JSON.parse(readFileSync('package.json', 'utf8'));

/** Writes the package version into the loader, which must not import the core for it. */
const loaderVersion = () => ({
  name: 'amparo-loader-version',
  transform(code, id) {
    return id.endsWith('/src/amparo.ts') ? code.replace("'__AMPARO_VERSION__'", JSON.stringify(version)) : null;
  },
});

let trusted;
/**
 * The sha256 of every JSON file of data/, each validated here by the browser's own validator
 * (scripts/data/trust.ts): the build fails when one does not validate to itself. Once per build.
 */
const trustedDigests = () =>
  (trusted ??= (async () => {
    if (!existsSync('data')) return [];
    const outfile = resolve('.tmp/scripts/trust.mjs');
    await esbuildBuild({
      entryPoints: ['scripts/data/trust.ts'],
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      packages: 'external',
      outfile,
      logLevel: 'warning',
      tsconfig: 'tsconfig.json',
    });
    const {trustDataDir} = await import(`${pathToFileURL(outfile).href}?${Date.now()}`);
    const reports = trustDataDir('data');
    const bad = reports.filter((r) => !r.trusted);
    if (bad.length) {
      throw new Error(`the default dataset cannot be trusted: ${bad.map((r) => `data/${r.file}: ${r.why}`).join('; ')}`);
    }
    return reports.map((r) => r.sha256);
  })());

/**
 * Bakes the digests of the default dataset's files into src/core/dataset/trusted.ts, so the store
 * skips the runtime validator for exactly those bytes (issue 15).
 */
const trustedDataset = () => ({
  name: 'amparo-trusted-dataset',
  async transform(code, id) {
    if (!id.replaceAll('\\', '/').endsWith('/src/core/dataset/trusted.ts')) return null;
    // One string split at run time: fewer bytes than an array literal of 17 strings.
    return {code: code.replace('= [];', `= ${JSON.stringify((await trustedDigests()).join(' '))}.split(' ');`), map: null};
  },
});

/**
 * The resource finder's and the contact widget's templates without their indentation (their chunk
 * budgets, and the all-in-one file's, are tight): in their .ts files, white space around a line
 * break becomes one line break; in their css`` blocks the space around `{ } ; , >` and after
 * `prop:` goes, as do a rule's last `;` and the 0 of `0.5em`. Safe there: their templates hold no
 * <pre> or text inside a <textarea>, the contact widget's white-space: pre-line letter and script
 * show the same with one line break as with an indented one, and none of their other string
 * literals spans lines. The rights card's are compacted the same way (no <pre>, no white-space: pre).
 */
const compactFinder = () => ({
  name: 'amparo-compact-widgets',
  transform(code, id) {
    if (!/\/src\/widgets\/(resource-finder|contact-rep|rights-card)\/[\w.-]+\.ts$/.test(id.replaceAll('\\', '/'))) return null;
    const css = (block) =>
      block
        .replace(/\s*([{};,>])\s*/g, '$1')
        .replaceAll(': ', ':')
        .replaceAll(';}', '}')
        .replace(/([\s:(,])0\.(\d)/g, '$1.$2');
    return {code: code.replace(/\bcss`[^`]*`/g, css).replace(/[ \t]*\n\s*/g, '\n'), map: null};
  },
});

/**
 * Writes .tmp/chunk-graph.json: each file of the drop-in build with its static and dynamic
 * imports, so `npm run size` can add up what a page with one widget downloads.
 */
const chunkGraph = () => ({
  name: 'amparo-chunk-graph',
  writeBundle(_options, bundle) {
    const graph = Object.fromEntries(
      Object.values(bundle)
        .filter((f) => f.type === 'chunk')
                .map((c) => [
          c.fileName,
          {
            imports: c.imports,
            dynamicImports: c.dynamicImports,
            // Minified bytes per source module: where a chunk's bytes come from.
            modules: Object.fromEntries(
              Object.entries(c.modules)
                .filter(([, m]) => m.renderedLength > 0)
                .map(([id, m]) => [id.replace(`${process.cwd()}/`, ''), m.renderedLength]),
            ),
          },
        ]),
    );
    mkdirSync('.tmp', {recursive: true});
    writeFileSync('.tmp/chunk-graph.json', JSON.stringify(graph, null, 1));
  },
});

/**
 * The loader asks for a widget's chunk only when its tag is on the page; the browser would find
 * the chunks that one imports (the shared core, event times) only after downloading it, one round
 * trip later (400 ms on slow 4G). So each `import()` of a widget chunk in dist/amparo.js also
 * adds `<link rel="modulepreload">` for those chunks, fetched in parallel (issue 15,
 * bench/cold-load.bench.mjs).
 */
const preloadWidgetDeps = () => ({
  name: 'amparo-preload-widget-deps',
  generateBundle(_options, bundle) {
    const loader = bundle['amparo.js'];
    if (loader?.type !== 'chunk') return;
    const closure = (file, seen = new Set()) => {
      for (const dep of bundle[file]?.imports ?? []) {
        if (!seen.has(dep)) closure(dep, seen.add(dep));
      }
      return seen;
    };
    let used = false;
    const code = loader.code.replace(/import\("\.\/(chunks\/[\w-]+\.js)"\)/g, (call, file) => {
      // Names without their folder and extension: the helper adds them back (fewer loader bytes).
      const deps = [...closure(file)].map((dep) => dep.replace(/^chunks\/(.*)\.js$/, '$1'));
      if (!deps.length) return call;
      used = true;
      return `(__ap(${JSON.stringify(deps)}),${call})`;
    });
    if (!used) return;
    // A second link to the same chunk (two widgets) costs nothing: the module map fetches once.
    const helper =
      'const __ap=(fs)=>document.head.append(...fs.map((f)=>Object.assign(document.createElement("link"),' +
      '{rel:"modulepreload",href:new URL(`chunks/${f}.js`,import.meta.url)})));';
    // After the static imports (none today: the loader imports nothing), before the rest.
    loader.code = helper + code;
  },
});

const dropIn = {
  // amparo-check.js: the owner check (#amparo-check), an entry of its own so that the classic
  // builds can load it next to them.
  input: {amparo: 'src/amparo.ts', 'amparo-check': 'src/check/index.ts'},
  output: {
    dir: 'dist',
    format: 'es',
    entryFileNames: '[name].js',
    chunkFileNames: 'chunks/[name]-[hash].js',
    manualChunks(id) {
      const path = id.replaceAll('\\', '/');
      if (path.includes('/src/core/i18n/locales/')) return undefined;
      // zod/mini + schemas + validator: one chunk, loaded in parallel with the first dataset.
      if (/\/node_modules\/zod\//.test(path) || /\/src\/core\/dataset\/(validate\.ts|layers\.ts|merge\.ts|issues\.ts|schema\/)/.test(path)) {
        return 'validate';
      }
      // Lit's directives (repeat, guard) stay with the widget that uses them: only the calendar does.
      if (/\/node_modules\/(lit|lit-html)\/(directives\/|directive(-helpers)?\.js)/.test(path)) return undefined;
      if (/\/node_modules\/(lit|lit-html|lit-element|@lit|@lit-labs)\//.test(path)) return 'core';
      // Event times (recurrence, time zones, occurrences): the calendar's, and loaded on demand by
      // the widgets that show next events (finder cards, the contact form's last step).
      if (path.includes('/src/core/events/')) return 'events';
      // Printing (the contact form, the rights card and the finder's lazy extras) stays out of the
      // shared chunk, so a calendar page does not download it.
      if (path.endsWith('/src/core/print.ts')) return 'print';
      // Core parts only some widgets use stay out of the chunk every page gets (issue 15; measured
      // per page by `npm run size`): quick exit and "What changed" (the finder, the rights card).
      // Sharing and cross-widget links stay in it: three widgets import them statically, and a
      // chunk of their own cost those three pages more (its gzip overhead) than it saved the fourth.
      if (/\/src\/core\/(updates|quick-exit)\.ts$/.test(path)) return 'safety';
      if (path.includes('/src/core/')) return 'core';
      // Parts of a widget loaded only on demand keep their own chunks.
      if (/\/src\/widgets\/event-calendar\/(ics|jsonld|month|feed|details)\.ts$/.test(path)) return undefined;
      if (/\/src\/widgets\/resource-finder\/(extras|places|card-links-view)\.ts$/.test(path)) return undefined;
      if (/\/src\/widgets\/contact-rep\/last-step\.ts$/.test(path)) return undefined;
      // One chunk per widget, named after it: dist/chunks/rights-card-<hash>.js.
      return /\/src\/widgets\/([\w-]+)\//.exec(path)?.[1];
    },
  },
  plugins: [loaderVersion(), trustedDataset(), compactFinder(), nodeResolve(), transpile(), minify(), preloadWidgetDeps(), copyData(), chunkGraph()],
};

/**
 * The single-file builds inline every dynamic import, so the calendar's `ics-src` feed reader
 * (ical.js, ~23 KB gzip) is replaced by a stand-in that explains itself (feed.iife.ts).
 */
const noFeedReader = () => ({
  name: 'amparo-iife-no-feed-reader',
  resolveId(source, importer) {
    if (source === './feed.js' && importer?.replaceAll('\\', '/').includes('/src/widgets/event-calendar/')) {
      return resolve('src/widgets/event-calendar/feed.iife.ts');
    }
    return null;
  },
});

/**
 * The single-file builds fetch an interface language as JSON when the page needs it
 * (dist/locales/<locale>.json, src/core/i18n/loaders.iife.ts) instead of inlining every language.
 */
const jsonLocales = () => ({
  name: 'amparo-iife-json-locales',
  resolveId(source, importer) {
    if (source === './loaders.js' && importer?.replaceAll('\\', '/').includes('/src/core/i18n/')) {
      return resolve('src/core/i18n/loaders.iife.ts');
    }
    return null;
  },
  async writeBundle() {
    const {writeLocaleJson} = await import('./scripts/i18n/locale-json.mjs');
    writeLocaleJson('dist/locales');
  },
});

let classicValidatorFile;
/**
 * Builds dist/amparo-validate.js once (the validator as a classic file) and gives its sha384.
 */
const classicValidatorBuilt = () =>
  (classicValidatorFile ??= (async () => {
    const bundle = await rollup({
      input: 'src/core/dataset/validate.classic.ts',
      plugins: [nodeResolve(), transpile(), minify()],
      onwarn: (warning, warn) => onwarn(warning, warn),
    });
    const {output} = await bundle.generate({format: 'iife'});
    await bundle.close();
    const code = output[0].code;
    mkdirSync('dist', {recursive: true});
    writeFileSync('dist/amparo-validate.js', code);
    return `sha384-${createHash('sha384').update(code).digest('base64')}`;
  })());

/**
 * The classic builds load the validator as a second file (validator-module.iife.ts), only for a
 * dataset that is not the trusted default one: the single file stays small (issue 15).
 */
const classicValidator = () => ({
  name: 'amparo-iife-classic-validator',
  resolveId(source, importer) {
    if (source === './validator-module.js' && importer?.replaceAll('\\', '/').includes('/src/core/dataset/')) {
      return resolve('src/core/dataset/validator-module.iife.ts');
    }
    return null;
  },
  async transform(code, id) {
    if (!id.replaceAll('\\', '/').endsWith('/src/core/dataset/validator-module.iife.ts')) return null;
    const integrity = await classicValidatorBuilt();
    return {
      code: code.replace('__AMPARO_VALIDATOR_FILE__', 'amparo-validate.js').replace('__AMPARO_VALIDATOR_INTEGRITY__', integrity),
      map: null,
    };
  },
});

const iife = {
  input: 'src/amparo.iife.ts',
  output: {file: 'dist/amparo.iife.js', format: 'iife', inlineDynamicImports: true},
  plugins: [noFeedReader(), jsonLocales(), classicValidator(), trustedDataset(), compactFinder(), nodeResolve(), transpile(), minify()],
};

const widgetNames = readdirSync('src/widgets', {withFileTypes: true})
  .filter((d) => d.isDirectory() && existsSync(`src/widgets/${d.name}/define.ts`))
  .map((d) => d.name);

/** `dist/iife/amparo-<widget>.iife.js`: one widget in one classic file (for SRI-pinned sites). */
const widgetIife = (name) => {
  const id = `\0amparo-iife:${name}`;
  return {
    input: id,
    output: {file: `dist/iife/amparo-${name}.iife.js`, format: 'iife', inlineDynamicImports: true},
    plugins: [
      {
        name: 'amparo-widget-iife-entry',
        resolveId: (source) => (source === id ? id : null),
        load: (source) =>
          source === id
            ? `import {bootClassicScript} from ${JSON.stringify(resolve('src/classic-script.ts'))};\n` +
              `import ${JSON.stringify(resolve(`src/widgets/${name}/define.ts`))};\n` +
              'bootClassicScript();\n'
            : null,
      },
      noFeedReader(),
      jsonLocales(),
      classicValidator(),
      trustedDataset(),
      compactFinder(),
      nodeResolve(),
      transpile(),
      minify(),
    ],
  };
};

const defineModules = widgetNames.map((name) => `src/widgets/${name}/define.ts`);

const library = {
  input: ['src/index.ts', ...defineModules],
  external: [/^lit(\/|$)/, /^@lit\//, /^zod(\/|$)/, /^ical\.js$/],
  output: {dir: 'dist', format: 'es', preserveModules: true, preserveModulesRoot: 'src', entryFileNames: '[name].js'},
  plugins: [nodeResolve(), transpile()],
};

/** Writes dist/templates/organizations.csv (the spreadsheet template) from the built CLI. */
const writeTemplate = () => ({
  name: 'amparo-write-template',
  async writeBundle() {
    const {TEMPLATE_CSV} = await import(`${pathToFileURL(resolve('dist/cli/amparo.js')).href}?${Date.now()}`);
    mkdirSync('dist/templates', {recursive: true});
    writeFileSync('dist/templates/organizations.csv', TEMPLATE_CSV);
  },
});

const cli = {
  input: 'src/cli/amparo.ts',
  external: [/^zod(\/|$)/, /^node:/, /^ical\.js$/],
  // The calendar reader (ical.js) is imported on demand in the browser; the CLI is one file.
  output: {file: 'dist/cli/amparo.js', format: 'es', inlineDynamicImports: true},
  plugins: [nodeResolve(), esbuild({target: 'node20', tsconfig: 'tsconfig.json'}), writeTemplate()],
};

/**
 * The dataset builder page's script (demo/builder/): the importers, the validator and, in a lazy
 * chunk, ical.js for calendar files. The widgets it previews come from dist/amparo.js as on any
 * site, so nothing here is part of a widget's download.
 */
const builder = {
  input: {builder: 'src/builder/builder.ts'},
  output: {dir: 'dist/builder', format: 'es', entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js'},
  plugins: [nodeResolve(), transpile(), minify()],
};

/**
 * zod's sources carry comments rollup cannot read as annotations and an internal import cycle;
 * both are harmless in a dependency, and only noise in the build log. Our own code still warns.
 */
const onwarn = (warning, warn) => {
  const inDependency = (warning.id ?? warning.ids?.[0] ?? '').includes('/node_modules/');
  if (inDependency && (warning.code === 'INVALID_ANNOTATION' || warning.code === 'CIRCULAR_DEPENDENCY')) return;
  warn(warning);
};

export default [dropIn, iife, ...widgetNames.map(widgetIife), library, cli, builder].map((config) => ({...config, onwarn}));
