// Delivery to the CMS, as the run layer and `copydesk push` call it: send every story the corpus
// store says is owed (new or changed since its last delivery, or left over from an earlier push).
import type { Infer } from '../config/spec.js';
import { deliver, type DeliverOptions, type DeliveryReport } from './deliver.js';
import { PushError } from './errors.js';
import { storeOutbox, type OutboxStore } from './outbox.js';
import type { pushSpec } from './spec.js';

export type { DeliveryReport, StoryDelivery } from './deliver.js';
export { PushError } from './errors.js';
export type PushSettings = Infer<typeof pushSpec>;

export interface PushOptions extends DeliverOptions {
  /** The corpus store (its outbox calls): the run's, or one `copydesk push` opened. */
  store: OutboxStore;
  settings: PushSettings;
  /** Overrides settings.url (`--push URL`). */
  url?: string;
}

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
  return deliver(storeOutbox(opts.store), { ...opts.settings, ...target }, opts);
}
