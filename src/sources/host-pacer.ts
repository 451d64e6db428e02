import { setTimeout as sleep } from 'node:timers/promises';

/**
 * Politeness: requests to one host are spaced `delayMs` apart (per process), whatever the
 * number of sources on it; requests to other hosts do not wait.
 */
export class HostPacer {
  private readonly nextSlot = new Map<string, number>();

  constructor(private readonly delayMs: number) {}

  /** Resolves when a request to `host` may go; rejects if `signal` aborts first. */
  async wait(host: string, signal?: AbortSignal): Promise<void> {
    const now = Date.now();
    this.forgetPast(now);
    const slot = Math.max(now, this.nextSlot.get(host) ?? 0);
    this.nextSlot.set(host, slot + this.delayMs);
    if (slot > now) await sleep(slot - now, undefined, { signal });
  }

  /** Hosts whose next slot has passed need no entry: the map stays as small as the hosts in use. */
  private forgetPast(now: number) {
    for (const [host, slot] of this.nextSlot) if (slot <= now) this.nextSlot.delete(host);
  }
}
