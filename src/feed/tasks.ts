// Scheduling: how long work is cut into tasks so that no task runs long on a phone, and what waits for idle time.
// `scheduler` (Prioritized Task Scheduling) is used where the browser has it.

/** The parts of `scheduler` used here, where the browser has them. */
const scheduler = (
  globalThis as {
    scheduler?: { yield?: () => Promise<void>; postTask?: (task: () => void, options: object) => unknown };
  }
).scheduler;

/** How long one slice of work may run before it lets the page handle input (ms). */
const SLICE_MS = 8;

/**
 * When the running slice of work began: where a task is known to begin (a yield's return, a fetched
 * document's body arriving), else long ago, so that work in a task of unknown age yields first.
 */
let sliceStart = -Infinity;

/** A task begins here (a fetched document's body has arrived): the work it starts gets a slice first. */
export function startSlice(): void {
  sliceStart = performance.now();
}

/**
 * Yields to the page's event loop, so that long checks run in slices: `scheduler.yield()` where the browser
 * has it (the rest of the work keeps its place in line), else a message to ourselves (a new task, without
 * the 4 ms that nested timers are held back). The work after it gets a slice of its own.
 */
export async function nextTask(): Promise<void> {
  if (scheduler?.yield) await scheduler.yield();
  else
    await new Promise<void>((resolve) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        channel.port1.close();
        resolve();
      };
      channel.port2.postMessage(undefined);
    });
  startSlice();
}

/**
 * Yields only when the running slice has had its few milliseconds: between steps of work whose size is not
 * known, so that a fast machine does them in one task and a slow phone in several.
 */
export function pause(): Promise<void> | undefined {
  return performance.now() - sliceStart > SLICE_MS ? nextTask() : undefined;
}

/**
 * Runs `one(0)` … `one(count - 1)` in slices of a few milliseconds, each its own task (no long task on a
 * phone, however cold the code still is). The first slice, too, unless the running one has time left: the
 * task that asks may already have run long (another widget's render, say, when a feed several widgets wait
 * for arrives).
 */
export async function inSlices(count: number, one: (index: number) => void): Promise<void> {
  for (let index = 0; index < count; index++) {
    const paused = pause();
    if (paused) await paused;
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
