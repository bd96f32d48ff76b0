// The Node limiter: counts in the process (one process serves every request on Node). Windows that ended
// are dropped as the map grows, so a flood of addresses cannot grow it for ever.
import { windowStartOf, type Limiter } from "../domain/limits.js";

export function memoryLimiter(): Limiter {
  const windows = new Map<string, { windowStart: number; count: number; endsAt: number }>();
  let sweepAt = 10_000;
  const prune = (now: number) => {
    let pruned = 0;
    for (const [key, w] of windows) if (w.endsAt <= now && windows.delete(key)) pruned++;
    return pruned;
  };
  return {
    async hit(key, windowMs, now) {
      const windowStart = windowStartOf(now, windowMs);
      const held = windows.get(key);
      const current = held && held.windowStart === windowStart ? held : { windowStart, count: 0, endsAt: windowStart + windowMs };
      current.count++;
      windows.set(key, current);
      if (windows.size >= sweepAt) {
        prune(now);
        sweepAt = Math.max(10_000, windows.size * 2);
      }
      return { count: current.count, windowStart };
    },
    async prune(now) {
      return prune(now);
    },
  };
}
