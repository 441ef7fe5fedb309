// The attribution after a quote: `," Lamm said` / `," said Lamm, a spokesman` / `," the economist Ana
// Ruiz, a former adviser, wrote`. The first speech verb (or cue phrase) within reach is the cue; who
// its source is depends on what stands between the quote and the verb (the source rules below, in
// order). After a quote that ended its sentence only `Lamm said` / `the senator said` can follow.
import { appositiveSubject, bareNoun } from '../grammar/appositive.js';
import { tail } from '../grammar/chunks.js';
import { AUXILIARIES, isVerb, lc, NOUN_MARKERS, nounUse, RELATIVES, trimAdverbs } from '../grammar/lexicon.js';
import { subjectLike } from '../grammar/noun-phrase.js';
import type { Vocab } from '../vocab.js';
import { isCap, isPunct, words, type Word } from '../words.js';
import { attributionOf, clauseSource, phraseAt, rightSource, withTitleRunOn, type Attribution } from './source-words.js';

/** Most words between a quote that ended its sentence and its verb (`." Ana Ruiz, the mayor, said`). */
const TIGHT = 4;

/** The words after the quote up to the cue at k, as the source rules read them. */
interface After {
  ws: Word[];
  k: number;
  /** Words of a cue phrase at k ("according to"), 0 for a verb. */
  plen: number;
  /** The words between the quote and the cue, adverbs aside. */
  pre: Word[];
}

/** A source rule: the source words, `null` when the verb attributes nothing, undefined when the rule does not apply. */
type SourceRule = (a: After, v: Vocab) => Word[] | null | undefined;

/** The attribution in masked `text` after a closing mark at `from`, up to `to`; `tight` after a sentence end. */
export function findAfter(text: string, from: number, to: number, tight: boolean, v: Vocab): Attribution | undefined {
  const ws = words(text, from, to).filter((w) => w.end <= to);
  const window = tight ? TIGHT : v.cueWindow;
  for (let k = 0; k < ws.length && k <= window; k++) {
    if (tight && isPunct(ws[k])) return undefined;
    const plen = phraseAt(ws, k, v);
    const cue = plen ? 'phrase' : verbCue(ws, k, v);
    if (cue === 'stop') return undefined;
    if (!cue) continue;
    if (tight && cue === 'verb' && ownObject(ws, k, v)) return undefined;
    const src = sourceAfter({ ws, k, plen, pre: between(ws, k, v) }, v);
    if (!src?.length) return undefined;
    const written = plen ? ws.slice(k, k + plen).map((w) => w.raw).join(' ') : ws[k].bare;
    return attributionOf(text, written, withTitleRunOn(text, src, to, v));
  }
  return undefined;
}

/**
 * `." The star then recalled an incident ...`: after a quote that ended its sentence, a verb with an
 * object of its own (an article or a possessive opens it) says something new, not who spoke the quote;
 * a verb whose object is the person addressed still credits it (`." Lamm told the board.`).
 */
function ownObject(ws: Word[], k: number, v: Vocab): boolean {
  const next = ws[k + 1];
  return !!next && NOUN_MARKERS.has(lc(next)) && !v.addresseeVerbs.has(lc(ws[k]));
}

/**
 * Whether the word at k is a cue verb: a speech verb not used as a noun, not a relative clause's verb
 * ("Ed Roy, an oncologist who advised the mayor ..., said": "advised" is not the cue); a participle
 * right after the quote (", adding that") introduces no source of its own: 'stop'.
 */
function verbCue(ws: Word[], k: number, v: Vocab): 'verb' | 'stop' | undefined {
  if (!isVerb(ws[k], v) || nounUse(ws, k, v)) return undefined;
  if (k > 0 && RELATIVES.has(lc(ws[k - 1]))) return undefined;
  return k === 0 && /ing$/.test(lc(ws[k])) ? 'stop' : 'verb';
}

/**
 * The words between the quote and the cue, a leading comma and trailing adverbs aside (`," Will urged`:
 * a capitalized word alone is a name, not an adverb), and a conjunction opening them (`," as Lamm said
 * on the radio`).
 */
function between(ws: Word[], k: number, v: Vocab): Word[] {
  const b = ws.slice(0, k).filter((w, i) => !(i === 0 && isPunct(w)));
  const pre = b.length === 1 && isCap(b[0].raw) ? b : trimAdverbs(b, v);
  return pre.length > 1 && lc(pre[0]) === 'as' && isCap(pre[1].raw) ? pre.slice(1) : pre;
}

function sourceAfter(a: After, v: Vocab): Word[] | null {
  for (const rule of SOURCE_RULES) {
    const src = rule(a, v);
    if (src !== undefined) return src;
  }
  return null;
}

/** "according to Ana Ruiz": a cue phrase takes the source after it. */
const phraseSource: SourceRule = (a, v) => (a.plen ? rightSource(a.ws, a.k + a.plen, v) : undefined);

/** `," Ana Ruiz said`, `," federal prosecutors wrote`, `," Lamm, the club's top scorer ..., said`: the words between are the subject. */
const subjectBetween: SourceRule = ({ pre }, v) => {
  if (!pre.length || clauseSource(pre, v)) return undefined;
  return subjectLike(pre, v) || bareNoun(pre, v) || appositiveSubject(pre, v) ? pre : undefined;
};

/** `" in the 2008 primary, said Paul Beck`: a phrase set off by commas, then the inverted attribution. */
const invertedAfterAside: SourceRule = ({ ws, k, pre }, v) => {
  if (!pre.length || pre[pre.length - 1].raw !== ',' || lc(ws[k]).endsWith('ing')) return undefined;
  return ws[k + 1] && isCap(ws[k + 1].raw) ? rightSource(ws, k + 1, v) : undefined;
};

/** `" of the case, the unsigned opinion said`: the quote's sentence goes on, then a comma and the source. */
const sourceAfterComma: SourceRule = ({ pre }, v) => {
  const t = tail(pre);
  if (!pre.some((w) => w.raw === ',') || !t.length || pre.some((w) => isVerb(w, v))) return undefined;
  return subjectLike(t, v) || bareNoun(t, v) ? t : undefined;
};

/** `"... and declared a plan`: other words before the verb make it another clause's. */
const otherClause: SourceRule = ({ pre }) => (pre.length ? null : undefined);

/**
 * `," said Ana Ruiz`: the source after the verb, up to a comma or a relative ("said a data expert who
 * has worked for ..." is a source); words with an auxiliary of their own are the reported clause, not
 * an inverted source (`Mr. Roe, citing "...," said the club could be ...`: the subject is before the quote).
 */
const inverted: SourceRule = ({ ws, k }, v) => {
  const src = rightSource(ws, k + 1, v);
  const stop = src.findIndex((w) => w.raw === ',' || v.nameStops.has(lc(w)));
  return src.slice(0, stop < 0 ? src.length : stop).some((w) => AUXILIARIES.has(w.raw)) ? null : src;
};

const SOURCE_RULES: SourceRule[] = [phraseSource, subjectBetween, invertedAfterAside, sourceAfterComma, otherClause, inverted];
