/** Provided by the `amparo-custom-elements-manifest` Vite plugin in `.storybook/main.ts`. */
declare module 'virtual:amparo/custom-elements-manifest' {
  /** The parsed `custom-elements.json`, or undefined when it has not been generated. */
  const manifest: object | undefined;
  export default manifest;
}
