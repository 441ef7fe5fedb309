// Settings of a run (config/copydesk.yaml). CLI flags override input, output, concurrency and lock_wait.
import { list, num, obj, str } from '../config/spec.js';
import { pushSpec } from '../push/spec.js';
import { feedsSpec } from '../write/feeds.js';

export const runSpec = obj({
  input: str('Folder of raw dumps, read recursively', { default: 'input' }),
  output: str('Folder the run writes records, feeds, state and the report into', { default: 'output' }),
  concurrency: num('Files read and processed at once', { default: 8, min: 1, max: 256, integer: true }),
  workers: num('Processes for the per-article stages; 0 = one per core for batches of 64 dumps or more (one process below that)', { default: 0, min: 0, max: 64, integer: true }),
  max_bytes: num('Dumps larger than this are refused with a line in the report (no article is this long)', { default: 5_000_000, min: 1, integer: true }),
  dump_seconds: num('Time budget of one dump through the per-article chain, in seconds, for a dump of up to 1 MB; a dump over its budget is stopped and refused with a line in the report', { default: 20, min: 0.1 }),
  dump_seconds_per_mb: num('Extra seconds of budget per MB of dump beyond the first', { default: 20, min: 0 }),
  dump_memory_mb: num('Heap one article process may use, in MB; a dump needing more is refused with a line in the report', { default: 512, min: 64, integer: true }),
  lock_wait: num('Seconds a run waits for another run holding the same output folder to end, before it gives up with exit 2; 0 refuses at once', { default: 3600, min: 0 }),
  max_failed_share: num('Share of inputs that may fail (refused or not processed) before the run exits 4 instead of 0', { default: 0.1, min: 0, max: 1 }),
  extensions: list(str('an extension with its dot'), 'Which files are dumps', ['.txt', '.md']),
  feeds: feedsSpec,
  push: pushSpec,
});
