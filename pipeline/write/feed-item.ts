// The content of one JSON Feed item, as a CMS imports it without reading the records: the story's
// title, summary, HTML body and authors, and under `_copydesk` every version with its byline,
// dateline, section and quotes. Pure functions of the records; feeds.ts decides which items a feed
// holds and in what order.
import { createHash } from 'node:crypto';
import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import rehypeSanitize from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import type { ArticleRecord, RecordQuote } from '../record/record.js';
import type { StoredRecord } from './records.js';

/** JSON Feed asks for "a plain text sentence or two": whole sentences up to this length. */
const SUMMARY_MAX_CHARS = 300;
/** A title made from the lede (no version has a headline) ends at a word within this length. */
const LEDE_TITLE_MAX_CHARS = 160;

/** RFC 3339 date-time, as JSON Feed requires; a day without a time is given as its UTC midnight. */
export const rfc3339 = (d: string) => (d.length === 10 ? `${d}T00:00:00Z` : d);

/** The stated rule for a story's canonical article: the original (not a copy), published earliest,
 * then the most complete (longest body), then the smallest id. */
export function canonicalOf(members: StoredRecord[]): StoredRecord {
  const pool = members.filter((m) => !m.record.duplicate_of);
  return (pool.length ? pool : members).slice().sort(
    (a, b) => (a.record.date ?? '9999').slice(0, 10).localeCompare((b.record.date ?? '9999').slice(0, 10)) || b.body.length - a.body.length || a.record.id.localeCompare(b.record.id),
  )[0];
}

// Markdown -> mdast -> hast -> sanitized HTML. rehype-sanitize's default schema is GitHub's: no
// scripts, styles, event handlers, iframes or javascript: URLs, whatever a dump carried.
const markdown = unified().use(remarkParse).freeze();
const toHtml = unified().use(remarkRehype).use(rehypeSanitize).use(rehypeStringify).freeze();

interface Rendered {
  html: string;
  summary: string;
  lede: string;
}

/** Renders kept between runs (the corpus store keeps them per article, under RENDER_VERSION): an
 * unchanged article is not parsed and rendered again each time its story is described. */
export interface RenderCache {
  get(id: string): string | undefined;
  put(id: string, rendered: string): void;
}

/** One body rendered once per build: a record can be a story's canonical and an outlet feed's item. */
export class BodyRenderer {
  private readonly memo = new Map<string, Rendered>();
  constructor(private readonly cache?: RenderCache) {}
  render(r: StoredRecord): Rendered {
    let out = this.memo.get(r.record.id);
    if (!out) {
      const kept = this.cache?.get(r.record.id);
      out = kept ? (JSON.parse(kept) as Rendered) : renderBody(r.body);
      if (!kept) this.cache?.put(r.record.id, JSON.stringify(out));
      this.memo.set(r.record.id, out);
    }
    return out;
  }
}

function renderBody(body: string): Rendered {
  const plain = plainTree(body);
  const tree = plain ?? (markdown.parse(body) as Root);
  // Only the first paragraph with text is read (squashing every paragraph was most of a plain body's render).
  let lede = '';
  for (const n of tree.children) if (n.type === 'paragraph' && (lede = squash(toString(n)))) break;
  return { html: plain ? plainHtml(plain) : toHtml.stringify(toHtml.runSync(tree)), summary: sentences(lede, SUMMARY_MAX_CHARS), lede };
}

/** The HTML the remark-rehype chain (sanitized, stringified) makes of a plainTree: a <p> per paragraph,
 * one newline between them, the text as it stands but `&`, which hast-util-to-html writes as a
 * hexadecimal reference (a plain body holds no `<`, the other character it escapes in text; the tree's
 * lines have no edge space for mdast-util-to-hast to trim). The chain was the main thread's largest
 * cost in describing stories (~0.2 CPU-s of its ~3 on polnear-dev, perf) for a tree this simple.
 * test/feed-plain-body.test.ts pins it against the chain. */
