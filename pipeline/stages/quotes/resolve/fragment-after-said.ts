// A fragment with no attribution of its own, in the sentence right after one that closes on a speech
// verb and its source ("It is hard to undo, he said. Good reporting still wins, but only when "the
// facts are plain.""): the reporter is still relaying that source's words, so the fragment is theirs.
// So is one credited only to its sentence's subject when that names no one ("Good" above). Only the
// sentence right after, in the same paragraph, and only when that sentence ends with the attribution
// (", he said.", ", said Ana Roe."): a scare quote further on, or after a sentence that merely names
// someone, is seldom the speaker's (continuity.ts, fragmentsBefore).
import lexicon from '../../../text/lexicon.js';
import { isVerb, lc } from '../grammar/lexicon.js';
import type { Prepared } from '../marks/prepare.js';
import type { Vocab } from '../vocab.js';
import { isCap, isPunct, sentenceStart, words, type Word } from '../words.js';
import type { QuoteFind } from '../data.js';
import type { Speakers } from './speakers.js';
import { lowerCase } from '../../../text/lower-case.js';

/** Most words between the comma and the sentence's end in a closing attribution (", said Ana B. Roe, a lawyer."). */
const TAIL_WORDS = 6;

export function fragmentAfterSaid(found: QuoteFind[], prepared: Prepared[], speakers: Speakers, v: Vocab): void {
  for (const f of found) {
    // (a word or two in quotes is a term the reporter marks, not words to credit: filters drop those unsaid)
    if (f.speaker || (f.attribution && !subjectOfNoOne(f)) || !f.partial || f.span.open < 0 || f.text.split(/\s+/u).length < v.minWords) continue;
    const p = prepared[f.block];
    const own = sentenceStart(p.ends, f.span.open);
    if (own <= 0) continue;
    const prev = sentenceStart(p.ends, own - 1);
    const tail = attributionTail(p.masked, prev, own, v);
    // (the masked text blanks quotes: the attribution must close reporter's words, not a quote)
    if (!tail || /["\u201c\u201d]/u.test(p.block.text.slice(tail[0].start, own))) continue;
    // (a reported "he said" is recorded only when it goes on from its own sentence's subject: resolved here)
    const gender = tail.length === 1 ? v.pronoun.get(lc(tail[0])) : undefined;
    f.speaker = gender ? speakers.pronounAt(gender, p.block.start + tail[0].start) : speakers.latest(p.block.start + prev, p.block.start + own);
    if (f.speaker) f.speakerBy = 'speaker-fragment-after-said';
  }
}

/**
 * A fragment credited only to the subject of the sentence it is woven into, a subject that names no one
 * the article knows ("Good information can still win ... "the facts are plain."": "Good" is no name).
 */
function subjectOfNoOne(f: QuoteFind): boolean {
  if (f.attributedBy !== 'attribution-clause-subject' || f.speakerBy !== 'speaker-unresolved') return false;
  // (a common word capitalized because it opens the sentence; "Israel has imposed ..." names a subject)
  const word = f.source.trim();
  return /^\p{Lu}\p{Ll}+$/u.test(word) && !!lexicon[lowerCase(word)];
}

/**
 * The source words when the sentence [from, to) ends with a comma, then a short source and a speech
 * verb in either order.
 */
function attributionTail(text: string, from: number, to: number, v: Vocab): Word[] | undefined {
  const ws = words(text, from, to).filter((w) => w.end <= to);
  let comma = -1;
  for (let k = ws.length - 1; k >= Math.max(0, ws.length - 1 - TAIL_WORDS); k--) {
    if (ws[k].raw === ',') {
      comma = k;
      break;
    }
  }
  const tail = ws.slice(comma + 1);
  if (comma < 1 || tail.length < 2 || tail.some((w) => isPunct(w))) return undefined;
  // ", he said." / ", Lamm said." or ", said Lamm." (not ", saying every ...": a participle's clause)
  if (isVerb(tail[tail.length - 1], v) && tail.length <= 3) return tail.slice(0, -1);
  return isVerb(tail[0], v) && !lc(tail[0]).endsWith('ing') && isCap(tail[1].raw) ? tail.slice(1) : undefined;
}
