import { describe, expect, it } from 'vitest';
import { DEFAULT_AUTH_SETTINGS } from './deps.js';
import { FailureBook, coolDownMs } from './lockout.js';

const S = { ...DEFAULT_AUTH_SETTINGS, lockoutAttempts: 3, lockoutBaseMs: 60_000, lockoutMs: 600_000 };

describe('sign-in back-off', () => {
  it('cools down after the threshold, doubling up to the cap', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 50].map((n) => coolDownMs(S, n))).toEqual([
      0, 0, 60_000, 120_000, 240_000, 480_000, 600_000, 600_000,
    ]);
    expect(coolDownMs({ ...S, lockoutBaseMs: undefined, lockoutMs: 30_000 }, 3)).toBe(30_000);
  });

  it('keeps unknown usernames to the same rule, and forgets the oldest past its size', () => {
    const book = new FailureBook(2);
    expect(book.fail('a', 0, S)).toBeNull();
    expect(book.fail('a', 0, S)).toBeNull();
    expect(book.fail('a', 1000, S)).toBe(61_000);
    expect(book.lockedUntil('a', 60_999)).toBe(61_000);
    expect(book.lockedUntil('a', 61_000)).toBeNull();
    expect(book.fail('a', 70_000, S)).toBe(190_000);
    book.fail('b', 0, S);
    book.fail('c', 0, S);
    expect(book.lockedUntil('a', 70_001)).toBeNull(); // forgotten: the table holds two usernames
  });
});