export function plainHtml(tree: Root): string {
  let html = '';
  for (const p of tree.children) {
    const text = p.type === 'paragraph' && p.children.length === 1 && p.children[0].type === 'text' ? p.children[0].value : undefined;
    // (plainTree builds nothing else; a tree of anything else is the chain's)
    if (text === undefined) return toHtml.stringify(toHtml.runSync(tree));
    html += `${html ? '\n' : ''}<p>${text.replaceAll('&', '&#x26;')}</p>`;
  }
  return html;
}

// Most bodies are plain paragraphs: no character Markdown gives a meaning inside a line, no line that
// could open a block, no space at a line's edge. For those the tree remark-parse would build is known
// (a paragraph per run of lines, one text node holding the lines joined by "\n"), so it is built
// directly. remark-parse of every rendered body was ~1.6 s of the main thread's ~8 s in a --cpu-prof
// of a polnear-dev run; the HTML is still made from the tree by the same remark-rehype chain.
// test/feed-plain-body.test.ts pins the tree against remark-parse's for plain and near-plain bodies.
/** A character that means something inside a CommonMark line (escape, code, emphasis, raw HTML or an
 * autolink), or a control character micromark would rewrite or end a line with. */
const INLINE_MARKUP = /[\\`*_<\x00-\x09\x0b-\x1f\x7f]/u;
/** What else gives `&` and brackets a meaning: a character reference, an inline link. Without them
 * (and with no line opening with `[`, so no link definition) both are literal text. */
const REFERENCE = /&#?[A-Za-z0-9]*;|\]\(/u;
/** How a line may open a block (heading, quote, list, rule, setext underline, fence, numbered item,
 * link definition), or an edge space (indented code, a hard break, stripped whitespace). */
const BLOCK_START = /^(?:[#>+\-=~|[]|\d{1,9}[.)]|\s)|\s$/u;

/** remark-parse's tree for a body of plain paragraphs, without positions; undefined for any other body. */
export function plainTree(body: string): Root | undefined {
  if (INLINE_MARKUP.test(body) || REFERENCE.test(body)) return undefined;
  const children: Root['children'] = [];
  let run: string[] = [];
  const flush = () => {
    if (run.length) children.push({ type: 'paragraph', children: [{ type: 'text', value: run.join('\n') }] });
    run = [];
  };
  for (const line of body.split('\n')) {
    if (!line) flush();
    else if (BLOCK_START.test(line)) return undefined;
    else run.push(line);
  }
  flush();
  return { type: 'root', children };
}

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Whole sentences from the start of `text` within `max` characters; a first sentence longer than
 * that is cut at a word, with an ellipsis. */
function sentences(text: string, max: number): string {
  if (text.length <= max) return text;
  let out = '';
  for (const s of text.split(/(?<=[.!?]["'”’)]?)\s+/)) {
    if ((out ? out.length + 1 : 0) + s.length > max) break;
    out = out ? `${out} ${s}` : s;
  }
  return out || cutAtWord(text, max);
}

function cutAtWord(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return (space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:–—-]+$/, '') + '…';
}

const fold = (h: string) => h.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();

/** The story's title: the canonical article's headline; else the headline its versions agree on
 * most (originals before copies, then the earliest, then the smallest id); only when no version
 * has a headline, the canonical's first sentence, cut at a word. */
export function storyTitle(members: StoredRecord[], canon: StoredRecord, renderer: BodyRenderer): { title: string; via: string } {
  if (canon.record.headline) return { title: canon.record.headline, via: 'canonical-headline' };
  const withHeadline = members.filter((m) => m.record.headline);
  if (withHeadline.length) {
    const votes = new Map<string, number>();
    for (const m of withHeadline) votes.set(fold(m.record.headline!), (votes.get(fold(m.record.headline!)) ?? 0) + 1);
    const best = withHeadline.slice().sort(
      (a, b) =>
        Number(!!a.record.duplicate_of) - Number(!!b.record.duplicate_of) ||
        votes.get(fold(b.record.headline!))! - votes.get(fold(a.record.headline!))! ||
        (a.record.date ?? '9999').localeCompare(b.record.date ?? '9999') ||
        a.record.id.localeCompare(b.record.id),
    )[0];
    return { title: best.record.headline!, via: `version-headline:${best.record.id}` };
  }
  const first = renderer.render(canon).lede.split(/(?<=[.!?])\s/)[0] ?? '';
  return { title: cutAtWord(first, LEDE_TITLE_MAX_CHARS) || canon.record.id, via: 'canonical-lede' };
}

export interface QuoteEntry {
  text: string;
  speaker: string | null;
  speaker_name: string | null;
}

/** What `_copydesk` says of one version: where it ran, who wrote it, and who it quotes. */
export function versionOf(rec: ArticleRecord) {
  return {
    id: rec.id,
    outlet: rec.outlet,
    headline: rec.headline,
    date: rec.date,
    byline: rec.byline,
    dateline: rec.dateline,
    section: rec.section,
    quotes: rec.quotes.map(quoteOf),
    duplicate_of: rec.duplicate_of,
    source: rec.source.path,
  };
}

const quoteOf = (q: RecordQuote): QuoteEntry => ({ text: q.text, speaker: q.speaker, speaker_name: q.speaker_name ?? null });

export type FeedItem = Record<string, unknown> & { id: string; title: string; date_published?: string; date_modified?: string };

/** The fields every item shares, from one article: its text in HTML and plain Markdown. */
function contentOf(r: StoredRecord, renderer: BodyRenderer) {
  const rec = r.record;
  const { html, summary } = renderer.render(r);
  return {
    content_html: html,
    content_text: r.body,
    ...(summary ? { summary } : {}),
    ...(rec.date ? { date_published: rfc3339(rec.date) } : {}),
    ...(rec.byline.length ? { authors: rec.byline.map((name) => ({ name })) } : {}),
  };
}

/** An outlet feed's item: one article. */
export function articleItem(r: StoredRecord, renderer: BodyRenderer): FeedItem {
  const rec = r.record;
  const { id: _id, ...version } = versionOf(rec);
  return {
    id: rec.id,
    title: rec.headline ?? (cutAtWord(renderer.render(r).lede.split(/(?<=[.!?])\s/)[0] ?? '', LEDE_TITLE_MAX_CHARS) || rec.id),
    ...contentOf(r, renderer),
    ...(rec.section ? { tags: [rec.section] } : {}),
    _copydesk: { story: rec.story, ...version },
  };
}

/** all.json's item: one story, told by its canonical article, with every version under `_copydesk`. */
export function storyItem(story: string, members: StoredRecord[], renderer: BodyRenderer): FeedItem {
  const canon = canonicalOf(members);
  const versions = members.slice().sort((a, b) => a.record.id.localeCompare(b.record.id));
  const outlets = [...new Set(versions.map((m) => m.record.outlet).filter((o): o is string => !!o))].sort();
  const { title, via } = storyTitle(members, canon, renderer);
  const tags = [...new Set([...(canon.record.section ? [canon.record.section] : []), ...outlets])];
  return {
    id: story,
    title,
    ...contentOf(canon, renderer),
    ...(tags.length ? { tags } : {}),
    _copydesk: {
      story,
      canonical: canon.record.id,
      canonical_rule: 'original, earliest published, then longest body',
      title_from: via,
      outlets,
      versions: versions.map((m) => versionOf(m.record)),
    },
  };
}

/** What a stored render was made by: raise RENDERER when renderBody changes; the digest of a probe
 * document's render follows the Markdown and HTML libraries (an upgrade that renders it otherwise
 * makes every stored render stale). */
const RENDERER = 1;
const PROBE = '# T\n\nA *b* **c** `d` [e](https://example.com "f") <script>x</script> <b onclick="y">z</b>\n\n- g\n- h\n\n> i\n\n1. j\n\n```\nk\n```\n\n| l | m |\n|---|---|\n| n | o |\n\np &amp; q\nr';
export const RENDER_VERSION = `${RENDERER}:${createHash('sha256').update(JSON.stringify(renderBody(PROBE))).digest('hex').slice(0, 16)}`;
