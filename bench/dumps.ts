// Dumps for the whole-pipeline bench: news pages as a scraper leaves them (a site's nav bar and
// footer around a headline, byline, date, a datelined lede, paragraphs with quotes), about a tenth of
// them re-posts of an earlier one (perturb.ts). Paragraphs come from real news text when ../shared is
// present (recombined across articles, so no dump repeats a real one), else from a small grammar.
// Dump i is a pure function of (seed, i): any size is made the same way, and a 1k batch can be made
// apart from a 16k one.
//
// Two ways to recombine (DumpSpec.stories):
// - 'stories' (the default): news as it arrives. Each dump reports a story (about six dumps a story,
//   arriving within a day or two of each other; a third of the dumps are stories told once); a story
//   has its own cast of invented names and places, put in place of the capitalized words of the real
//   paragraphs it uses, and a handful of paragraphs its dumps share (rewrites and follow-ups); every
//   paragraph is 2-4 sentences drawn from the whole pool, so the dumps of two stories share common
//   words and now and then a sentence, but not their people, places and paragraphs, as in a real
//   window of news.
// - 'paragraphs': every dump draws its paragraphs from the whole pool. A pool of ~16k paragraphs then
//   makes each paragraph recur in n/2000 dumps of unrelated content: a graph of weak links whose
//   density grows with the batch, which real news does not have (kept to compare with).
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { NAVBARS, perturb, prng, PERTURBATIONS } from '../test/perturb.js';

const GIVEN = ['Ana', 'Tomas', 'Mira', 'Jonah', 'Priya', 'Elena', 'Marcus', 'Ruth', 'Omar', 'Lena', 'Victor', 'Grace', 'Felix', 'Nadia', 'Samuel', 'Irene'];
const FAMILY = ['Okafor', 'Lindqvist', 'Moreau', 'Castell', 'Haddad', 'Brennan', 'Ivers', 'Tanaka', 'Oduya', 'Serrano', 'Whitlock', 'Demir', 'Kowal', 'Achebe', 'Ferreira', 'Lund'];
const PLACES = ['PORT ALDER', 'RIVERTON', 'CASTLE HILL', 'NEW BRAMPTON', 'SALT MARSH', 'EASTFIELD', 'GREYWATER', 'MILLBROOK'];
const SUBJECTS = ['The council', 'The harbour authority', 'State regulators', 'The school board', 'Local police', 'The utility', 'A federal judge', 'The transit agency', 'Hospital officials', 'The mayor'];
const VERBS = ['approved', 'delayed', 'rejected', 'announced', 'reviewed', 'expanded', 'suspended', 'funded', 'questioned', 'defended'];
const OBJECTS = ['a plan to rebuild the waterfront', 'new limits on overnight parking', 'a budget for road repairs', 'the contract for a new clinic', 'a study of flood defences', 'changes to the bus network', 'an inquiry into the fire', 'a levy for school buildings'];
const WHEN = ['on Monday', 'on Tuesday night', 'after a long debate', 'late on Friday', 'this week', 'earlier this month'];
const WHY = ['after complaints from residents', 'citing rising costs', 'despite objections from business owners', 'to meet a state deadline', 'as the season began', 'following a review'];
const QUOTES = ['We have waited long enough for this, and people want to see work start', 'Nobody here was asked what they thought about it', 'It is a fair compromise and it protects the families who live there', 'The numbers simply do not add up for a town of this size', 'We will keep pressing until the promises are kept'];
const SITES = ['The Harbor Gazette', 'Valley Courier', 'Coast Daily', 'Metro Ledger', 'Island Times', 'Northern Record', 'The Evening Post', 'County Herald'];
const FOOTERS = ['© The newsroom. All rights reserved.', 'Privacy | Terms | Contact | Advertise', 'Sign up for the morning briefing.'];

const pick = <T>(r: () => number, xs: readonly T[]) => xs[Math.floor(r() * xs.length)];

