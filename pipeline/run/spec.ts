// Settings of a run (config/copydesk.yaml). CLI flags override input, output and concurrency.
import { list, num, obj, str } from '../config/spec.js';
import { pushSpec } from '../push/spec.js';
import { feedsSpec } from '../write/feeds.js';

export const runSpec = obj({
  input: str('Folder of raw dumps, read recursively', { default: 'input' }),
  output: str('Folder the run writes records, feeds, state and the report into', { default: 'output' }),
  concurrency: num('Files read and processed at once', { default: 8, min: 1, max: 256, integer: true }),
  workers: num('Threads for the per-article stages; 0 = one per core for batches of 64 dumps or more', { default: 0, min: 0, max: 64, integer: true }),
  max_bytes: num('Dumps larger than this are refused with a line in the report (no article is this long)', { default: 5_000_000, min: 1, integer: true }),
  extensions: list(str('an extension with its dot'), 'Which files are dumps', ['.txt', '.md']),
  feeds: feedsSpec,
  push: pushSpec,
});
