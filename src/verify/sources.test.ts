import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { directorySource, httpSource, maxBytesFor } from './sources.js';

const enc = (s: string) => new TextEncoder().encode(s);
const CHECKPOINT = enc('example.org/log\n2\nAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=\n\n— sig\n');
const TILE = new Uint8Array(64).fill(7); // tile/0/000.p/2
const BUNDLE = Uint8Array.from([0, 3, 1, 2, 3]); // tile/entries/000.p/1

/** Paths no source may reach: not the checkpoint, not a canonical tile path. */
const REFUSED = [
  '../etc/passwd',
  '/etc/passwd',
  'tree-state',
  'tile/0/../../tree-state',
  'tile/0/000.tmp-1-2',
  'tile/0/x000/001', // non-canonical index
  'tile/00/000',
  'tile/0/000.p/256',
  'tile/entries/000/extra',
  'checkpoint/../tree-state',
  'http://evil.example/tile/0/000',
  '',
];

describe('maxBytesFor', () => {
  it('bounds each read-path file by its kind and width', () => {
    expect(maxBytesFor('checkpoint')).toBe(65_536);
    expect(maxBytesFor('tile/0/000')).toBe(8_192);
    expect(maxBytesFor('tile/3/x001/234.p/5')).toBe(160);
    expect(maxBytesFor('tile/entries/000')).toBe(256 * 65_537);
    expect(maxBytesFor('tile/entries/007.p/2')).toBe(2 * 65_537);
  });

  it.each(REFUSED)('refuses %j', (path) => {
    expect(() => maxBytesFor(path)).toThrow(expect.objectContaining({ code: 'SOURCE_PATH_REFUSED' }));
  });
});

describe('directorySource', () => {
  const dir = mkdtempSync(join(tmpdir(), 'saksi-source-'));
  const logDir = join(dir, 'log');
  const source = directorySource(logDir);
  beforeAll(() => {
    mkdirSync(join(logDir, 'tile/0/000.p'), { recursive: true });
    mkdirSync(join(logDir, 'tile/entries/000.p'), { recursive: true });
    writeFileSync(join(logDir, 'checkpoint'), CHECKPOINT);
    writeFileSync(join(logDir, 'tile/0/000.p/2'), TILE);
    writeFileSync(join(logDir, 'tile/0/000.p/1'), new Uint8Array(33)); // one byte too many
    writeFileSync(join(logDir, 'tile/entries/000.p/1'), BUNDLE);
    writeFileSync(join(logDir, 'tree-state'), 'secret');
    writeFileSync(join(dir, 'passwd'), 'secret');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reads the checkpoint, tiles and entry bundles byte for byte', async () => {
    expect(await source('checkpoint')).toEqual(CHECKPOINT);
    expect(await source('tile/0/000.p/2')).toEqual(TILE);
    expect(await source('tile/entries/000.p/1')).toEqual(BUNDLE);
  });

  it('answers undefined for a missing file', async () => {
    expect(await source('tile/0/001')).toBeUndefined();
    expect(await directorySource(join(dir, 'nowhere'))('checkpoint')).toBeUndefined();
  });

  it('refuses a file larger than its bound', async () => {
    await expect(source('tile/0/000.p/1')).rejects.toMatchObject({ code: 'SOURCE_TOO_LARGE' });
  });

  it.each(['../passwd', 'tree-state', ...REFUSED])('refuses %j without touching the disk', async (path) => {
    await expect(source(path)).rejects.toMatchObject({ code: 'SOURCE_PATH_REFUSED' });
  });
});

