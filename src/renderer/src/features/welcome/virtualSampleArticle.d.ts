/** Made at build time by config/sampleArticlePlugin.ts: the sample story's text, when the build had it. */
declare module 'virtual:sample-article' {
  const text: string | undefined;
  export default text;
}
