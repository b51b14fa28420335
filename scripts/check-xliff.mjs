// Fails when `lit-localize extract` would change xliff/ (a msg() was added or edited without
// re-extracting), when a target locale has untranslated strings, or when the generated locale
// modules in src/core/i18n/locales are out of date with xliff/.
import {execFileSync} from 'node:child_process';
import {cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';

const config = JSON.parse(readFileSync('lit-localize.json', 'utf8'));
const tmp = mkdtempSync(join(tmpdir(), 'amparo-xliff-'));
const problems = [];
try {
  cpSync('xliff', join(tmp, 'xliff'), {recursive: true});
  const outDir = join(tmp, 'locales');
  const tmpConfig = {
    ...config,
    $schema: undefined,
    tsConfig: join(process.cwd(), config.tsConfig),
    inputFiles: config.inputFiles.map((f) => join(process.cwd(), f)),
    interchange: {...config.interchange, xliffDir: join(tmp, 'xliff')},
    output: {...config.output, outputDir: outDir, localeCodesModule: join(tmp, 'locale-codes.ts')},
  };
  const configPath = join(tmp, 'lit-localize.json');
  writeFileSync(configPath, JSON.stringify(tmpConfig));
  const bin = join(process.cwd(), 'node_modules/.bin/lit-localize');
  execFileSync(bin, ['extract', '--config', configPath], {stdio: 'pipe'});
  for (const file of readdirSync('xliff')) {
    if (readFileSync(join('xliff', file), 'utf8') !== readFileSync(join(tmp, 'xliff', file), 'utf8')) {
      problems.push(`xliff/${file} is out of date: run \`npm run localize:extract\` and translate the new strings.`);
    }
  }
  for (const locale of config.targetLocales) {
    const xlf = readFileSync(join('xliff', `${locale}.xlf`), 'utf8');
    const units = xlf.match(/<trans-unit[\s\S]*?<\/trans-unit>/g) ?? [];
    const missing = units.filter((u) => !/<target[^>]*>[\s\S]*?\S[\s\S]*?<\/target>/.test(u));
    if (missing.length) {
      const ids = missing.map((u) => u.match(/id="([^"]+)"/)?.[1]).join(', ');
      problems.push(`xliff/${locale}.xlf has ${missing.length} untranslated string(s): ${ids}`);
    }
  }
  execFileSync(bin, ['build', '--config', configPath], {stdio: 'pipe'});
  for (const file of readdirSync(outDir)) {
    const committed = join(config.output.outputDir, file);
    let current = '';
    try {
      current = readFileSync(committed, 'utf8');
    } catch {
      // Not generated yet: reported below as out of date.
    }
    if (current !== readFileSync(join(outDir, file), 'utf8')) {
      problems.push(`${committed} is out of date: run \`npx lit-localize build\`.`);
    }
  }
} finally {
  rmSync(tmp, {recursive: true, force: true});
}
if (problems.length) {
  console.error(problems.join('\n'));
  process.exit(1);
}
console.log('xliff: up to date, every target locale complete.');