describe('httpSource', () => {
  let server: Server;
  let base = '';
  const seen: { url: string; acceptEncoding: string | undefined }[] = [];
  const routes: Record<string, (req: IncomingMessage, res: ServerResponse) => void> = {
    '/log/checkpoint': (_req, res) => res.writeHead(200, { 'Content-Type': 'text/plain' }).end(CHECKPOINT),
    '/log/tile/0/000.p/2': (_req, res) => res.end(TILE),
    '/log/tile/entries/000.p/1': (_req, res) =>
      res.writeHead(200, { 'Content-Encoding': 'gzip' }).end(gzipSync(BUNDLE)),
    '/log/tile/0/001': (_req, res) => res.writeHead(500).end('boom'),
    '/log/tile/0/002': (_req, res) => {
      res.write(new Uint8Array(8_000)); // chunked: no Content-Length to trust
      res.end(new Uint8Array(8_000));
    },
    '/log/tile/0/004': (_req, res) =>
      res.writeHead(200, { 'Content-Length': '9000' }).end(new Uint8Array(9000)),
    // 16 MiB of zeros, about 16 KiB gzipped: must stop at the bound, not inflate it all
    '/log/tile/entries/001.p/1': (_req, res) =>
      res.writeHead(200, { 'Content-Encoding': 'gzip' }).end(gzipSync(new Uint8Array(16 << 20))),
    '/log/tile/0/003': () => undefined, // never answers
  };

  beforeAll(async () => {
    server = createServer((req, res) => {
      seen.push({ url: req.url ?? '', acceptEncoding: req.headers['accept-encoding'] });
      const route = routes[req.url ?? ''];
      if (route === undefined) res.writeHead(404).end('not found');
      else route(req, res);
    });
    await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/log`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((ok) => server.close(ok));
  });

  it('fetches files byte for byte, offering gzip, from a base URL with or without a slash', async () => {
    const source = httpSource(base);
    expect(await source('checkpoint')).toEqual(CHECKPOINT);
    expect(await httpSource(`${base}/`)('tile/0/000.p/2')).toEqual(TILE);
    expect(await source('tile/entries/000.p/1')).toEqual(BUNDLE);
    expect(seen.at(-1)).toEqual({ url: '/log/tile/entries/000.p/1', acceptEncoding: 'gzip, identity' });
  });

  it('answers undefined for 404 and fails clearly on other statuses', async () => {
    const source = httpSource(base);
    expect(await source('tile/0/005')).toBeUndefined();
    const failure = source('tile/0/001');
    await expect(failure).rejects.toMatchObject({ code: 'SOURCE_HTTP_STATUS' });
    await expect(failure).rejects.toThrow(`HTTP 500 for ${base}/tile/0/001`);
  });

  it('bounds bodies: chunked, declared, gzip-inflated, and a lower cap of its own', async () => {
    const source = httpSource(base);
    await expect(source('tile/0/002')).rejects.toMatchObject({ code: 'SOURCE_TOO_LARGE' });
    await expect(source('tile/0/004')).rejects.toMatchObject({ code: 'SOURCE_TOO_LARGE' });
    await expect(source('tile/entries/001.p/1')).rejects.toMatchObject({ code: 'SOURCE_TOO_LARGE' });
    await expect(httpSource(base, { maxBytes: 10 })('checkpoint')).rejects.toMatchObject({
      code: 'SOURCE_TOO_LARGE',
    });
  });

  it('gives up after the timeout', async () => {
    await expect(httpSource(base, { timeoutMs: 200 })('tile/0/003')).rejects.toMatchObject({
      code: 'SOURCE_TIMEOUT',
    });
  });

  it('fails clearly when nothing listens', async () => {
    const closed = createServer();
    await new Promise<void>((ok) => closed.listen(0, '127.0.0.1', ok));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((ok) => closed.close(ok));
    await expect(httpSource(`http://127.0.0.1:${port}/`)('checkpoint')).rejects.toMatchObject({
      code: 'SOURCE_UNREACHABLE',
    });
  });

  it.each(REFUSED)('refuses %j without a request', async (path) => {
    const before = seen.length;
    await expect(httpSource(base)(path)).rejects.toMatchObject({ code: 'SOURCE_PATH_REFUSED' });
    expect(seen.length).toBe(before);
  });
});
