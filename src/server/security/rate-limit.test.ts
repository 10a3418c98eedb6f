import { describe, expect, it } from 'vitest';
import { RateLimiter } from './rate-limit.js';

describe('RateLimiter', () => {
  it('allows the limit, refuses the next, and refills over the window', () => {
    let now = 0;
    const r = new RateLimiter({ limit: 3, windowMs: 60_000 }, () => now);
    expect([r.take('a'), r.take('a'), r.take('a'), r.take('a')]).toEqual([true, true, true, false]);
    expect(r.take('b')).toBe(true);
    expect(r.retryAfterMs('a')).toBe(20_000);
    expect(() => r.consume('a')).toThrowError(expect.objectContaining({ code: 'RATE_LIMITED' }));
    now = 20_000;
    expect(r.take('a')).toBe(true);
    expect(r.take('a')).toBe(false);
    now = 10 * 60_000;
    expect([r.take('a'), r.take('a'), r.take('a'), r.take('a')]).toEqual([true, true, true, false]);
  });
  it('forgets the oldest keys beyond its bound', () => {
    const r = new RateLimiter({ limit: 1, windowMs: 60_000 }, () => 0, 2);
    r.take('a');
    r.take('b');
    r.take('c');
    expect(r.take('a')).toBe(true);
    expect(r.take('c')).toBe(false);
  });
});
