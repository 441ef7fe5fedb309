// Delivery to the CMS, as the run layer and `copydesk push` call it: offer every story item of the
// combined feed to the outbox (an item unchanged since its delivery is skipped there), then send what
// waits. The outbox lives in the state folder, beside the corpus state.
import type { Infer } from '../config/spec.js';
import { inside } from '../write/atomic.js';
import { deliver, type DeliverOptions, type DeliveryReport } from './deliver.js';
import { PushError } from './errors.js';
import { FileOutbox } from './outbox-file.js';
import type { pushSpec } from './spec.js';

export type { DeliveryReport, StoryDelivery } from './deliver.js';
export type PushSettings = Infer<typeof pushSpec>;

export { PushError } from './errors.js';

export interface PushOptions extends DeliverOptions {
  output: string;
  settings: PushSettings;
  /** Overrides settings.url (`--push URL`). */
  url?: string;
  /** The combined feed's items, as written (undefined: send only what already waits). */
  items?: Iterable<{ id: string }>;
}

export const outboxPath = (output: string) => inside(output, 'state', 'outbox.jsonl');

export interface Target {
  url: string;
  token?: string;
}

/** Where to push, or undefined when pushing is off. Checked before a run starts, so a bad URL or a
 * missing token stops it at once (exit 2) rather than after the work. */
export function pushTarget(settings: PushSettings, override?: string): Target | undefined {
  const url = override ?? settings.url;
  if (url === undefined) return undefined;
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    throw new PushError(`the push URL "${url}" is not a URL (give --push http(s)://host/path or push.url in config/copydesk.yaml)`);
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') throw new PushError(`the push URL "${url}" must be http or https`);
  const token = settings.token_env ? process.env[settings.token_env] : undefined;
  if (settings.token_env && !token) throw new PushError(`push.token_env names ${settings.token_env}, but that environment variable is not set`);
  return { url, ...(token ? { token } : {}) };
}

export async function pushStories(opts: PushOptions): Promise<DeliveryReport> {
  const target = pushTarget(opts.settings, opts.url);
  if (!target) throw new PushError('no CMS to push to: give --push URL or set push.url in config/copydesk.yaml');
  const at = (opts.now ?? (() => new Date()))().toISOString();
  const outbox = await FileOutbox.open(outboxPath(opts.output));
  try {
    let offered = 0;
    for (const item of opts.items ?? []) if (outbox.offer(item.id, JSON.stringify(item), target.url, at)) offered++;
    const report = await deliver(outbox, { ...opts.settings, ...target }, opts);
    report.offered = offered;
    return report;
  } finally {
    outbox.close();
  }
}
