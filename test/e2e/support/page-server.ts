import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { corpusPage } from './corpus-pages.ts';
import { hostilePage } from './hostile-page.ts';
import { syndicatedCopy } from './syndicated-copy.ts';

// A tiny static server on 127.0.0.1 (ephemeral port) for the pages the suite
// and the demo clip: corpus fixtures as saved, a syndicated copy of one, and
// a hostile page whose scripts report back to /pwned if they ever run.
//
//   /pages/<fixture>/       test/pages/<fixture>/source.html
//   /syndicated/<fixture>/  the same article under another site's layout
//   /hostile/               test/pages/handmade-hostile-1 armed with markers
//   /pwned?what=…&origin=…&from=…  recorded in `pwnedHits`

export interface PwnedHit {
  what: string;
  /** Where the payload ran, as it says: `location.href` and `self.origin` (frames of a page share its origin). */
  from: string;
  origin: string;
  /** The request's Origin (or Referer) header: an extension page sends chrome-extension://… */
  header: string;
}

export interface PageServer {
  origin: string;
  port: number;
  url(path: string): string;
  pwnedHits: PwnedHit[];
  /** Hits from anywhere but the served pages themselves (where the page's own scripts may run). */
  pwnedOutsidePages(): PwnedHit[];
  close(): Promise<void>;
}

function render(path: string, port: number): string | undefined {
  const match = /^\/(pages|syndicated)\/([\w-]+)\/$/.exec(path);
  if (match) {
    const html = corpusPage(match[2]!);
    if (html === undefined) return undefined;
    return match[1] === 'pages' ? html : syndicatedCopy(html);
  }
  if (path === '/hostile/') return hostilePage(port);
  return undefined;
}

export async function startPageServer(): Promise<PageServer> {
  const pwnedHits: PwnedHit[] = [];
  let port = 0;
  const server = createServer((request: IncomingMessage, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    if (url.pathname === '/pwned') {
      pwnedHits.push({
        what: url.searchParams.get('what') ?? '',
        from: url.searchParams.get('from') ?? '',
        origin: url.searchParams.get('origin') ?? '',
        header: String(request.headers.origin ?? request.headers.referer ?? ''),
      });
      response.writeHead(204, { 'access-control-allow-origin': '*' }).end();
      return;
    }
    const html = render(url.pathname, port);
    if (html === undefined) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(html);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  port = (server.address() as AddressInfo).port;
  const origin = `http://127.0.0.1:${port}`;
  const fromServedPage = (hit: PwnedHit) => hit.origin === origin && (hit.header === '' || hit.header.startsWith(origin));
  return {
    origin,
    port,
    url: (path) => new URL(path, origin).href,
    pwnedHits,
    pwnedOutsidePages: () => pwnedHits.filter((hit) => !fromServedPage(hit)),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
