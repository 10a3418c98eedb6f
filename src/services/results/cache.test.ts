import { describe, expect, it } from 'vitest';
import { ViewCache } from './cache.js';

describe('ViewCache', () => {
  it('serves one computation to concurrent readers, and again while the log is unchanged', async () => {
    let now = 0;
    const cache = new ViewCache(1000, 100, () => now);
    let computed = 0;
    const compute = async () => ({ n: ++computed });
    const views = await Promise.all([1, 2, 3].map(() => cache.get('k', '0.10', compute)));
    expect(computed).toBe(1);
    expect(new Set(views.map((v) => v.body))).toEqual(new Set(['{"data":{"n":1}}']));
    now = 60_000;
    expect((await cache.get('k', '0.10', compute)).body).toBe('{"data":{"n":1}}');
    expect(computed).toBe(1);
  });

  it('recomputes after the log grew, but at most once per max age', async () => {
    let now = 0;
    const cache = new ViewCache(1000, 100, () => now);
    let computed = 0;
    const compute = async () => ++computed;
    await cache.get('k', '0.10', compute);
    now = 500;
    expect((await cache.get('k', '0.11', compute)).etag).toBe('"0.10"'); // within a second: the same view
    now = 1000;
    const fresh = await cache.get('k', '0.12', compute);
    expect([fresh.etag, fresh.body, computed]).toEqual(['"0.12"', '{"data":2}', 2]);
  });

  it('does not keep a failed computation', async () => {
    const cache = new ViewCache();
    await expect(cache.get('k', '0.1', () => Promise.reject(new Error('no')))).rejects.toThrow('no');
    expect((await cache.get('k', '0.1', async () => 'ok')).body).toBe('{"data":"ok"}');
  });
});

describe('ViewCache options', () => {
  it('keeps a raw view as it is, and with max age 0 recomputes whenever the log moved', async () => {
    const cache = new ViewCache(0);
    let n = 0;
    const compute = async () => ({ n: ++n });
    expect((await cache.get('k', '0.1', compute, { raw: true })).body).toBe('{"n":1}');
    expect((await cache.get('k', '0.1', compute, { raw: true })).body).toBe('{"n":1}');
    expect((await cache.get('k', '0.2', compute, { raw: true })).body).toBe('{"n":2}');
  });
});
