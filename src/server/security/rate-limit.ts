/**
 * An in-memory token-bucket rate limiter: each key (an IP, an account, a
 * username) holds up to `limit` tokens, refilled evenly over `windowMs`.
 * Memory is bounded: past `maxKeys` the least recently inserted keys are
 * forgotten. One process only — behind several processes, put a shared
 * limiter (or the proxy's) in front.
 */
import { SaksiError, msg } from '../../core/errors/index.js';

export interface RateLimit {
  readonly limit: number;
  readonly windowMs: number;
}

interface Bucket {
  tokens: number;
  at: number;
}

export class RateLimiter {
  private readonly buckets = new Map<string, Bucket>();

  constructor(
    readonly rule: RateLimit,
    private readonly now: () => number,
    private readonly maxKeys = 100_000,
  ) {}

  /** Take one token for `key`; false when none is left. */
  take(key: string): boolean {
    const t = this.now();
    const bucket = this.refilled(key, t);
    if (bucket.tokens < 1) return false;
    bucket.tokens -= 1;
    return true;
  }

  /** Milliseconds until `key` has a token again (0 when it has one). */
  retryAfterMs(key: string): number {
    const bucket = this.refilled(key, this.now());
    if (bucket.tokens >= 1) return 0;
    return Math.ceil(((1 - bucket.tokens) * this.rule.windowMs) / this.rule.limit);
  }

  /** Take a token or throw RATE_LIMITED. */
  consume(key: string): void {
    if (this.take(key)) return;
    const seconds = Math.max(1, Math.ceil(this.retryAfterMs(key) / 1000));
    throw new SaksiError(
      'RATE_LIMITED',
      msg(
        `Terlalu banyak permintaan; coba lagi dalam ${seconds} detik.`,
        `Too many requests; try again in ${seconds} s.`,
      ),
    );
  }

  private refilled(key: string, t: number): Bucket {
    let bucket = this.buckets.get(key);
    if (bucket === undefined) {
      if (this.buckets.size >= this.maxKeys) {
        const oldest = this.buckets.keys().next().value;
        if (oldest !== undefined) this.buckets.delete(oldest);
      }
      bucket = { tokens: this.rule.limit, at: t };
      this.buckets.set(key, bucket);
      return bucket;
    }
    const refill = ((t - bucket.at) * this.rule.limit) / this.rule.windowMs;
    bucket.tokens = Math.min(this.rule.limit, bucket.tokens + Math.max(0, refill));
    bucket.at = t;
    return bucket;
  }
}
