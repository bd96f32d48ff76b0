// What runs on a clock, declared the same way for both runtimes: on Node a loop in the process runs each
// job every `every` ms; on Workers the Cron Trigger (every minute) runs the jobs that are due.
import type { Logger } from "../log.js";

export interface Job {
  name: string;
  /** How often it runs, in milliseconds (at least a minute on Workers, whose cron ticks each minute). */
  every: number;
  /** Does one round; what it reports is logged at debug level. */
  run(): Promise<Record<string, number> | void>;
  /** The process is stopping: end the round under way at the next safe point (the outbox: between messages). */
  stop?(): void;
}

/** Runs a job once, logging what it did or how it failed; never throws. */
export async function runLogged(job: Job, logger: Logger): Promise<void> {
  try {
    const done = await job.run();
    logger.debug({ job: job.name, ...(done ?? {}) }, "job ran");
  } catch (error) {
    logger.error({ err: error, job: job.name }, "job failed");
  }
}

export interface RunningJobs {
  /** Runs a job soon (now, or right after the round under way): it has work (a message was queued). */
  wake(name: string): void;
  /** Stops the clocks and waits for the rounds under way. */
  stop(): Promise<void>;
}

/** Node: each job on its own interval, never two rounds of one job at once. */
export function startJobs(jobs: readonly Job[], logger: Logger): RunningJobs {
  const running = new Map<string, Promise<void>>();
  const again = new Set<string>();
  let stopped = false;
  const ticks = new Map<string, () => void>();
  const timers = jobs.map((job) => {
    const tick = () => {
      if (stopped) return;
      if (running.has(job.name)) {
        again.add(job.name);
        return;
      }
      const round = runLogged(job, logger).finally(() => {
        running.delete(job.name);
        if (again.delete(job.name)) tick();
      });
      running.set(job.name, round);
    };
    ticks.set(job.name, tick);
    tick();
    return setInterval(tick, job.every);
  });
  return {
    wake: (name) => ticks.get(name)?.(),
    async stop() {
      stopped = true;
      for (const timer of timers) clearInterval(timer);
      for (const job of jobs) job.stop?.();
      await Promise.all(running.values());
    },
  };
}

export const CRON_TICK_MS = 60_000;

/** Workers: the jobs due at a cron tick — those whose period boundary fell within the last tick. */
export function dueJobs(jobs: readonly Job[], scheduledTime: number): Job[] {
  return jobs.filter((job) => Math.floor(scheduledTime / job.every) !== Math.floor((scheduledTime - CRON_TICK_MS) / job.every));
}
