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
  record?: OutputRecord;
}

/**
 * Returns false when interrupted before every item was emitted. Records are emitted as soon as they
 * can be (in order: when every record before them is out), not when the next input arrives: a
 * stream that pauses (`tail -f feed.jsonl`) must not hold finished records back.
 */
export async function schedule<T>(items: AsyncIterable<Item<T>>, opts: ScheduleOptions<T>): Promise<boolean> {
  let stopped = false;
  const queue: Pending[] = [];
  // Wakes the reader when the queue has room, the writer has finished, or the user interrupted.
  let wake: () => void = () => {};
  const changed = () => new Promise<void>((resolve) => (wake = resolve));
  void opts.interrupted.then(() => {
    stopped = true;
    wake();
  });
  // One emit at a time, in a chain: each finished record asks the chain to write what is ready.
  let emitting = Promise.resolve();
  const ready = () => (opts.ordered ? (queue[0]?.record ? 0 : -1) : queue.findIndex((p) => p.record));
  const flush = () =>
    (emitting = emitting.then(async () => {
      for (let i = ready(); i >= 0 && !stopped; i = ready()) {
        const [next] = queue.splice(i, 1);
        await opts.emit(next!.record!);
        wake();
      }
    }));
  const start = (item: Item<T>): Pending => {
    const pending: Pending = {};
    const promise = item.kind === "ready" ? Promise.resolve(item.record) : opts.run(item.task);
    void promise.then((record) => {
      pending.record = record;
      void flush();
    });
    return pending;
  };
  for await (const item of items) {
    if (stopped) break;
    queue.push(start(item));
    while (queue.length >= opts.inFlight && !stopped) await changed();
  }
  while (queue.length && !stopped) await changed();
  await emitting;
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

/**
 * The scheduled records as an async iterable, for a caller that pulls (the CLI's writer, the
 * library's `extractMany`): the next record is not emitted until the caller has taken this one.
 * Ending the iteration early (break) stops the schedule: nothing new starts.
 */
export async function* scheduled<T>(items: AsyncIterable<Item<T>>, opts: Omit<ScheduleOptions<T>, "emit">): AsyncGenerator<OutputRecord> {
  const handed: { record: OutputRecord; taken: () => void }[] = [];
  let wake = () => {};
  let closed = false;
  let stop = () => {};
  const stopped = new Promise<void>((resolve) => (stop = resolve));
  const emit = (record: OutputRecord) =>
    closed
      ? Promise.resolve()
      : new Promise<void>((taken) => {
          handed.push({ record, taken });
          wake();
        });
  let done = false;
  let failure: unknown;
  void schedule(items, { ...opts, emit, interrupted: Promise.race([opts.interrupted, stopped]) }).then(
    () => ((done = true), wake()),
    (err) => ((failure = err), (done = true), wake()),
  );
  try {
    for (;;) {
      const next = handed.shift();
      if (next) {
        yield next.record;
        next.taken();
      } else if (done) break;
      else await new Promise<void>((resolve) => (wake = resolve));
    }
    if (failure) throw failure;
  } finally {
    closed = true;
    for (const rest of handed.splice(0)) rest.taken();
    stop();
  }
}
