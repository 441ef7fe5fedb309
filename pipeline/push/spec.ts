// Settings of delivery to the CMS (`push:` in config/copydesk.yaml). `--push URL` overrides `url`.
import { num, obj, str } from '../config/spec.js';

export const pushSpec = obj({
  url: str('Base URL of the CMS: each story is sent as `PUT <url>/stories/<story id>`; unset, nothing is pushed', { optional: true }),
  max_attempts: num('Attempts per story and run before it is left owed for the next run', { default: 10, min: 1, max: 100, integer: true }),
  rate: num('Requests started per second, at most', { default: 10, min: 0.01, max: 10_000 }),
  concurrency: num('Requests in flight at once, at most', { default: 4, min: 1, max: 256, integer: true }),
  timeout_ms: num('A request with no complete answer after this long is abandoned and retried', { default: 15_000, min: 1, integer: true }),
  backoff_ms: num('Wait before the second attempt; doubled each attempt, with jitter', { default: 500, min: 0, integer: true }),
  max_backoff_ms: num('Longest wait between attempts; a Retry-After asking for longer leaves the story for the next run', { default: 30_000, min: 0, integer: true }),
  token_env: str('Name of an environment variable whose value is sent as `Authorization: Bearer <value>` (the token itself never sits in the config)', { optional: true }),
});
