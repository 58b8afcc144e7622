// Runs tasks through the pool with a bounded number in flight and hands each record to `emit`:
// in input order (a record waits for the ones before it), or as each finishes with `unordered`.
// Memory stays flat: at most `inFlight` tasks and records exist at a time, whatever the input size.
import type { OutputRecord } from "../schema/record.js";

export type Item<T> = { kind: "task"; task: T } | { kind: "ready"; record: OutputRecord };

export interface ScheduleOptions<T> {
  run(task: T): Promise<OutputRecord>;
  emit(record: OutputRecord): Promise<void>;
  inFlight: number;
  ordered: boolean;
  /** Resolves when the user interrupts; nothing new starts after it. */
  interrupted: Promise<void>;
}

interface Pending {
  promise: Promise<OutputRecord>;
  record?: OutputRecord;
}

/** Returns false when interrupted before every item was emitted. */
export async function schedule<T>(items: AsyncIterable<Item<T>>, opts: ScheduleOptions<T>): Promise<boolean> {
  let stopped = false;
  // Waits that the interrupt cuts short. Each wait removes itself when its promise settles: a
  // Promise.race against the never-settling interrupt would keep every record reachable to the end.
  const waits = new Set<() => void>();
  void opts.interrupted.then(() => {
    stopped = true;
    for (const wake of waits) wake();
  });
  const untilStopped = <V>(promise: Promise<V>) =>
    new Promise<V | undefined>((resolve, reject) => {
      const wake = () => resolve(undefined);
      waits.add(wake);
      promise.then(resolve, reject).finally(() => waits.delete(wake));
    });
  const queue: Pending[] = [];
  const start = (item: Item<T>): Pending => {
    const pending: Pending = { promise: item.kind === "ready" ? Promise.resolve(item.record) : opts.run(item.task) };
    pending.promise.then((r) => (pending.record = r));
    return pending;
  };
  // Emits the next record in order (or whichever finishes first), unless interrupted while waiting.
  const emitNext = async () => {
    const next = opts.ordered ? queue[0]! : await untilStopped(Promise.race(queue.map((p) => p.promise.then(() => p))));
    if (!next) return;
    const record = await untilStopped(next.promise);
    if (record === undefined || stopped) return;
    queue.splice(queue.indexOf(next), 1);
    await opts.emit(record);
  };
  for await (const item of items) {
    if (stopped) break;
    queue.push(start(item));
    while (queue.length >= opts.inFlight && !stopped) await emitNext();
  }
  while (queue.length && !stopped) await emitNext();
  if (!stopped) return true;
  // Interrupted: flush whole the records already done (in order: up to the first one not done).
  for (const pending of queue) {
    if (!pending.record) {
      if (opts.ordered) break;
      continue;
    }
    await opts.emit(pending.record);
  }
  return false;
}
