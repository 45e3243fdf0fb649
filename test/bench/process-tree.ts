import { readdirSync, readFileSync } from 'node:fs';

/** Resident memory of `pid` and all its descendants, in kilobytes, read from /proc (Linux only; 0 elsewhere). */
export function treeRssKb(pid: number): number {
  let entries: string[];
  try {
    entries = readdirSync('/proc').filter((name) => /^\d+$/.test(name));
  } catch {
    return 0;
  }
  const children = new Map<number, number[]>();
  for (const entry of entries) {
    try {
      // Field 4 of /proc/<pid>/stat is the parent; the command name (field 2) may hold spaces, so read after ")".
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(parent, [...(children.get(parent) ?? []), Number(entry)]);
    } catch {
      // The process ended while we looked.
    }
  }
  let total = 0;
  const queue = [pid];
  while (queue.length > 0) {
    const current = queue.pop() as number;
    try {
      const match = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${current}/status`, 'utf8'));
      total += Number(match?.[1] ?? 0);
    } catch {
      // Gone already.
    }
    queue.push(...(children.get(current) ?? []));
  }
  return total;
}

/**
 * Samples the memory of a process tree every `intervalMs` until stopped; `stop()` returns the
 * highest total seen. Sampling can miss a short peak; GNU time's figure is the exact peak of
 * the largest single process.
 */
export function sampleTreeRss(pid: number, intervalMs = 200): { stop: () => number } {
  let peak = 0;
  const timer = setInterval(() => {
    peak = Math.max(peak, treeRssKb(pid));
  }, intervalMs);
  return {
    stop: () => {
      clearInterval(timer);
      return peak;
    },
  };
}
