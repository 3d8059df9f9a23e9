// A served app's processes, read from /proc (Linux): the process runNext started and, when it
// keeps workers (FRISTVAKT_WORKERS), its children. The benchmarks count CPU and memory over all
// of them, so that a figure means the same whether one process serves or several.
import fs from "node:fs";

// Clock ticks of /proc/<pid>/stat: 100 a second on Linux.
const TICK_MS = 10;

/** The fields of /proc/<pid>/stat after the command name (which may hold spaces), or null once the process is gone. */
function statFields(pid: number): string[] | null {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
    return stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  } catch {
    return null;
  }
}

/** `pid` and its children (one level: the workers). */
export function processTree(pid: number): number[] {
  const children: number[] = [];
  for (const entry of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    // The parent's pid is the 4th field, the 2nd after the name.
    if (Number(statFields(Number(entry))?.[1]) === pid) children.push(Number(entry));
  }
  return [pid, ...children];
}

/** CPU time (user and system) the process and its workers have used so far, in ms. */
export function treeCpuMs(pid: number): number {
  let ticks = 0;
  for (const each of processTree(pid)) {
    const fields = statFields(each);
    // utime is the 14th field, stime the 15th.
    if (fields) ticks += Number(fields[11]) + Number(fields[12]);
  }
  return ticks * TICK_MS;
}

/** Resident memory of one process in MB, 0 once it is gone. */
export function residentMemoryMb(pid: number): number {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, "utf8");
    const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
    return kb / 1024;
  } catch {
    return 0;
  }
}

/** Resident memory of the largest process of the tree and of all of them together, in MB. */
export function treeMemoryMb(pid: number): { largest: number; total: number } {
  const sizes = processTree(pid).map(residentMemoryMb);
  return { largest: Math.max(...sizes), total: sizes.reduce((sum, size) => sum + size, 0) };
}
