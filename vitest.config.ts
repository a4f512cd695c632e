import { defineConfig } from 'vitest/config';
import { sampleArticlePlugin } from './config/sampleArticlePlugin.ts';

// Two projects mirror the runtimes: Node for shared, main (core, ipc, window), harness and CLI;
// jsdom for the renderer's components and hooks.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'node',
          environment: 'node',
          include: ['tests/unit/{config,shared,main,preload,harness,cli,scripts,packaging}/**/*.test.ts'],
          testTimeout: 20_000,
        },
      },
      {
        plugins: [sampleArticlePlugin()],
        test: {
          name: 'renderer',
          environment: 'jsdom',
          include: ['tests/unit/renderer/**/*.test.{ts,tsx}'],
        },
      },
    ],
  },
});
