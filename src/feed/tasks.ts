// Scheduling: how long work is cut into tasks so that no task runs long on a phone, and what waits for idle time.
// `scheduler` (Prioritized Task Scheduling) is used where the browser has it.

/** The parts of `scheduler` used here, where the browser has them. */
const scheduler = (
  globalThis as {
    scheduler?: { yield?: () => Promise<void>; postTask?: (task: () => void, options: object) => unknown };
  }
).scheduler;

/**
 * Yields to the page's event loop, so that long checks run in slices: `scheduler.yield()` where the browser
 * has it (the rest of the work keeps its place in line), else a message to ourselves (a new task, without
 * the 4 ms that nested timers are held back).
 */
export function nextTask(): Promise<void> {
  if (scheduler?.yield) return scheduler.yield();
  return new Promise<void>((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(undefined);
  });
}

/** How long one slice of work may run before it lets the page handle input (ms). */
const SLICE_MS = 8;

/**
 * Runs `one(0)` … `one(count - 1)` in slices of a few milliseconds, each its own task (no long task on a
 * phone, however cold the code still is). The first slice, too: the task that asks may already have run
 * long (another widget's render, say, when a feed several widgets wait for arrives).
 */
export async function inSlices(count: number, one: (index: number) => void): Promise<void> {
  let sliceStart = -Infinity;
  for (let index = 0; index < count; index++) {
    if (performance.now() - sliceStart > SLICE_MS) {
      await nextTask();
      sliceStart = performance.now();
    }
    one(index);
  }
}

/**
 * A task after everything else the page has to do, where the browser can tell (`scheduler.postTask`, priority
 * "background"), else an ordinary one. A feed's index arriving, its parts being asked for and checked come first.
 */
export function whenIdle(task: () => void): void {
  if (scheduler?.postTask) scheduler.postTask(task, { priority: 'background' });
  else setTimeout(task);
}
