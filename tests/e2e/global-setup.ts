// Global setup of the `e2e` Vitest project: build the app once into dist-e2e/, serve it with
// `vite preview` on a free local port, and hand the URL to the tests (`inject('baseURL')`).
import { build, preview, type PreviewServer } from 'vite';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Base URL of the preview server, with a trailing slash, e.g. http://127.0.0.1:41234/ */
    baseURL: string;
  }
}

const OUT_DIR = 'dist-e2e';
const HOST = '127.0.0.1';

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const root = project.config.root;

  // Build exactly what `npm run build` builds: inside Vitest, NODE_ENV=test would make Vite (and the
  // Svelte compiler) produce a development build. Global setups run before any test worker starts,
  // so switching it for the duration of the build affects nothing else.
  await withEnv({ NODE_ENV: 'production' }, () =>
    build({
      root,
      mode: 'production',
      logLevel: 'warn',
      build: { outDir: OUT_DIR, emptyOutDir: true },
    }),
  );

  // Port 0: the OS picks a free port, so parallel runs on a shared machine don't collide.
  const server: PreviewServer = await preview({
    root,
    mode: 'production',
    logLevel: 'warn',
    preview: { host: HOST, port: 0, strictPort: true, open: false },
    build: { outDir: OUT_DIR },
  });

  const address = server.httpServer.address();
  const url = server.resolvedUrls?.local[0] ?? (address && typeof address === 'object' ? `http://${HOST}:${address.port}/` : undefined);
  if (!url) {
    await server.close();
    throw new Error('e2e global setup: could not determine the preview server URL');
  }

  project.provide('baseURL', url.endsWith('/') ? url : `${url}/`);

  return async () => {
    await server.close();
  };
}

/** Runs `fn` with some environment variables set (or removed when undefined), then restores them. */
async function withEnv<T>(vars: Record<string, string | undefined>, fn: () => Promise<T>): Promise<T> {
  const saved = Object.fromEntries(Object.keys(vars).map((key) => [key, process.env[key]]));
  const apply = (values: Record<string, string | undefined>): void => {
    for (const [key, value] of Object.entries(values)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  };
  apply(vars);
  try {
    return await fn();
  } finally {
    apply(saved);
  }
}
