// CPU seconds used by a Chromium launched by the harness (every process of its profile), or by a CLI
// process the bench ran, read from /proc: on a shared machine the wall clock mostly measures the other
// users, the CPU time much less.
import { readdirSync, readFileSync } from 'node:fs';

interface Proc {
  pid: number;
  ppid: number;
  cpu: number;
  cmd: string;
}

/** Fields after the command name: state, ppid, … utime (12th), stime (13th), cutime, cstime, in clock ticks (100/s). */
function statFields(pid: string): string[] {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  return stat.slice(stat.lastIndexOf(')') + 2).split(' ');
}

/** CPU seconds (user + system) of this process's children that ended and were waited for (a spawnSync's). */
export function childrenCpuSeconds(): number {
  const f = statFields('self');
  return (Number(f[13]) + Number(f[14])) / 100;
}

function readProc(pid: string): Proc | null {
  try {
    const f = statFields(pid);
    return { pid: Number(pid), ppid: Number(f[1]), cpu: (Number(f[11]) + Number(f[12])) / 100, cmd: readFileSync(`/proc/${pid}/cmdline`, 'utf8') };
  } catch {
    return null; // ended meanwhile
  }
}

/** CPU seconds (user + system) used so far by the browser whose profile folder is `userDataDir`, and its children. */
export function browserCpuSeconds(userDataDir: string): number {
  const procs = readdirSync('/proc').filter((p) => /^\d+$/.test(p)).map(readProc).filter((p): p is Proc => p !== null);
  const mine = new Set(procs.filter((p) => p.cmd.includes(userDataDir)).map((p) => p.pid));
  for (let grew = true; grew; ) {
    grew = false;
    for (const p of procs) if (!mine.has(p.pid) && mine.has(p.ppid)) grew = !!mine.add(p.pid);
  }
  return procs.filter((p) => mine.has(p.pid)).reduce((sum, p) => sum + p.cpu, 0);
}
