import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

/** The module the welcome imports its sample story from. */
export const SAMPLE_ARTICLE_MODULE = 'virtual:sample-article';

/** The shared fixtures folder beside the repository; the repository keeps no copy of the story. */
const SAMPLE_FILE = fileURLToPath(new URL('../../shared/fixtures/trump-putin-call.txt', import.meta.url));

/**
 * Builds the sample story into the renderer: `virtual:sample-article` exports its text, or undefined
 * when the file is not there (a build without the fixtures folder), so the welcome offers no sample.
 */
export function sampleArticlePlugin(file = SAMPLE_FILE): Plugin {
  const resolved = `\0${SAMPLE_ARTICLE_MODULE}`;
  return {
    name: 'news-archive:sample-article',
    resolveId: (id) => (id === SAMPLE_ARTICLE_MODULE ? resolved : undefined),
    load(id) {
      if (id !== resolved) return undefined;
      if (!existsSync(file)) return 'export default undefined;';
      this.addWatchFile(file);
      return `export default ${JSON.stringify(readFileSync(file, 'utf8'))};`;
    },
  };
}
