/**
 * The process the crash test kills: a Sequencer on DiskTileStorage (public
 * files in `<dir>/log`, tree state in `<dir>/state`) behind a tiny HTTP
 * server on 127.0.0.1. Run as `node --import tsx sequencer-child.ts <dir>`.
 *
 *   POST /add    body = one entry        → {"index","leafHash","duplicate"}
 *   POST /bulk   body = uint16-length-prefixed entries, all added in one tick
 *                (so they form a deterministic pair of batches) → [ack, …]
 *
 * An answer is sent ONLY after the Sequencer resolved the add, i.e. once the
 * entry is durable. The first stdout line is {"port","size","root"} with the
 * recovered tree. Fault injection (the Sequencer itself has no hook):
 *
 *   SAKSI_CRASH_AT_STATE_WRITE=N     SIGKILL itself instead of the Nth tree-state
 *                                    write, i.e. after that batch's tiles are durable;
 *   SAKSI_CRASH_AFTER_STATE_WRITE=N  … right after it (durable, not yet acknowledged);
 *   SAKSI_CRASH_AFTER_TILE_WRITE=N   … right after the Nth tile write, with the other
 *                                    tiles of its batch still being written
 *   (and SAKSI_CRASH_AT_TILE_WRITE=N).
 */
import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { nodeCrypto } from '../../src/crypto/node.js';
import { Sequencer } from '../../src/log/sequencer.js';
import type { Ack } from '../../src/log/sequencer.js';
import { DiskTileStorage } from '../../src/log/tile-storage.js';
import type { TileStorage } from '../../src/log/tile-storage.js';

/** Kill the whole process at once: no cleanup, no flush, exactly like power loss for our files. */
function crash(): Promise<never> {
  process.kill(process.pid, 'SIGKILL');
  return new Promise(() => undefined);
}

/** Delegates to `inner`, but crashes instead of the `before`-th put, or right after the `after`-th resolved. */
class CrashingStorage implements TileStorage {
  #started = 0;
  #done = 0;
  constructor(
    private readonly inner: TileStorage,
    private readonly at: { before: number; after: number },
  ) {}

  async put(path: string, bytes: Uint8Array, options?: { mutable?: boolean }): Promise<void> {
    if (++this.#started === this.at.before) return crash();
    await this.inner.put(path, bytes, options);
    if (++this.#done === this.at.after) return crash();
  }
  get(path: string) {
    return this.inner.get(path);
  }
  remove(path: string) {
    return this.inner.remove(path);
  }
  list(prefix: string) {
    return this.inner.list(prefix);
  }
}

function storage(dir: string, kind: 'TILE' | 'STATE'): TileStorage {
  const disk = new DiskTileStorage(dir);
  const before = Number(process.env[`SAKSI_CRASH_AT_${kind}_WRITE`] ?? 0);
  const after = Number(process.env[`SAKSI_CRASH_AFTER_${kind}_WRITE`] ?? 0);
  return before > 0 || after > 0 ? new CrashingStorage(disk, { before, after }) : disk;
}

const present = (a: Ack) => ({
  index: a.index,
  leafHash: Buffer.from(a.leafHash).toString('hex'),
  duplicate: a.duplicate,
});

function splitBulk(body: Buffer): Uint8Array[] {
  const out: Uint8Array[] = [];
  for (let at = 0; at + 2 <= body.length;) {
    const length = body.readUInt16BE(at);
    out.push(body.subarray(at + 2, at + 2 + length));
    at += 2 + length;
  }
  return out;
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}

async function main(): Promise<void> {
  const dir = process.argv[2];
  if (dir === undefined) throw new Error('usage: sequencer-child.ts <dir>');
  const seq = await Sequencer.open({
    storage: storage(join(dir, 'log'), 'TILE'),
    state: storage(join(dir, 'state'), 'STATE'),
    hasher: nodeCrypto,
  });
  const answer = async (req: IncomingMessage, res: ServerResponse) => {
    try {
      const body = await readBody(req);
      const result =
        req.url === '/bulk'
          ? (await Promise.all(splitBulk(body).map((e) => seq.add(e)))).map(present)
          : present(await seq.add(body));
      res.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify(result));
    } catch (e) {
      res.writeHead(503).end(String((e as { code?: string }).code ?? e));
    }
  };
  const server = createServer((req, res) => void answer(req, res));
  server.listen(0, '127.0.0.1', () => {
    const { port } = server.address() as AddressInfo;
    const root = Buffer.from(seq.tree.root()).toString('hex');
    process.stdout.write(`${JSON.stringify({ port, size: seq.size, root })}\n`);
  });
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
