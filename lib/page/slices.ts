/**
 * Cuts our page work into short slices so that no task of ours, and no animation frame, grows
 * long enough for the reader to feel it (the measurement: 10 ms slices separated by
 * `setTimeout` kept every task and frame under 50 ms on a 1.5 MB page, while `scheduler.yield()`
 * starved rendering).
 *
 * A job is a function that works until `shouldYield()` says the slice is spent and returns
 * whether it has finished; unfinished jobs are called again in the next slice.
 */

export type Job = (shouldYield: () => boolean) => boolean;

export interface SliceClock {
  now(): number;
  /** Runs `fn` in a later task (setTimeout in the page). */
  defer(fn: () => void): void;
}

export interface SliceStats {
  slices: number;
  /** Sum of the slices' durations: the main-thread time our work took. */
  busyMs: number;
  longestSliceMs: number;
}

export class SliceQueue {
  private readonly jobs: Job[] = [];
  private scheduled = false;
  private stopped = false;
  private idleWaiters: (() => void)[] = [];
  readonly stats: SliceStats = { slices: 0, busyMs: 0, longestSliceMs: 0 };

  constructor(
    private readonly clock: SliceClock,
    private readonly budgetMs = 10,
    /** Called with an error a job threw; the job is dropped, the others go on. */
    private readonly onError: (error: unknown) => void = () => {},
    /** Checked before each slice: false once the extension was reloaded or disabled, and then nothing more runs. */
    private readonly alive: () => boolean = () => true,
  ) {}

  push(job: Job): void {
    if (this.stopped) return;
    this.jobs.push(job);
    this.schedule();
  }

  get busy(): boolean {
    return this.jobs.length > 0;
  }

  /** Resolves once every queued job (including ones queued meanwhile) has finished. */
  idle(): Promise<void> {
    if (!this.jobs.length || this.stopped) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  /** Drops every job for good (the extension was reloaded or turned off for the page). */
  stop(): void {
    this.stopped = true;
    this.jobs.length = 0;
    this.flushIdle();
  }

  private schedule(): void {
    if (this.scheduled || this.stopped) return;
    this.scheduled = true;
    this.clock.defer(() => this.runSlice());
  }

  private runSlice(): void {
    this.scheduled = false;
    if (this.stopped) return;
    if (!this.alive()) {
      this.stop();
      return;
    }
    const start = this.clock.now();
    const deadline = start + this.budgetMs;
    const shouldYield = () => this.clock.now() >= deadline;
    while (this.jobs.length && !this.stopped) {
      const job = this.jobs[0]!;
      let done: boolean;
      try {
        done = job(shouldYield);
      } catch (error) {
        done = true;
        this.onError(error);
      }
      if (done) this.jobs.shift();
      if (shouldYield()) break;
    }
    const spent = this.clock.now() - start;
    this.stats.slices += 1;
    this.stats.busyMs += spent;
    this.stats.longestSliceMs = Math.max(this.stats.longestSliceMs, spent);
    if (this.jobs.length) this.schedule();
    else this.flushIdle();
  }

  private flushIdle(): void {
    const waiters = this.idleWaiters;
    this.idleWaiters = [];
    for (const resolve of waiters) resolve();
  }
}
