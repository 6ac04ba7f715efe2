// tei-edition serve: files inside the site folder only, on the loopback interface.
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Server } from 'node:http';
import { resolveRequest, startServer } from '../../src/cli/serve.js';

let root: string;
let server: Server;
let base: string;

beforeAll(async () => {
  const parent = mkdtempSync(join(tmpdir(), 'tei-edition-serve-'));
  root = join(parent, 'site');
  mkdirSync(join(root, 'html'), { recursive: true });
  writeFileSync(join(root, 'index.html'), '<!DOCTYPE html><title>x</title>');
  writeFileSync(join(root, 'html', 'a b.html'), 'page');
  writeFileSync(join(parent, 'secret.txt'), 'secret');
  server = await startServer(root, 0);
  const address = server.address();
  base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
});
afterAll(() => new Promise<void>((done) => server.close(() => done())));

describe('serve', () => {
  it('serves the site, directories by their index.html, with content types', async () => {
    const index = await fetch(base + '/');
    expect(index.status).toBe(200);
    expect(index.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await (await fetch(base + '/html/a%20b.html')).text()).toBe('page');
  });
  it('never serves a file outside the site folder', async () => {
    expect(resolveRequest(root, '/../secret.txt')).toBeUndefined();
    expect(resolveRequest(root, '/%2e%2e/secret.txt')).toBeUndefined();
    expect(resolveRequest(root, '/html/..%2f..%2fsecret.txt')).toBeUndefined();
    expect((await fetch(base + '/%2e%2e/secret.txt')).status).toBe(404);
  });
  it('listens on the loopback interface only and refuses other methods', async () => {
    const address = server.address();
    expect(typeof address === 'object' && address?.address).toBe('127.0.0.1');
    expect((await fetch(base + '/', { method: 'POST' })).status).toBe(405);
  });
});
