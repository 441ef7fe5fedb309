// The attribution before a quote: `Lamm said: "...` / `She added, "...` / `Lamm, who ..., said the plan
// would "...`. Words are read back from the quote's opening mark, up to `cue_window` words; at each word
// the rules below are tried in order, and the first that answers decides: an attribution, or 'next'
// (this word is no cue: go on to the one before). With no cue in reach, a colon may introduce the
// quote (colon.ts).
import type { Vocab } from '../vocab.js';
import { words, type Word } from '../words.js';
import { colonIntroduction } from './colon.js';
import { cuePhraseBefore } from './cue-phrase-before.js';
import { inWords } from './in-words.js';
import { leftSubject } from './left-subject.js';
import { madeBy } from './made-by.js';
import { notACue } from './not-a-cue.js';
import { objectClause } from './object-clause.js';
import { openingVerb } from './opening-verb.js';
import { passive } from './passive.js';
import { quotedAs } from './quoted-as.js';
import { relativeWhich } from './relative-which.js';
import { relativeWho } from './relative-who.js';
import type { Attribution } from './source-words.js';

/** The masked text and its words before the quote, as the rules read them. */
export interface Before {
  text: string;
  ws: Word[];
}

/** A rule at word k: an attribution, 'next' when ws[k] is settled as no cue, undefined when the rule says nothing. */
export type BeforeRule = (b: Before, k: number, v: Vocab) => Attribution | 'next' | undefined;

const RULES: BeforeRule[] = [cuePhraseBefore, inWords, madeBy, quotedAs, openingVerb, relativeWhich, notACue, passive, relativeWho, objectClause, leftSubject];

/** The attribution in masked `text` between `from` and the quote's opening mark at `to`. */
export function findBefore(text: string, from: number, to: number, v: Vocab): Attribution | undefined {
  const b: Before = { text, ws: words(text, from, to) };
  const stop = Math.max(0, b.ws.length - 1 - v.cueWindow);
  for (let k = b.ws.length - 1; k >= stop; k--) {
    const found = atWord(b, k, v);
    if (found) return found;
  }
  return colonIntroduction(b, v);
}

function atWord(b: Before, k: number, v: Vocab): Attribution | undefined {
  for (const rule of RULES) {
    const r = rule(b, k, v);
    if (r === 'next') return undefined;
    if (r) return r;
  }
  return undefined;
}
