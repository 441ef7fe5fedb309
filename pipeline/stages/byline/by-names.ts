// The by-line grammar: the names after a "By" on a line ("By A and B", "By: A, B - @site", "BatyBy A",
// "Oct 30 2020 by A", "Movies By A | March 28"), or none when the line has no byline cue.
import lexicon from '../../text/lexicon.js';
import { compile } from '../../config/spec.js';
import { findDates, type ZoneTable } from '../../text/dates.js';
import { splitNames, unglue } from '../../text/names.js';
import type { Cfg } from './context.js';
import { bylinePatterns } from './spec.js';
import { rulesOf } from './words.js';
import { cueOf } from '../../text/literals.js';

const compiled = new WeakMap<Cfg, { gluedBy: RegExp; by: RegExp; cue?: RegExp }>();
/**
 * The byline patterns, compiled once per config (the by-line source tries them on every line), and their cue:
 * a line that holds none of the strings they need (text/literals.ts: "by", "author", ...) has no credit, and
 * most lines hold none (86-96% of the lines read, naeb-dev, silver-dev, polnear-dev). Every pattern a credit is read by is in the cue, so it holds for any
 * pattern the settings give; one it cannot read leaves no cue, and every line is read as before.
 */
function patternsOf(cfg: Cfg) {
  let p = compiled.get(cfg);
  if (!p) {
    const gluedBy = compile(cfg.glued_by_pattern, bylinePatterns.gluedBy);
    const by = compile(cfg.by_pattern, bylinePatterns.by);
    compiled.set(cfg, (p = { gluedBy, by, cue: cueOf([gluedBy, by, TWICE_BY, AUTHOR_ALONE, SECTION_BY, SENTENCE_BY]) }));
  }
  return p;
}

/** What the byline grammar may also use: the date patterns (a credit after a date) and given names (a one-word credit). */
export interface ByGrammar {
  zones?: ZoneTable;
  given?: ReadonlySet<string>;
  /** Places and regions (a beat before a job title: "By Ana Ruiz China Correspondent"). */
  places?: ReadonlySet<string>;
}

/** Names after a "By" on line `t`, or undefined when the line has no byline cue. */
export function byNames(t: string, cfg: Cfg, g: ByGrammar = {}): string[] | undefined {
  const { gluedBy, by, cue } = patternsOf(cfg);
  // (Each rewrite below keeps a part of the line or adds "By" only where TWICE_BY or AUTHOR_ALONE matched it.)
  if (cue && !cue.test(t)) return undefined;
  // An avatar's alt text, then the byline: "Ana Ruiz By Ana Ruiz".
  // After a bullet, the avatar's alt text may say whose picture it is ("• Picture of Ana Ruiz By Ana Ruiz").
  const twice = t.includes(' By ') ? TWICE_BY.exec(t) : null;
  if (twice) t = 'By ' + twice[1];
  // "Author Ana Ruiz Ana Ruiz": a label with no colon, then only the name (twice, its avatar's alt text
  // and the name); with anything after the name the line is a sentence ("Author Ana Ruiz thinks ...").
  const label = AUTHOR_ALONE.exec(t);
  if (label) t = 'By ' + label[1];
  // A credit after the story's date or age: "Oct 30 2020 by Ana Ruiz", "Posted 3 hours ago by Ana Ruiz".
  t = afterDate(t, g.zones);
  const glued = gluedBy.exec(t);
  if (glued) t = t.slice(glued.index + glued[0].length);
  const m = glued ? { index: 0, 0: '' } : (by.exec(t) ?? sectionBy(t) ?? sentenceBy(t));
  if (!m) return undefined;
  // The name twice, as an avatar's alt text and the name ("Ana Ruiz Ana Ruiz"): once. An image between
  // the label and the name ("Written by:[headshot]Ana Ruiz") is no part of it.
  const rest = unglue(t.slice(m.index + m[0].length).replace(IMAGE_IN, ' ')).replace(TWICE, '$1');
  if (!rest.trim()) return undefined;
  // A picture's credit, not the story's: a licence, a stock library or a photo site after the name
  // ("By Ana Ruiz (Harborpix) [CC BY 2.0], via Wikimedia Commons").
  if (IMAGE_CREDIT.test(rest)) return [];
  const rules = g.given || g.places ? { ...rulesOf(cfg), given: g.given, places: g.places } : rulesOf(cfg);
  const names = splitNames(rest, rules, { explicit: true });
  if (names.length) return handle(names, g.given) ? [] : names;
  // "by ana ruiz": a credit in lower case, two or three words the lexicon does not know, nothing after them.
  const low = LOWER_CREDIT.exec(rest);
  if (low && low[1].split(/\s+/u).every((w) => !Object.hasOwn(lexicon, w))) return splitNames(low[1].replace(/\p{Ll}+/gu, (w) => w[0].toUpperCase() + w.slice(1)), rulesOf(cfg), { explicit: true });
  return oneName(rest, g.given);
}
const TWICE_BY = /^\s*(?:[•·*-]\s*)?(?:(?:picture|photo|image|avatar|headshot|portrait) of\s+)?(\p{Lu}.{2,60}?)\s+By\s+\1\s*$/iu;
/** Licences, stock libraries and photo sites: what an image's credit names after the photographer. */
const IMAGE_CREDIT = /\b(?:CC[ -]BY(?:-\p{L}{2})*\b|Creative Commons|Wikimedia|Flickr|Getty Images|Shutterstock|iStock)/iu;

