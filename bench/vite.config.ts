// Builds the app together with the benchmark page, on one origin, so the benchmark can seed
// the app's own database and then open the app's pages on it.
import { defineConfig, mergeConfig } from 'vite';
import { resolve } from 'node:path';
import appConfig from '../vite.config.ts';

const root = resolve(import.meta.dirname, '..');

export default mergeConfig(
  appConfig,
  defineConfig({
    root,
    build: {
      outDir: resolve(root, 'bench/.dist'),
      emptyOutDir: true,
      rollupOptions: {
        input: {
          index: resolve(root, 'index.html'),
          bench: resolve(root, 'bench/bench.html'),
          baseline: resolve(root, 'bench/baseline.html'),
        },
      },
    },
  }),
);
