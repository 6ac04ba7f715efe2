/**
 * `tei-edition serve [DIR] [--port N]`: the built site on http://127.0.0.1:N/ for preview. Only
 * the loopback interface, only GET/HEAD, only files inside DIR.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';
import type { Io } from '../cli.js';
import { EXIT } from '../cli.js';

const HELP = `Usage: tei-edition serve [DIR] [--port N]

Serves the built site in DIR (default dist/) on http://127.0.0.1:N/ (default port 8080) for preview.
Stop with Ctrl-C.
`;

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.zip': 'application/zip',
};

/** The file a URL path names inside root, or undefined when it would leave root or does not exist. */
export function resolveRequest(root: string, urlPath: string): string | undefined {
  let path: string;
  try {
    path = decodeURIComponent(new URL(urlPath, 'http://localhost').pathname);
  } catch {
    return undefined;
  }
  if (path.includes('\0')) return undefined;
  let file = resolve(root, '.' + path);
  if (file !== root && !file.startsWith(root + sep)) return undefined;
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
  return existsSync(file) && statSync(file).isFile() ? file : undefined;
}

export function startServer(dir: string, port: number): Promise<Server> {
  const root = resolve(dir);
  const server = createServer((request, response) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { Allow: 'GET, HEAD' }).end();
      return;
    }
    const file = resolveRequest(root, request.url ?? '/');
    if (!file) {
      response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found\n');
      return;
    }
    response.writeHead(200, {
      'Content-Type': TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'no-cache',
    });
    if (request.method === 'HEAD') response.end();
    else createReadStream(file).pipe(response);
  });
  return new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', () => done(server));
  });
}

export async function run(argv: string[], io: Io): Promise<number> {
  let dir: string | undefined;
  let port = 8080;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--help' || arg === '-h') {
      io.out(HELP);
      return EXIT.ok;
    } else if (arg === '--port' || arg.startsWith('--port=')) {
      const value = arg.includes('=') ? arg.slice(7) : argv[++i];
      port = Number(value);
      if (!Number.isInteger(port) || port < 0 || port > 65535) {
        io.err(`tei-edition serve: --port needs a port number, not "${value ?? ''}"\n\n${HELP}`);
        return EXIT.usage;
      }
    } else if (arg.startsWith('-') || dir !== undefined) {
      io.err(`tei-edition serve: unexpected argument "${arg}"\n\n${HELP}`);
      return EXIT.usage;
    } else {
      dir = arg;
    }
  }
  const root = resolve(dir ?? 'dist');
  if (!existsSync(join(root, 'index.html'))) {
    io.err(`tei-edition serve: no site in ${root} (no index.html); build one with "tei-edition build"\n`);
    return EXIT.usage;
  }
  let server: Server;
  try {
    server = await startServer(root, port);
  } catch (e) {
    io.err(`tei-edition serve: cannot listen on 127.0.0.1:${port}: ${(e as Error).message}\n`);
    return EXIT.usage;
  }
  const address = server.address();
  const actual = typeof address === 'object' && address ? address.port : port;
  io.out(`Serving ${root} on http://127.0.0.1:${actual}/ (Ctrl-C to stop)\n`);
  await new Promise<void>((done) => {
    const stop = () => server.close(() => done());
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  return EXIT.ok;
}