/**
 * A one-word credit glued of a brand and a known given name ("By HarborTaxAna"): a user's handle, not the
 * writer's name (an organisation's one-word credit, "AJLabs", ends with no given name).
 */
function handle(names: string[], given?: ReadonlySet<string>): boolean {
  const m = names.length === 1 ? /^\p{Lu}[\p{L}\p{N}]*?\p{Ll}(\p{Lu}\p{Ll}{2,})$/u.exec(names[0]) : null;
  return !!m && !!given?.has(m[1].toLowerCase());
}
const AUTHOR_ALONE = /^\s*[Aa]uthor\s+(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){1,3})(?:\s+\1)?\s*$/u;
const LOWER_CREDIT = /^\s*(\p{Ll}{2,}(?:\s\p{Ll}{2,}){1,2})\s*$/u;
const TWICE = /^\s*(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){1,3})\s+\1(?=$|[\s,|•·])/u;
const CLOCK = /^\s*\d{1,2}:\d{2}\s*(?:[AaPp]\.?[Mm]\.?)?(?:\s+\p{Lu}{2,4}\b)?\s*/u;
const AGE = /^\s*(?:posted|published|updated)\s+\d{1,2}\s+(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?)\s+ago\s+(?=by\b)/iu;

/**
 * "Movies By Ana Ruiz | March 28, 2017": a section's name (one or two nouns), then "By" with a capital,
 * then the credit and a cell mark or a digit (the story's date). Not a craft ("Photo By", "Video By")
 * nor a verb ("Powered By", "Stand By").
 */
function sectionBy(t: string): RegExpExecArray | null {
  const m = SECTION_BY.exec(t);
  if (!m || !CELL_OR_DAY.test(t.slice(m[0].length))) return null;
  const ws = m[1].toLowerCase().split(/\s+/u);
  return ws.every((w) => /^NNS?$/u.test(lexicon[w]?.[0] ?? '') && !CRAFT.test(w)) ? m : null;
}
const SECTION_BY = /^\s*(\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+)?)\s+By\s+(?=\p{Lu})/u;
const CRAFT = /^(?:photo|image|picture|icon|logo|illustration|video|graphic|art|artwork|design|map|chart|film|footage|audio|cartoon|drawing|animation|interview|review|edit|translation)s?$/u;
/** After the credit, a cell mark or a month's day ("| March 28", "Mar 28, 2017"): a meta line, not an image's credit. */
const CELL_OR_DAY = /[|•·]|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\p{L}*\.?\s+\d/iu;

