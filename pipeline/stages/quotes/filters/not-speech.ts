// Quoted text that is not speech: titles of films, books, shows and articles (`the documentary "Harbor
// Lights"`, `on "Meet the Mayor"`), terms, nicknames and quoted modifiers (`the so-called "ferry tax"`,
// `a new "too big to fail" tax`), a linked story's excerpt, a translation, a poll's answer option, site
// chrome. Each rule is a file; they are tried in order, and the first to answer decides: a verdict
// drops the quote, 'speech' keeps it at once (a sign's words, a crowd's chant). Scare quotes (a short
// fragment nobody is said to have said) are dropped by length where quotes are emitted. Every cue word
// is data (vocabulary.json), so the rules read the same in any house style.
import type { Vocab } from '../vocab.js';
import { alternativeTitle } from './alternative-title.js';
import { Around } from './around.js';
import { chant } from './chant.js';
import { citedInParens } from './cited-in-parens.js';
import { citedYear } from './cited-year.js';
import { creditedWork } from './credited-work.js';
import { definedTerm } from './defined-term.js';
import { excerptBeforeLink } from './excerpt-link.js';
import { gloss } from './gloss.js';
import { headlineInApposition } from './headline-apposition.js';
import { inscription } from './inscription.js';
import { jobBeforeName } from './job-title.js';
import { pollOption } from './poll-option.js';
import { quotedModifier } from './quoted-modifier.js';
import { roleAfterWork } from './role-after-work.js';
import { siteChrome } from './site-chrome.js';
import { termCue } from './term-cue.js';
import { namedTitle, titleAfterPreposition, titleAndSubtitle, titleCue, titleVerb } from './title-cues.js';
import { unattributedTitle } from './title-case.js';

/** Why a quote is not speech. */
export type Verdict = 'title' | 'term' | 'link' | 'gloss' | 'option' | 'chrome';

/** A rule: a verdict, 'speech' to keep the quote as speech at once, or undefined to ask the next rule. */
export type NotSpeechRule = (a: Around) => Verdict | 'speech' | undefined;

const RULES: NotSpeechRule[] = [
  inscription,
  chant,
  titleCue,
  titleAndSubtitle,
  titleVerb,
  namedTitle,
  titleAfterPreposition,
  termCue,
  creditedWork,
  quotedModifier,
  citedYear,
  alternativeTitle,
  unattributedTitle,
  siteChrome,
  roleAfterWork,
  citedInParens,
  headlineInApposition,
  excerptBeforeLink,
  definedTerm,
  jobBeforeName,
  gloss,
  pollOption,
];

/**
 * Why the quote at [open ...] (text `quote`) of block `text` is not speech, or undefined when it may be.
 * `cued` says whether a speech verb attributes it. (A fragment woven into the reporter's sentence with
 * nobody named, "the ad targets a "corrupt system that ..."", is still someone's words: kept, with a
 * null speaker, when it is long enough to be speech.)
 */
export function notSpeech(text: string, open: number, quote: string, cued: boolean, v: Vocab): Verdict | undefined {
  const around = new Around(text, open, quote, cued, v);
  for (const rule of RULES) {
    const r = rule(around);
    if (r === 'speech') return undefined;
    if (r) return r;
  }
  return undefined;
}
