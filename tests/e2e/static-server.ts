// A tiny static file server for browser tests that need what `vite preview` cannot give: the build served from
// a sub-path (as on GitHub Pages), a new version of a file on demand, an extra test-only file. Loopback only.
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webmanifest': 'application/manifest+json',
  '.json': 'application/json',
};

export interface StaticServer {
  /** URL of the app's folder, with a trailing slash: http://127.0.0.1:PORT/prefix/ */
  url: string;
  /** Every path requested, in order. */
  requests: string[];
  /** Replaces what a file of the folder serves (path relative to it, e.g. `sw.js`); null goes back to the file. */
  override(path: string, transform: ((content: Buffer) => Buffer | string) | null): void;
  /** Serves an extra file that is not in the folder (path relative to it). */
  add(path: string, content: string): void;
  close(): Promise<void>;
}

/** Serves `dir` under `/${prefix}/` on 127.0.0.1 (a free port). Anything outside the prefix is a 404. */
export async function serveStatic(dir: string, prefix: string): Promise<StaticServer> {
  const base = `/${prefix.replace(/^\/|\/$/g, '')}/`;
  const overrides = new Map<string, (content: Buffer) => Buffer | string>();
  const extra = new Map<string, string>();
  const requests: string[] = [];
  const server: Server = createServer((request, response) => {
    void (async () => {
      const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
      requests.push(path);
      if (!path.startsWith(base)) {
        response.writeHead(404).end();
        return;
      }
      let relative = normalize(path.slice(base.length)).replace(/^(\.\.[/\\])+/, '');
      if (relative === '' || relative === '.' || relative.endsWith('/')) relative = join(relative, 'index.html');
      try {
        let content: Buffer | string = extra.get(relative) ?? (await readFile(join(dir, relative)));
        const transform = overrides.get(relative);
        if (transform) content = transform(Buffer.from(content));
        response.writeHead(200, { 'Content-Type': TYPES[extname(relative)] ?? 'application/octet-stream', 'Cache-Control': 'no-cache' });
        response.end(content);
      } catch {
        response.writeHead(404).end();
      }
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${base}`,
    requests,
    override(path, transform) {
      if (transform) overrides.set(path, transform);
      else overrides.delete(path);
    },
    add(path, content) {
      extra.set(path, content);
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