/**
 * "... beyond the coast. By Ana Ruiz on Dec. 19, 2025": a standfirst's last sentence, then the credit
 * with a capital "By" and "on" the story's day (a sentence's own "By" has no day after the name).
 */
export function sentenceBy(t: string): RegExpExecArray | null {
  // (SENTENCE_BY opens with a look-behind, so it is tried at every place of every line the by-line source reads;
  // it needs a "By" as written, which most lines lack: ~0.5% of the chain's CPU on polnear-dev.)
  if (!t.includes('By')) return null;
  const m = SENTENCE_BY.exec(t);
  return m && ON_DAY.test(t.slice(m.index + m[0].length)) ? m : null;
}
const SENTENCE_BY = /(?<=\p{Ll}[.!?]["”’]?)\s+By\s+(?=\p{Lu})/u;
const ON_DAY = /^(?:\p{Lu}[\p{L}.'’-]*\s+){1,3}on\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\p{L}*\.?\s+\d{1,2}\b/iu;
/** An image as w3m prints it, inside a line: "[headshot]". */
const IMAGE_IN = /\[[^\]\n]{0,60}\]/gu;

/** The line from its "by" on when the line opens with a date or an age and a "by" follows it. */
function afterDate(t: string, zones?: ZoneTable): string {
  const age = AGE.exec(t);
  if (age) return t.slice(age[0].length);
  if (!zones || !/\d/u.test(t.slice(0, 40))) return t;
  // "5:45 AM PST 11/19/2019 by Ana Ruiz": the clock time may stand before the day.
  const from = CLOCK.exec(t)?.[0].length ?? 0;
  let at = from;
  // "December 10, 2021April 9, 2019 by Ana Ruiz": dates one after another, then the credit.
  for (let k = 0; k < 3; k++) {
    const d = findDates(t.slice(at), zones).sort((a, b) => a.index - b.index)[0];
    if (!d || t.slice(at, at + d.index).trim()) break;
    at += d.index + d.length;
  }
  if (at === from) return t;
  const rest = /^[\s/|,–—-]*(?=by\b)/iu.exec(t.slice(at));
  return rest ? t.slice(at + rest[0].length) : t;
}

/** A one-word credit after "By" that is a given name ("By Kristin", "by Kay 24 Comments"), else none. */
function oneName(rest: string, given?: ReadonlySet<string>): string[] {
  const m = /^\s*(\p{Lu}\p{Ll}+)(.*)$/u.exec(rest);
  if (!m) return [];
  // A word no list knows as a given name counts when the lexicon knows it as no English word and a date
  // or a cell follows it ("by Zarek | On 8 Apr", "by Zarek December 6, 2017"), not nothing.
  const dated = /^\s*[|•·]|^\s+\d/u.test(m[2]) || MONTH_DAY_NEXT.test(m[2]);
  // A month or a weekday opens a sentence's date instead ("By July 2013, the show ...").
  if (!given?.has(m[1].toLowerCase()) && !(dated && !Object.hasOwn(lexicon, m[1].toLowerCase()) && !CALENDAR_WORD.test(m[1]))) return [];
  // Then nothing, a cell, a handle, a place or a date: not the first word of a longer credit.
  return /^\s*$|^\s*[|,(•·@]|^\s+(?:on|at|in)\b|^\s+\d/u.test(m[2]) || MONTH_DAY_NEXT.test(m[2]) ? [m[1]] : [];
}

/** A month and a day next ("December 6, ...", "Dec. 6"). */
const MONTH_DAY_NEXT = /^\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\p{L}*\.?\s+\d/iu;

/** A month's or a weekday's name, whole or short. */
const CALENDAR_WORD = /^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|(?:mon|tues|wednes|thurs|fri|satur|sun)day)$/iu;