function grammarParagraph(r: () => number): string {
  const n = 2 + Math.floor(r() * 3);
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    if (r() < 0.3) out.push(`"${pick(r, QUOTES)}," said ${pick(r, GIVEN)} ${pick(r, FAMILY)}, ${pick(r, ['a resident', 'a spokeswoman for the agency', 'who runs a shop nearby', 'a council member'])}.`);
    else out.push(`${pick(r, SUBJECTS)} ${pick(r, VERBS)} ${pick(r, OBJECTS)} ${pick(r, WHEN)}, ${pick(r, WHY)}.`);
  }
  return out.join(' ');
}

/** Paragraphs of real news text from ../shared, when present (read once). */
export function realParagraphs(sharedDir: string): string[] {
  const out: string[] = [];
  for (const c of ['polnear-dev', 'ecbplus-dev']) {
    const dir = path.join(sharedDir, 'corpora', c, 'docs');
    if (!existsSync(dir)) continue;
    for (const f of readdirSync(dir).sort())
      for (const p of readFileSync(path.join(dir, f), 'utf8').split(/\n\s*\n/).slice(1))
        if (p.split(/\s+/).length >= 25) out.push(p.replace(/\s+/g, ' ').trim());
  }
  return out;
}

export interface DumpSpec {
  seed: number;
  copyShare: number;
  /** Real paragraphs to recombine; empty for the grammar. */
  paragraphs: readonly string[];
  /** First publication day (days since the epoch); dumps spread over `days` days. */
  day0: number;
  days: number;
  /** How dumps are recombined (see the top of this file); 'stories' by default. */
  recombine?: 'stories' | 'paragraphs';
}

const SYLLABLES = 'ka lo mi ne ru sa ti vo pe da gu ri zo ba fe hi ju ma no se te vi wa yo an el or ur in'.split(' ');
const inventedName = (r: () => number) => {
  let w = '';
  for (let n = 2 + Math.floor(r() * 2); n > 0; n--) w += pick(r, SYLLABLES);
  return w[0].toUpperCase() + w.slice(1);
};

/** The story dump i reports, or null when it is a story told once. */
function storyOf(i: number, seed: number): number | null {
  const r = prng(seed ^ Math.imul(i + 7, 0x85ebca6b));
  if (r() < 1 / 3) return null;
  // Stories of about six dumps, whose dumps arrive over the next ~1500 (a day and a half at 1000 a day).
  return Math.floor((i - Math.floor(r() * Math.min(i, 1500))) / 4);
}

interface Story {
  names: string[];
  paragraphs: string[];
}

function storyCast(s: DumpSpec, story: number | null, i: number): Story {
  const r = prng(s.seed ^ Math.imul((story ?? -(i + 1)) + 0x3c6ef372, 0x27d4eb2f));
  const names = Array.from({ length: 14 }, () => inventedName(r));
  const paragraphs = Array.from({ length: 10 }, () => mixedParagraph(s, r));
  return { names, paragraphs };
}

/** Sentences of the real paragraphs (split once per pool). */
const sentenceCache = new WeakMap<readonly string[], string[]>();
function sentencesOf(paragraphs: readonly string[]): string[] {
  let out = sentenceCache.get(paragraphs);
  if (!out) sentenceCache.set(paragraphs, (out = paragraphs.flatMap((p) => p.split(/(?<=[.!?]["\u201d]?)\s+(?=["\u201c]?\p{Lu})/u)).filter((x) => x.split(' ').length >= 6)));
  return out;
}

/** A paragraph of 2-4 sentences drawn from the whole pool: two stories share a sentence now and then, as
 * news shares a phrase, never a whole paragraph. */
function mixedParagraph(s: DumpSpec, r: () => number): string {
  if (!s.paragraphs.length) return grammarParagraph(r);
  const pool = sentencesOf(s.paragraphs);
  return Array.from({ length: 2 + Math.floor(r() * 3) }, () => pick(r, pool)).join(' ');
}

