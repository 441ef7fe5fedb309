// The cues a title candidate is scored on, as one vector, and the score: a weighted sum whose weights
// are fitted on labelled pages of many sites (bench/train-headline.ts, `npm run train`) and shipped as
// model.json beside this file. A cue says why a line is or is not the title (candidates.ts computes
// the ones that need the page around it; the line's own shape is read here).
import { wordsOf } from '../chrome/classify.js';
import { isDoubled } from '../../text/doubled.js';
import type { JudgedParagraph } from '../../types.js';
import model from './model.json' with { type: 'json' };

export const FEATURES = [
  'overlap', // share of its content words in the article's opening, scaled down for very short lines
  'echoed', // the page shows it again with other words around it (breadcrumb, share text)
  'length', // words, up to a full title's length, as a share of it
  'up', // paragraphs above the article, up to a header's span
  'far', // paragraphs beyond the header's span (from the article's head over a widget): menus, teasers for other stories
  'long', // longer than titles run: a dek, a summary
  'sentence', // ends with a full stop: a dek, a caption
  'shared', // other dumps of the batch carry it: a section name, a link
  'byCaption', // next to a photo credit
  'copiesLede', // repeats the lede nearly word for word: a dek
  'truncated', // ends with an ellipsis: a teaser
  'shouted', // all capitals: a section label, alt text
  'glued', // words run together: a row of links that lost its spacing
  'tag', // printed several times on the page: a topic tag
  'headed', // a byline or a date line follows within a few paragraphs
  'opensClean', // the first line of a clean dump (the article's text, no page around it)
  'first', // the article's own first paragraph
  'caps', // share of its longer words that are capitalized (Title Case)
  'separator', // holds a page-title separator ("Title | Site")
  'colon', // holds a colon (a kicker run into the title, "Opinion: ...")
  'question', // ends with a question mark
  'digits', // share of its words that are numbers (scores, tables, prices)
  'multiline', // wraps over more than one line
  'prose', // reads as prose (chrome's judgement)
  'words', // its length in words, over 30
  'logUp', // log of 1 + paragraphs above the article (not capped: far headers differ too)
  'nearest', // the title-shaped line closest above the article
  'second', // the next one up
  'gaps', // runs of spaces inside: cells of a table or a toolbar flattened into a line
  'crumbs', // breadcrumb arrows ("Home » Guides » ...")
  'firstPerson', // I, my, we, our: a bio, a pitch, a pull quote
  'quoted', // opens with a quotation mark: a pull quote
  'parenEnd', // ends with a bracket: a caption with its credit
  'exclaim', // ends with an exclamation mark
  'creditEnd', // ends with a photo credit: "... . (Jane Doe)", "... Photo / Agency"
  'chromeVerb', // opens with an order to the reader about the site: "Log in to ...", "Help us ...", "Try our ..."
  'bio', // reads as a writer's bio: "I write about ...", "Reporter covering ..."
  'below', // under the article's first paragraph (that paragraph was a teaser or a dek over the title)
  'doubled', // one phrase printed twice in a row: a link card's title run into its own link text, alt text twice
  'crumbTail', // the last step of a breadcrumb on the page ("Home » Section » This line"): the page's own item
] as const;

export type Feature = (typeof FEATURES)[number];
export type Cues = Record<Feature, number>;
/** Cues of a candidate's rank among the page's candidates (set once all are found). */
export type RankCue = 'nearest' | 'second';
/** Cues that need the page around the candidate (candidates.ts). */
export type PageCue = 'overlap' | 'echoed' | 'length' | 'up' | 'far' | 'long' | 'sentence' | 'shared' | 'byCaption' | 'copiesLede' | 'truncated' | 'shouted' | 'glued' | 'tag' | 'headed' | 'opensClean' | 'below' | 'crumbTail';
export const RANK_CUES: readonly RankCue[] = ['nearest', 'second'];

