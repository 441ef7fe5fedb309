// Runs one command of the CLI in this process and writes what it cost to the JSON file named first:
// CPU seconds of every thread (user + system), peak resident memory, wall seconds.
// Usage: node dist/bench/measure.js OUT.json -- run --input DIR --output DIR --quiet
import { writeFileSync } from 'node:fs';

const [out, sep, ...args] = process.argv.slice(2);
if (!out || sep !== '--') throw new Error('usage: measure.js OUT.json -- CLI ARGS');
const t0 = performance.now();
process.argv = [process.argv[0], 'copydesk', ...args];
process.on('exit', (code) => {
  const u = process.resourceUsage();
  writeFileSync(out, JSON.stringify({ code, cpu: (u.userCPUTime + u.systemCPUTime) / 1e6, maxRssMB: u.maxRSS / 1024, wall: (performance.now() - t0) / 1000 }));
});
await import('../pipeline/cli.js');
