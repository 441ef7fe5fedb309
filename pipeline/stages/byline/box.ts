// A byline box with no "By" and no date beside it: a name standing alone on its line that the lines
// around it mark as a writer's, not as a person the story is about:
//   "Ana Ruiz•@anaruiz", "Ana Ruiz (@anaruiz)"         the name and a social handle;
//   "Ana Ruiz, Contributor", "Ana Ruiz, Tri Staff"     the name and a job title after a comma;
//   "Ana RuizStaff Writer", "Ana Ruiz Senior Editor"   the name and a job title after it;
//   "Ana Ruiz•Oct 20, 2025", "Ana Ruiz|Updated 2h ago"  the name, a cell mark and the story's date or age;
//   "Ana Ruiz" over "@anaruiz"                         the name over its own handle (a part of the name in it);
//   "Ana Ruiz" over "Yesterday 3:20pm", "2h ago",      the name over the story's age, a reading time
//     "Published 3 seconds ago", "4 min read",         or a job title (alone, or after the name again).
//     "Senior Editor", "Ana Ruiz Senior Editor"
// A page that lists several such boxes for different people (a river of teasers, a staff list) names
// none of them the writer unless one stands just under the headline.
import type { Line } from '../../text/lines.js';

export interface BoxRead {
  lines: Line[];
  /** The headline's line, when the headline stands in the text. */
  headLine?: number;
  /** First and last line of the article's prose, when chrome found any. */
  article?: { first: number; last: number };
  /** The names a bare-name text gives (the stage's own reading: people, not sections), else none. */
  names: (text: string) => string[];
  /** True when the text is only job-title words ("Senior Editor", "Staff Writer"). */
  titleOnly: (text: string) => boolean;
  /** The names a text gives when a job title follows them on the line ("Ana RuizStaff Writer"), else none. */
  titled?: (text: string, inside?: boolean) => string[];
  /**
   * True when a name's given name is one the stage knows. The names above may also give names it does not
   * know (shaped as a person's, vouched for by the box's marks): those count only in a box just under the
   * headline, on a line that is no list item (a menu's "Currency Converter" over "News" reads as one too).
   */
  known?: (name: string) => boolean;
}

/** w3m prints an image as its alt text in brackets: "[headshot] Ana Ruiz". */
const IMAGE = /^(?:\[[^\]\n]{0,60}\]\s*)+/u;
const BULLET = /^[•·*□○■☆●-]\s*/u;
/**
 * A social handle after the name, then at most an age ("/ 2 days", "• 1h ago"), an age with "ago" then
 * the story's day and time ("3 minutes ago Tue 4th May 2021 | 09:15 AM": numbers, times, capitalised words).
 */
