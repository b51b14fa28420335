import {existsSync, readFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import type {StorybookConfig} from '@storybook/web-components-vite';
import type {Plugin} from 'vite';

const fromRoot = (path: string) => fileURLToPath(new URL(`../${path}`, import.meta.url));

/**
 * `../data` holds the default dataset (`amparo-ca.json`) once it has been generated; it may be
 * missing in a fresh checkout, and Storybook refuses a static directory that does not exist.
 */
const staticDirs: NonNullable<StorybookConfig['staticDirs']> = [{from: '../stories/fixtures', to: '/fixtures'}];
if (existsSync(fromRoot('data'))) staticDirs.push({from: '../data', to: '/data'});

const MANIFEST_ID = 'virtual:amparo/custom-elements-manifest';

/**
 * `custom-elements.json` is generated (`npm run manifest`) and may be missing, which a static
 * `import` would turn into a build error. This module exports it when present, else undefined;
 * in `storybook dev`, generating or regenerating it reloads the preview.
 */
function customElementsManifest(): Plugin {
  const file = fromRoot('custom-elements.json');
  const resolved = `\0${MANIFEST_ID}`;
  return {
    name: 'amparo-custom-elements-manifest',
    resolveId: (id) => (id === MANIFEST_ID ? resolved : undefined),
    load(id) {
      if (id !== resolved) return undefined;
      if (!existsSync(file)) return 'export default undefined;';
      this.addWatchFile(file);
      return `export default ${readFileSync(file, 'utf8')};`;
    },
    configureServer(server) {
      server.watcher.add(file);
      const reload = (changed: string) => {
        if (changed !== file) return;
        const module = server.moduleGraph.getModuleById(resolved);
        if (module) server.moduleGraph.invalidateModule(module);
        server.ws.send({type: 'full-reload'});
      };
      server.watcher.on('add', reload).on('change', reload);
    },
  };
}

const config: StorybookConfig = {
  framework: {name: '@storybook/web-components-vite', options: {}},
  stories: ['../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  staticDirs,
  core: {
    // Offline machines and CI: no telemetry or crash reports, no release-notes fetch.
    disableTelemetry: true,
    enableCrashReports: false,
    disableWhatsNewNotifications: true,
  },
  async viteFinal(viteConfig) {
    const {mergeConfig} = await import('vite');
    return mergeConfig(viteConfig, {
      plugins: [customElementsManifest()],
      // Storybook's own manager/docs chunks are ~1 MB; the default 500 kB warning is noise here.
      build: {chunkSizeWarningLimit: 1500},
      // Lit's decorators are TypeScript legacy decorators (tsconfig.json: experimentalDecorators,
      // useDefineForClassFields: false). Vite 8 compiles TypeScript with Oxc, not esbuild, and
      // Oxc reads tsconfig.json; these options state the same explicitly, so that a decorated
      // property never becomes an own class field that shadows Lit's reactive accessor.
      oxc: {
        decorator: {legacy: true},
        typescript: {removeClassFieldsWithoutInitializer: true},
        assumptions: {setPublicClassFields: true},
      },
    });
  },
};

export default config;
