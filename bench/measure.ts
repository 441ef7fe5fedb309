// Runs one command of the CLI as a child process and writes what it cost to the JSON file named first:
// CPU seconds of the CLI and of every process it starts (user + system of all their threads), peak resident
// memory of the whole process tree, wall seconds. The run may do its article work in processes of its own, so
// neither figure can be read from one process: the CPU is what the kernel adds to this process's children's
// times as each is reaped (/proc/self/stat cutime and cstime, which take in the CLI's own reaped children), and
// the memory is the largest sum of the tree's resident sets, sampled every SAMPLE_MS (a peak shorter than that
// can be missed; every run measured so compares alike). Node flags given to this script (--max-old-space-size)
// are given to the CLI. Linux only (/proc).
// Usage: node [FLAGS] dist/bench/measure.js OUT.json -- run --input DIR --output DIR --quiet
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const SAMPLE_MS = 50;
/** /proc counts times in USER_HZ ticks, 100 a second on every Linux. */
const TICKS = 100;
const PAGE = 4096;

const [out, sep, ...args] = process.argv.slice(2);
if (!out || sep !== '--') throw new Error('usage: measure.js OUT.json -- CLI ARGS');

/** User + system seconds of this process's reaped children (and theirs). */
function childSeconds(): number {
  const stat = readFileSync('/proc/self/stat', 'utf8');
  // The fields after the command's closing parenthesis; cutime and cstime are the 16th and 17th of the line.
  const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(f[13]) + Number(f[14])) / TICKS;
}

/** Resident bytes of `pid` and every process under it (read per thread: a child is listed by the thread that started it). */
function treeRss(pid: number): number {
  let sum = 0;
  const todo = [pid];
  while (todo.length) {
    const p = todo.pop()!;
    try {
      sum += Number(readFileSync(`/proc/${p}/statm`, 'utf8').split(' ')[1]) * PAGE;
      for (const t of readdirSync(`/proc/${p}/task`)) {
        for (const c of readFileSync(`/proc/${p}/task/${t}/children`, 'utf8').split(' ')) if (c.trim()) todo.push(Number(c));
      }
    } catch {
      // gone between two reads: it holds no memory now
    }
  }
  return sum;
}

const t0 = performance.now();
const before = childSeconds();
const cli = fileURLToPath(new URL('../pipeline/cli.js', import.meta.url));
const child = spawn(process.execPath, [...process.execArgv, cli, ...args], { stdio: 'inherit' });
let peak = 0;
const timer = setInterval(() => {
  if (child.pid) peak = Math.max(peak, treeRss(child.pid));
}, SAMPLE_MS);
const code = await new Promise<number>((resolve) => child.on('exit', (c, signal) => resolve(c ?? (signal ? 128 : 1))));
clearInterval(timer);
writeFileSync(out, JSON.stringify({ code, cpu: childSeconds() - before, maxRssMB: peak / 1024 / 1024, wall: (performance.now() - t0) / 1000 }));
process.exitCode = code;