/** The story's names in place of a paragraph's capitalized words (a sentence's first word stays). */
function recast(text: string, names: readonly string[]): string {
  return text.replace(/(^|[.!?]["\u201d]?\s+|["\u201c]\s*)?\b(\p{Lu}[\p{Ll}'\u2019-]{2,})\b/gu, (m, lead: string | undefined, w: string) => {
    if (lead !== undefined) return m;
    let h = 0;
    for (let c = 0; c < w.length; c++) h = Math.imul(h ^ w.charCodeAt(c), 0x01000193);
    return names[(h >>> 0) % names.length];
  });
}

/** A quote of the pool is what someone said in one real story; in a dump it is said in this story, so its
 * first long word becomes a name of the story's cast. Rewrites of a story still share their quotes, but two
 * stories do not: in ecbplus-dev no two articles of different events share a quote key (0 of 371 pairs),
 * where pool quotes taken as they are gave 56k such pairs in 16k dumps, each a strong link (quote_similarity)
 * between unrelated stories. */
function recastQuotes(text: string, names: readonly string[]): string {
  return text.replace(/([\u201c"])([^\u201c\u201d"]+)([\u201d"])/gu, (_, open: string, inner: string, close: string) => {
    let done = false;
    const said = inner.replace(/\b\p{Ll}{5,}\b/gu, (w) => {
      if (done) return w;
      done = true;
      let h = 0x9e37;
      for (let c = 0; c < w.length; c++) h = Math.imul(h ^ w.charCodeAt(c), 0x01000193);
      return names[(h >>> 0) % names.length];
    });
    return open + said + close;
  });
}

function original(s: DumpSpec, i: number): string {
  const r = prng(s.seed ^ Math.imul(i + 1, 0x2c1b3c6d));
  const site = pick(r, SITES);
  const date = new Date((s.day0 + Math.floor((i / 1000) % s.days)) * 864e5).toISOString().slice(0, 10);
  const n = 4 + Math.floor(r() * 8);
  let paras: string[];
  let headline: string;
  let place: string;
  if (s.recombine === 'paragraphs') {
    paras = Array.from({ length: n }, () => (s.paragraphs.length ? pick(r, s.paragraphs) : grammarParagraph(r)));
    headline = `${pick(r, SUBJECTS)} ${pick(r, VERBS)} ${pick(r, OBJECTS)}`;
    place = pick(r, PLACES);
  } else {
    const cast = storyCast(s, storyOf(i, s.seed), i);
    // Most paragraphs from the story's own (rewrites and follow-ups share them), the rest from the pool;
    // the headline and the dateline name the story's people and place, as a news headline does.
    paras = Array.from({ length: n }, () => recastQuotes(recast(r() < 0.6 ? pick(r, cast.paragraphs) : mixedParagraph(s, r), cast.names), cast.names));
    headline = `${pick(r, cast.names.slice(0, 3))} ${pick(r, VERBS)} ${pick(r, OBJECTS)} in ${cast.names[3]}`;
    place = cast.names[3].toUpperCase();
  }
  return [
    pick(r, NAVBARS),
    site,
    headline,
    `By ${pick(r, GIVEN)} ${pick(r, FAMILY)}`,
    date,
    `${place} — ${paras[0]}`,
    ...paras.slice(1),
    pick(r, FOOTERS),
  ].join('\n\n');
}

/** Dump i: an original, or (about `copyShare` of them) a re-post of an earlier one. */
export function dump(s: DumpSpec, i: number): string {
  const r = prng(s.seed ^ Math.imul(i + 1, 0x9e3779b1));
  if (i > 0 && r() < s.copyShare) return perturb(original(s, Math.max(0, i - 1 - Math.floor(r() * 500))), pick(r, PERTURBATIONS), s.seed + i);
  return original(s, i);
}

/** Writes dumps [from, to) into `dir`, 1000 to a subfolder (as nightly folders would hold them). */
export function writeDumps(dir: string, s: DumpSpec, from: number, to: number): void {
  for (let i = from; i < to; i++) {
    const sub = path.join(dir, String(Math.floor(i / 1000)).padStart(4, '0'));
    if (i % 1000 === 0 || i === from) mkdirSync(sub, { recursive: true });
    writeFileSync(path.join(sub, `dump-${String(i).padStart(7, '0')}.txt`), dump(s, i));
  }
}
