// Generates custom-elements.json (tags, attributes, events, slots, parts, CSS properties) from
// the JSDoc on each element class. Storybook's argTypes and editors' autocomplete read it.

/**
 * The analyzer reads `new CustomEvent(type, …)` in the base class's `emit(type, detail)` helper as
 * an event named "type". Events are documented with `@fires amparo-…`; drop anything else.
 */
const onlyNamedEvents = () => ({
  name: 'amparo-only-named-events',
  packageLinkPhase({customElementsManifest}) {
    for (const mod of customElementsManifest.modules) {
      for (const declaration of mod.declarations ?? []) {
        if (declaration.events) declaration.events = declaration.events.filter((e) => e.name?.startsWith('amparo-'));
      }
    }
  },
});

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/locales/**', 'src/cli/**'],
  outdir: '.',
  litelement: true,
  dependencies: false,
  packagejson: false,
  plugins: [onlyNamedEvents()],
};
