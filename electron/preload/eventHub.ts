/**
 * Delivers events from main to the page's subscribers. Events that arrive while nobody listens (a
 * file opened at launch, before the page has mounted) wait, and go to the first subscriber.
 */
export class EventHub<Name extends string> {
  private readonly listeners = new Map<Name, Set<(payload: unknown) => void>>();
  private readonly waiting = new Map<Name, unknown[]>();

  constructor(private readonly maxWaiting = 50) {}

  emit(name: Name, payload: unknown): void {
    const subscribers = this.listeners.get(name);
    if (!subscribers || subscribers.size === 0) {
      const queue = this.waiting.get(name) ?? [];
      if (queue.length < this.maxWaiting) queue.push(payload);
      this.waiting.set(name, queue);
      return;
    }
    for (const listener of [...subscribers]) listener(payload);
  }

  /** Answers the unsubscribe function. */
  subscribe(name: Name, callback: (payload: unknown) => void): () => void {
    if (typeof callback !== 'function') throw new TypeError('An event subscription needs a function.');
    const subscribers = this.listeners.get(name) ?? new Set();
    this.listeners.set(name, subscribers);
    subscribers.add(callback);
    const queued = this.waiting.get(name)?.splice(0) ?? [];
    if (queued.length > 0) queueMicrotask(() => queued.forEach((payload) => callback(payload)));
    return () => {
      subscribers.delete(callback);
    };
  }
}
