// The room's brakes: wrong-code lockout per address, and token buckets per participant and per address.

/** Wrong codes allowed from one address before it is locked out. */
export const CODE_TRIES = 5;
export const CODE_WINDOW_MS = 10 * 60_000;
export const LOCKOUT_MS = 10 * 60_000;

/** Counts wrong codes per address; after CODE_TRIES within the window, the address waits LOCKOUT_MS. */
export class CodeGuard {
  private readonly tries = new Map<string, { count: number; first: number; lockedUntil: number }>();

  constructor(private readonly now: () => number) {}

  /** Milliseconds the address must still wait, or 0. */
  lockedFor(address: string): number {
    const entry = this.tries.get(address);
    if (!entry) return 0;
    return Math.max(0, entry.lockedUntil - this.now());
  }

  wrong(address: string): void {
    const now = this.now();
    let entry = this.tries.get(address);
    if (!entry || now - entry.first > CODE_WINDOW_MS) {
      entry = { count: 0, first: now, lockedUntil: 0 };
      this.tries.set(address, entry);
    }
    entry.count += 1;
    if (entry.count >= CODE_TRIES) entry.lockedUntil = now + LOCKOUT_MS;
  }

  right(address: string): void {
    if (this.lockedFor(address) === 0) this.tries.delete(address);
  }

  clear(): void {
    this.tries.clear();
  }
}

/** A token bucket per key: `burst` calls at once, then `perSecond`. */
export class Buckets {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();

  constructor(
    private readonly now: () => number,
    private readonly burst: number,
    private readonly perSecond: number,
  ) {}

  take(key: string): boolean {
    const now = this.now();
    const bucket = this.buckets.get(key) ?? { tokens: this.burst, at: now };
    bucket.tokens = Math.min(this.burst, bucket.tokens + ((now - bucket.at) / 1000) * this.perSecond);
    bucket.at = now;
    this.buckets.set(key, bucket);
    if (this.buckets.size > 10_000) this.buckets.clear();
    if (bucket.tokens < 1) return false;
    bucket.tokens -= 1;
    return true;
  }

  clear(): void {
    this.buckets.clear();
  }
}
