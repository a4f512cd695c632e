import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';
import { sampleArticlePlugin } from './config/sampleArticlePlugin.ts';

// lowdb is ESM-only and zod is small: bundle both into main so the packaged app
// does not depend on how node_modules resolve ESM inside the asar.
export default defineConfig({
  main: {
    build: {
      externalizeDeps: { exclude: ['lowdb', 'zod'] },
      // The command line and the extraction worker ship beside the app's main process, in out/main.
      rollupOptions: {
        input: {
          index: resolve('src/main/index.ts'),
          cli: resolve('src/cli/index.ts'),
          extractWorker: resolve('src/main/core/capture/extract/extractWorker.ts'),
        },
        // Shared chunks sit beside the entries, not in a subfolder: code that finds its neighbours
        // from import.meta.url (the extraction worker, package.json) must resolve the same from any of them.
        output: { chunkFileNames: '[name]-[hash].js' },
      },
    },
  },
  preload: {
    // A sandboxed preload must be one CommonJS file that requires nothing but electron.
    build: {
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve('src/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: 'src/renderer',
    plugins: [react(), sampleArticlePlugin()],
    build: {
      rollupOptions: { input: { index: resolve('src/renderer/index.html') } },
    },
  },
});
