/**
 * A bounded single-consumer queue exposed as an async iterator. A producer that outruns
 * the consumer past `capacity` does not grow memory: the queue fails with the error the
 * producer supplies, after the consumer has drained what it already holds.
 */
export class BoundedQueue<T> implements AsyncIterableIterator<T> {
  private readonly items: T[] = [];
  private waiting: ((result: IteratorResult<T>) => void) | null = null;
  private rejectWaiting: ((error: unknown) => void) | null = null;
  private failure: unknown = null;
  private done = false;

  constructor(
    private readonly capacity: number,
    private readonly onReturn: () => void = () => {},
  ) {}

  get size(): number {
    return this.items.length;
  }

  /** false when the queue is full (the caller decides how to fail) or already finished */
  push(item: T): boolean {
    if (this.done || this.failure !== null) return false;
    if (this.waiting) {
      const resolve = this.waiting;
      this.waiting = this.rejectWaiting = null;
      resolve({ value: item, done: false });
      return true;
    }
    if (this.items.length >= this.capacity) return false;
    this.items.push(item);
    return true;
  }

  /** Ends the stream with `error` once the consumer reaches it. */
  fail(error: unknown): void {
    if (this.done || this.failure !== null) return;
    this.failure = error;
    if (this.rejectWaiting) {
      const reject = this.rejectWaiting;
      this.waiting = this.rejectWaiting = null;
      reject(error);
    }
  }

  next(): Promise<IteratorResult<T>> {
    const item = this.items.shift();
    if (item !== undefined) return Promise.resolve({ value: item, done: false });
    if (this.failure !== null) {
      const error = this.failure;
      this.finish();
      return Promise.reject(error);
    }
    if (this.done) return Promise.resolve({ value: undefined, done: true });
    return new Promise((resolve, reject) => {
      this.waiting = resolve;
      this.rejectWaiting = reject;
    });
  }

  return(): Promise<IteratorResult<T>> {
    this.finish();
    return Promise.resolve({ value: undefined, done: true });
  }

  [Symbol.asyncIterator](): this {
    return this;
  }

  private finish(): void {
    if (this.done) return;
    this.done = true;
    this.items.length = 0;
    this.waiting?.({ value: undefined, done: true });
    this.waiting = this.rejectWaiting = null;
    this.onReturn();
  }
}
