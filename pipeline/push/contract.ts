// The CMS contract (README "Delivery to a CMS"): which request carries a story, and what each answer
// means. Kept apart from the sending so the README, the tests and the client read one table.

/** Statuses that say "not now": the same request may succeed later. Any other 4xx (and 1xx/3xx,
 * which the contract does not allow) refuses the story until its item changes or the CMS is fixed. */
const RETRYABLE = new Set([408, 425, 429]);

export type Verdict = 'delivered' | 'retry' | 'refused';

export function verdict(status: number): Verdict {
  if (status >= 200 && status < 300) return 'delivered';
  if (RETRYABLE.has(status) || (status >= 500 && status < 600)) return 'retry';
  return 'refused';
}

/** PUT <base>/stories/<story id>: the id is a safe slug, and is escaped anyway. */
export function storyUrl(base: string, story: string): URL {
  const url = new URL(base);
  url.pathname = url.pathname.replace(/\/*$/, '') + '/stories/' + encodeURIComponent(story);
  return url;
}

export function requestHeaders(key: string, bodyBytes: number, token?: string): Record<string, string> {
  return {
    'content-type': 'application/json',
    'content-length': String(bodyBytes),
    'idempotency-key': key,
    'user-agent': 'copydesk',
    ...(token ? { authorization: `Bearer ${token}` } : {}),
  };
}

/** Retry-After as milliseconds from `now`: delta-seconds or an HTTP date (RFC 9110 §10.2.3). */
export function retryAfterMs(value: string | undefined, now = Date.now()): number | undefined {
  if (!value) return undefined;
  const v = value.trim();
  if (/^\d+$/.test(v)) return Number(v) * 1000;
  const at = Date.parse(v);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

/** A base URL fit to show in a report: no user or password. */
export function shownUrl(base: string): string {
  const u = new URL(base);
  u.username = '';
  u.password = '';
  return u.toString();
}