const HANDLE = /^(.+?)\s*(?:[•·,|/]\s*|\s)(?:@[\w.]{2,30}|\(@[\w.]{2,30}\))\s*(?:[/•·|]?\s*\d{1,3}\s*\p{L}{1,8}(?:\s+ago(?:\s+(?:\d{1,4}(?:st|nd|rd|th)?,?|\d{1,2}:\d{2}|[AaPp]\.?[Mm]\.?|\||\p{Lu}\p{Ll}{2,8},?)){2,8})?)?\s*$/u;
/** A job title after a comma: capitalised words, the last one a title word ("Contributor", "Tri Staff"). */
const COMMA_TITLE = /^(\p{Lu}[^,]{2,50}),\s+((?:\p{Lu}[\p{L}.&’'-]*\s+){0,3}\p{Lu}\p{Ll}+)\s*$/u;
/** The story's age or reading time standing on the line under the name. */
const STAMP = new RegExp(
  [
    '(?:published|updated|posted)\\b.{0,40}',
    '(?:yesterday|today|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\\b[\\s,]*\\d{1,2}[:.]\\d{2}\\s*(?:[ap]\\.?m\\.?)?',
    '\\d{1,3}\\s*(?:s|m|h|d|w|secs?|seconds?|mins?|minutes?|hrs?|hours?|days?|weeks?|months?)\\s+ago\\b.{0,30}',
    '\\d{1,3}\\s+min(?:ute)?s?\\s+read',
  ]
    .map((p) => `(?:${p})`)
    .join('|'),
  'iu',
);
const STAMP_LINE = new RegExp(`^(?:${STAMP.source})\\s*$`, 'iu');
const DAY = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\\p{L}*\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}|\\d{1,2}[/.]\\d{1,2}[/.]\\d{2,4}';
/** The name, a cell mark and the story's date or age on one line: "Ana Ruiz•Oct 20, 2025", "Ana Ruiz|Published 4 months ago". */
const NAME_STAMP = new RegExp(`^(.+?)\\s*[•·|]\\s*(?:${STAMP.source}|${DAY})`, 'iu');
/** Lines into the article's prose where a name and a job title on one line still read as its byline. */
const TITLED_INSIDE = 8;
/** Lines searched under the headline for a box before the rule gives up on the page's lists. */
const UNDER_HEAD = 15;

interface Box {
  names: string[];
  line: Line;
}

/** An avatar's alt text before the name: "Picture of Ana Ruiz Ana Ruiz", "icon Ana Ruiz". */
const AVATAR = /^(?:(?:picture|photo|image|avatar|headshot|portrait) of|icon)\s+(?=\p{Lu})/iu;
/** The name twice, as an avatar's alt text and as the name ("Ana Ruiz Ana Ruiz"): once. */
const TWICE = /^(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){1,3})\s*\1(?=$|\s)/u;

/** The text of a line without its image alt texts, bullet and an avatar's alt text before the name. */
export function boxText(t: string): string {
  return t.trim().replace(IMAGE, '').replace(BULLET, '').replace(IMAGE, '').replace(AVATAR, '').replace(TWICE, '$1').trim();
}

/** A line without the images w3m prints before it ("[f87a] by Ana Ruiz" -> "by Ana Ruiz"). */
export function withoutImages(t: string): string {
  return IMAGE.test(t.trimStart()) ? t.trimStart().replace(IMAGE, '') : t;
}

/** The names of line `i` when it is a byline box, else none; `titled` when read from a name and a job title. */
function boxAt(r: BoxRead, i: number): { names: string[]; titled?: boolean } {
  const titled = { names: [] as string[], titled: true };
  const names = shapeAt(r, i, titled);
  return names === titled.names ? titled : { names };
}

function shapeAt(r: BoxRead, i: number, titled: { names: string[] }): string[] {
  // Inside the article's prose a name over a handle or an age is an embedded post, a quoted card.
  const a = r.article;
  const inside = !!a && i > a.first && i < a.last;
  // ... but its first lines may be the byline chrome took for prose: a name and a job title is no prose.
  if (inside && i - a.first > TITLED_INSIDE) return [];
  const raw = r.lines[i].text;
  if (raw.length < 4 || raw.length > 160) return [];
  const t = boxText(raw);
  if (t.length < 4 || t.length > 80 || !/^\p{Lu}/u.test(t)) return [];
  if (inside) return (titled.names = r.titled?.(t, true) ?? []);
  // Each shape's pattern only where its mark stands (the rule reads every short line of a page).
  const handle = (t.includes('@') ? HANDLE.exec(t) : null) ?? (/[•·|]/u.test(t) ? NAME_STAMP.exec(t) : null);
  if (handle) return r.names(handle[1]);
  const comma = t.includes(',') ? COMMA_TITLE.exec(t) : null;
  if (comma) {
    const last = comma[2].split(/\s+/u).pop() ?? '';
    return r.titleOnly(last) ? r.names(comma[1]) : [];
  }
  // The name and a job title on one line, glued or not ("Ana RuizContact Reporter", "Ana Ruiz Senior Editor").
  titled.names = r.titled?.(t) ?? [];
  if (titled.names.length) return titled.names;
  // The line under it first (cheap), then the names (the stage's full reading of a name).
  const next = r.lines.slice(i + 1, i + 4).find((l) => l.text.trim());
  if (!next) return [];
  const n = boxText(next.text);
  // The name over itself with a job title ("Ana Ruiz" / "Ana Ruiz Senior Contributor"): an author card.
  const again = n.length > t.length && n.startsWith(t) && r.titleOnly(n.slice(t.length));
  if (!again && !STAMP_LINE.test(n) && !r.titleOnly(n) && !ownHandle(n, t)) return [];
  const names = r.names(t);
  if (names.length !== 1 || names[0].length < t.replace(/\s+/gu, ' ').length - 1) return [];
  // Over the story's age alone, a name whose given name the stage does not know must stand on another
  // line of the page too (an author box, a bio): "Video Gallery" over "Yesterday 3:20pm" is a section's.
  // Its own handle under it vouches for it.
  const stampOnly = !again && !r.titleOnly(n) && !ownHandle(n, t);
  if (stampOnly && r.known && !r.known(names[0]) && r.lines.filter((l) => l.text.includes(names[0])).length < 2) return [];
  return names;
}


/** A social handle standing alone on its line (a bullet before it aside). */
const HANDLE_LINE = /^@([\w.]{3,30})$/u;
/**
 * True when `under` is a handle made from the name on line `t` ("Ana Ruiz" over "@anaruiz" or
 * "@RuizWrites"): the writer's own account under the credit, as a byline box prints it. A handle that
 * shares no part of the name is a site's or another person's.
 */
function ownHandle(under: string, t: string): boolean {
  const m = HANDLE_LINE.exec(under);
  if (!m) return false;
  const h = m[1].toLowerCase();
  return t.toLowerCase().split(/\s+/u).slice(0, 3).some((w) => w.length >= 3 && /^\p{L}+$/u.test(w) && h.includes(w));
}

/** A list item: a bullet, or w3m's indent before one. */
const LIST_ITEM = /^\s*(?:\[[^\]\n]{0,60}\]\s*)*[•·*□○■☆●-]/u;

/** True when line `n` stands just under the headline. */
function underHead(r: BoxRead, n: number): boolean {
  return r.headLine !== undefined && n > r.headLine && n - r.headLine <= UNDER_HEAD;
}

/**
 * The page's byline box: the one just under the headline, else the only name its boxes give. A name
 * and a job title on one line counts only under the headline: elsewhere it is as often a staff list, a
 * masthead or a sidebar's editor (measured: taken anywhere, it cost silver-dev byline precision).
 */
export function bylineBox(r: BoxRead): Box | undefined {
  const boxes: (Box & { titled: boolean })[] = [];
  for (let i = 0; i < r.lines.length; i++) {
    const { names, titled } = boxAt(r, i);
    if (!names.length) continue;
    const loose = !!r.known && !names.every(r.known);
    if (loose && (!underHead(r, r.lines[i].n) || LIST_ITEM.test(r.lines[i].text))) continue;
    boxes.push({ names, line: r.lines[i], titled: !!titled || loose });
  }
  if (!boxes.length) return undefined;
  const under = boxes.find((b) => underHead(r, b.line.n));
  if (under) return { names: under.names, line: under.line };
  const rest = boxes.filter((b) => !b.titled);
  const distinct = new Set(rest.map((b) => b.names.join('|')));
  return distinct.size === 1 ? { names: rest[0].names, line: rest[0].line } : undefined;
}
