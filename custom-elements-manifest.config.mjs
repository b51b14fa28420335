// Generates custom-elements.json (tags, attributes, events, slots, parts, CSS properties) from
// the JSDoc on each element class. Storybook's argTypes and editors' autocomplete read it.
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/locales/**', 'src/cli/**'],
  outdir: '.',
  litelement: true,
  dependencies: false,
  packagejson: false,
};
