// The `delib` command, compiled ahead of time for Node (npm run build:cli, run by `npm install`'s prepare and by
// `npm run build`): `npm run delib` starts plain JavaScript instead of compiling TypeScript at every run.
// Packages stay outside the bundle (loaded from node_modules), our modules are bundled into dist-cli/cli.js.
import { defineConfig } from 'vite';

export default defineConfig({
  logLevel: 'warn',
  publicDir: false,
  build: {
    ssr: 'src/cli.ts',
    outDir: 'dist-cli',
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    rollupOptions: { output: { entryFileNames: 'cli.js' } },
  },
});
