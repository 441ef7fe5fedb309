// What the newsroom says about a dump's outlet, which wins over anything inferred from its text:
// a mapping from paths (a folder or a glob under the input folder) to an outlet, the dump's own
// folder when the newsroom files dumps by outlet, and a URL line the dump carries ("URL: https://...").

/** One mapping: dumps whose path (relative to the input folder, `/` separators) matches `path` are `outlet`'s. */
export interface PathRule {
  path: string;
  outlet: string;
}

const globs = new Map<string, RegExp>();
/**
 * A glob as a regex over a relative path: `**` any run of folders, `*` any run within one name, `?` one
 * character. A pattern without a glob character names a folder (everything under it) or one file.
 */
export function globToRegExp(glob: string): RegExp {
  let re = globs.get(glob);
  if (re) return re;
  const g = glob.replace(/^\.?\/+/u, '').replace(/\/+$/u, '');
  let src = '';
  for (let i = 0; i < g.length; i++) {
    const c = g[i];
    if (c === '*' && g[i + 1] === '*') {
      // "a/**/b" also matches "a/b"; a trailing "**" matches everything below.
      if (g[i + 2] === '/') {
        src += '(?:[^/]*/)*';
        i += 2;
      } else {
        src += '.*';
        i += 1;
      }
    } else if (c === '*') src += '[^/]*';
    else if (c === '?') src += '[^/]';
    else src += c.replace(/[.+^${}()|[\]\\]/gu, '\\$&');
  }
  // A plain folder name covers what lies under it.
  if (!/[*?]/u.test(g)) src += '(?:/.*)?';
  globs.set(glob, (re = new RegExp(`^${src}$`, 'u')));
  return re;
}

/** The outlet the first matching path rule names, if any. */
export function outletByPath(rel: string, rules: readonly PathRule[]): string | undefined {
  const p = rel.replace(/\\/gu, '/').replace(/^\.?\/+/u, '');
  return rules.find((r) => globToRegExp(r.path).test(p))?.outlet.trim() || undefined;
}

/** The dump's folder (the one holding it, under the input folder), when it has one. */
export function folderOf(rel: string): string | undefined {
  const parts = rel.replace(/\\/gu, '/').split('/').filter((s) => s && s !== '.');
  return parts.length > 1 ? parts[parts.length - 2] : undefined;
}

export interface UrlLine {
  url: string;
  /** The host without "www.". */
  domain: string;
  /** Offsets of the line in the dump. */
  start: number;
  end: number;
}

// "URL: https://...", "Source: <https://...>", "Canonical URL - https://...", or a URL alone on the
// dump's first or last line (a clipper's header or footer). A URL inside prose or a menu is not one.
const LABELLED = /^[ \t]*(?:(?:original|source|canonical|article|page)[ \t]+)?(?:url|link|source|permalink)[ \t]*[:=-][ \t]*<?(https?:\/\/[^\s<>"]+)>?[ \t]*$/iu;
// A bare URL ends in a URL's character, not a sentence's full stop ("... at http://poll.example.").
const BARE = /^[ \t]*<?(https?:\/\/[^\s<>"]*[^\s<>".,;:!?)])>?[ \t]*$/iu;

/** The dump's URL line: a labelled one among its first and last `reach` non-blank lines, or a bare URL opening or closing it. */
export function urlLine(text: string, reach = 5): UrlLine | undefined {
  const ends = edgeLines(text, reach);
  const pick = (l: EdgeLine, m: RegExpMatchArray | null): UrlLine | undefined => {
    if (!m) return undefined;
    try {
      const host = new URL(m[1]).hostname.toLowerCase().replace(/^www\./u, '');
      return host.includes('.') ? { url: m[1], domain: host, start: l.start, end: l.end } : undefined;
    } catch {
      return undefined;
    }
  };
  for (const l of ends) {
    const hit = pick(l, l.text.match(LABELLED));
    if (hit) return hit;
  }
  const first = ends[0];
  const last = ends[ends.length - 1];
  for (const l of [first, last]) if (l) {
    const hit = pick(l, l.text.match(BARE));
    if (hit) return hit;
  }
  return undefined;
}

interface EdgeLine {
  text: string;
  start: number;
  end: number;
}

/**
 * The first `reach` non-blank lines of `text` and, after them, the last `reach` that are not among them, in
 * order. Read from both ends of the page, not by splitting all of it: the outlet stages ask it of every dump twice.
 */
export function edgeLines(text: string, reach: number): EdgeLine[] {
  const head: EdgeLine[] = [];
  for (let at = 0; at <= text.length && head.length < reach; ) {
    const nl = text.indexOf('\n', at);
    const end = nl < 0 ? text.length : nl;
    const t = text.slice(at, end);
    if (t.trim()) head.push({ text: t, start: at, end });
    if (nl < 0) break;
    at = nl + 1;
  }
  // (a line the head holds is not read again: the page has fewer than 2 * reach non-blank lines)
  const after = head.length ? head[head.length - 1].start : Infinity;
  const tail: EdgeLine[] = [];
  for (let end = text.length; tail.length < reach; ) {
    const nl = end > 0 ? text.lastIndexOf('\n', end - 1) : -1;
    const start = nl + 1;
    if (start <= after) break;
    const t = text.slice(start, end);
    if (t.trim()) tail.push({ text: t, start, end });
    if (nl < 0) break;
    end = nl;
  }
  return head.length < reach ? head : [...head, ...tail.reverse()];
}
