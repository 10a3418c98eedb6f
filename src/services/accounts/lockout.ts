/**
 * Failed sign-ins and the back-off that follows them, the same for every
 * username — known or not — so that the answer never tells which accounts
 * exist (issue 16 #5). After `lockoutAttempts` failures in a row a username
 * cools down for `lockoutBaseMs`, doubling with each further failure after a
 * cool-down, up to `lockoutMs`; a success resets it. Attempts during a
 * cool-down are refused without checking the password. Known accounts keep
 * their count in the store; unknown usernames in a bounded table in memory.
 */
import type { AuthDeps, AuthSettings } from './deps.js';

/** How long a username cools down after its `failures`-th failure in a row; 0: not yet. */
export function coolDownMs(s: AuthSettings, failures: number): number {
  const over = failures - s.lockoutAttempts;
  if (over < 0) return 0;
  const base = Math.min(s.lockoutBaseMs ?? 60_000, s.lockoutMs);
  return Math.min(s.lockoutMs, base * 2 ** Math.min(over, 30));
}

interface Phantom {
  failures: number;
  lockedUntil: number;
}

/** Unknown usernames' failures, at most `max` of them (the oldest forgotten first). */
export class FailureBook {
  private readonly entries = new Map<string, Phantom>();
  constructor(private readonly max = 50_000) {}

  lockedUntil(username: string, now: number): number | null {
    const e = this.entries.get(username);
    return e !== undefined && e.lockedUntil > now ? e.lockedUntil : null;
  }

  /** Count a failure; the instant the username is locked until, or null. */
  fail(username: string, now: number, s: AuthSettings): number | null {
    const e = this.entries.get(username) ?? { failures: 0, lockedUntil: 0 };
    this.entries.delete(username);
    e.failures += 1;
    const ms = coolDownMs(s, e.failures);
    if (ms > 0) e.lockedUntil = now + ms;
    this.entries.set(username, e);
    if (this.entries.size > this.max) this.entries.delete(this.entries.keys().next().value as string);
    return ms > 0 ? e.lockedUntil : null;
  }
}

const books = new WeakMap<AuthDeps, FailureBook>();

/** The failure book of one set of account services (one per server). */
export function phantomsOf(deps: AuthDeps): FailureBook {
  let b = books.get(deps);
  if (b === undefined) {
    b = new FailureBook();
    books.set(deps, b);
  }
  return b;
}