/** How close a title above the best candidate must score to head its header (candidates.ts rankTitles); null: off. */
export const ABOVE_MARGIN: number | null = (model as { above_margin?: number | null }).above_margin ?? null;

const weights: number[] = FEATURES.map((k) => (model.weights as Record<string, number>)[k] ?? 0);

/** The candidate's score: larger is more title-like. */
export function scoreOf(features: readonly number[]): number {
  let s = 0;
  for (let k = 0; k < features.length; k++) s += weights[k] * features[k];
  return s;
}

// Grammar of the shapes (not words of any site): how credits, calls to action and bios are written.
const CREDIT_END = [
  // A sentence, then its credit in brackets: "... on the bridge. (Jane Doe)".
  /[.!?"”’]\s*\([^()]{2,40}\)$/u,
  // A slash credit: "... Photo / Agency", "AGENCY-WIRE/Jane Doe".
  /\s\/\s?\p{Lu}[\p{L}.&'’-]*(?:\s\p{Lu}[\p{L}.&'’-]*){0,3}(?<=[\p{L}.])$/u,
  /\b\p{Lu}{2,}(?:-\p{Lu}{2,})*\s?\/\s?\p{Lu}\p{Ll}+(?:\s\p{Lu}[\p{L}'’-]+){0,2}$/u,
  // A person and their team or party in brackets, nothing else: "Jane Doe (Example United)".
  /^\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+){1,2}\s\([^()]+\)$/u,
];
const CHROME_VERB = /^(?:log ?in|sign (?:in|up)|subscribe|register|advertise|donate|click|tap|please|learn more|read more|see more|shop|download|follow us|join us|contact us|help us|support us|try our|get our|visit our|where would you)\b/iu;
const BIO = [
  /^(?:I|I'm|I’m|She|He|They)\s+(?:write|writes|cover|covers|report|reports|am|is|was|have|has|live|lives|work|works)\b/u,
  /\b(?:reporting|writing) from\b/iu,
  /\b(?:reporter|writer|editor|correspondent|columnist|contributor)\s+(?:reporting|writing|focusing|covering|based)\b/iu,
];

/** Share of a line's longer words (four letters or more) that are capitalized: near 1 in Title Case. */
export function capsShare(text: string): number {
  const long = wordsOf(text).filter((w) => /^\p{L}{4,}/u.test(w));
  return long.length ? long.filter((w) => /^\p{Lu}/u.test(w)).length / long.length : 0;
}

/** Cues read off the paragraph itself. */
export function shapeCues(p: JudgedParagraph, first: boolean, up: number): Omit<Cues, RankCue | PageCue> {
  const ws = wordsOf(p.text);
  return {
    first: +first,
    caps: capsShare(p.text),
    separator: +/\s[|–—-]\s|\|/u.test(p.text),
    colon: +/:/.test(p.text),
    question: +/\?["'”’]?$/u.test(p.text),
    digits: ws.length ? ws.filter((w) => /^\p{N}+$/u.test(w)).length / ws.length : 0,
    multiline: +(p.lines.length > 1),
    prose: +(p.kind === 'prose'),
    words: ws.length / 30,
    logUp: Math.log1p(up),
    gaps: +/\S {3,}\S/u.test(p.text),
    crumbs: +/\s[»›>]\s/u.test(p.text),
    firstPerson: +/\b(?:I|[Mm]y|[Ww]e|[Oo]ur|[Mm]e)\b/u.test(p.text),
    quoted: +/^["'“‘«]/u.test(p.text),
    parenEnd: +/\)$/u.test(p.text),
    exclaim: +/!["'”’]?$/u.test(p.text),
    creditEnd: +CREDIT_END.some((re) => re.test(p.text)),
    chromeVerb: +CHROME_VERB.test(p.text),
    bio: +BIO.some((re) => re.test(p.text)),
    doubled: +isDoubled(p.text),
  };
}
