// The source on the left of a speech verb: the subject the reporter's clause gives it ("Smith, a
// spokesman for X, who ..., said"), past adverbs, auxiliaries, openers ("In his statement Saturday,")
// and participle phrases; a reported clause inside another names no source. attribution.ts decides
// where a verb is; this reads who stands before it.
import type { Vocab } from './vocab.js';
import { lc, AUXILIARIES, SUBORDINATORS, isVerb, subjectLike, trimAdverbs, chunks, ownClause, placeAfter, appositive, describes, headNP, describedNP, aside } from './phrases.js';
import { isCap, isPunct, type Word } from './words.js';

/** Subordinators that open a clause with its own subject right before a speech verb ("when a leader says"). */
const SUBORDINATE_CLAUSE = new Set(['when', 'because', 'while', 'although', 'though', 'if', 'whereas', 'since', 'until', 'unless']);
export const RELATIVES = new Set(['who', 'whom', 'which', 'that']);
export const WH = new Set(['what', 'why', 'how', 'where', 'when', 'who', 'which']);

/**
 * The source words on the left of a verb at index k. `framing`: the verb frames a quote, so a clause
 * of its own before it ("... when a leader says "..."") is where its subject is; a reported clause
 * inside another ("... because Mr. Lynch agreed to participate") names no source.
 */
export function leftSource(text: string, ws: Word[], k: number, v: Vocab, framing = false): Word[] {
  return withoutModifier(subjectBefore(text, ws, k, v, framing), v);
}

/**
 * "Another intelligence source speaking to Fox News": a participle and its complement after the head
 * noun modify it; the source is the noun phrase before them (not "the ruling party", "a leading
 * Republican": an -ing word before its noun).
 */
function withoutModifier(src: Word[], v: Vocab): Word[] {
  for (let i = 2; i < src.length - 1; i++) {
    if (isPunct(src[i])) return src;
    if (/^\p{Ll}+ing$/u.test(src[i].raw) && v.nameStops.has(lc(src[i + 1])) && !v.nameStops.has(lc(src[i - 1]))) return src.slice(0, i);
  }
  return src;
}

function subjectBefore(text: string, ws: Word[], k: number, v: Vocab, framing: boolean): Word[] {
  let left = trimAdverbs(ws.slice(0, k), v);
  // "the Democratic front-runner had said": an auxiliary before the verb is the verb's (not after a
  // relative pronoun: "a Democrat who has been endorsed" is the relative clause's verb)
  let bare = left;
  while (bare.length > 1 && AUXILIARIES.has(lc(bare[bare.length - 1])) && !isPunct(bare[bare.length - 2])) bare = trimAdverbs(bare.slice(0, -1), v);
  if (bare.length && !RELATIVES.has(lc(bare[bare.length - 1]))) left = bare;
  // "(Raphael Lemkin, who coined the word genocide, once said": a bracket left open starts the clause
  const bracket = lastIndex(left, (w) => w.raw === '(' || w.raw === ')');
  if (bracket >= 0 && left[bracket].raw === '(') left = left.slice(bracket + 1);
  // "It gets your attention when a leader says": a subordinate clause has its own subject
  const opens = (i: number) => v.determiners.has(lc(left[i])) || v.pronoun.has(lc(left[i])) || isCap(left[i].raw);
  const sub = lastIndex(left, (w, i) => i > 0 && i < left.length - 1 && SUBORDINATE_CLAUSE.has(lc(w)) && opens(i + 1));
  if (framing && sub > 0 && !left.slice(sub + 1).some((w) => isPunct(w) || isVerb(w, v))) left = left.slice(sub + 1);
  if (!left.length) return [];
  // "Roberts said the video should be released but said ...": a coordinated verb shares the subject
  if (['and', 'but'].includes(lc(left[left.length - 1]))) {
    // (not a verb of an opening adverbial clause: "When told Perez was in the Cabinet, Bush thought ...
    // and said" is not "told"'s)
    for (let j = left.length - 2; j > 0; j--) if (isVerb(ws[j], v) && !inOpener(ws, j, left.length - 1, v)) return subjectBefore(text, ws, j, v, framing);
    // "the Wisconsin Republican criticized the plan and said", "A spokesman for X declined to ... but
    // said": no speech verb before, so the subject of the clause's own first verb
    const cs = chunks(left.slice(0, -1), v, text);
    const own = cs.length ? ownClause(cs[cs.length - 1], v) : [];
    const np = (own.length > 1 && (describedNP(own, v) || headNP(own, v))) || [];
    if (np.length && np.length < own.length && subjectLike(np, v) && /^\p{Ll}/u.test(own[np.length].raw)) return np;
  }
  const verb = lc(ws[k]);
  // A participle ("..., saying"): its subject is the main clause's, however many verbs and objects
  // stand between ("Clinton posted a comment on Twitter, saying", "Trump told a rally, saying").
  if (verb.endsWith('ing')) return participleSubject(chunks(left, v, text), v);
  const cs = chunks(left, v, text).map((c) => ownClause(c, v));
  // "Brafman, however, said", "Mr. Reid, half joking, said": an aside before the verb is no description
  while (cs.length > 1 && aside(cs[cs.length - 1], v)) cs.pop();
  if (!cs.length) return [];
  // "Smith, a spokesman for X, who ..., said": walk back over appositive chunks to the name they describe,
  // and keep them with it.
  // Only an appositive closed by a comma just before the verb sends us back; otherwise the last chunk
  // ("Reacting to criticism, the retired neurosurgeon said") is the subject.
  // ("Anthony Anton, president and CEO of X stated": an appositive whose closing comma is missing)
  const closed = left[left.length - 1].raw === ',' || unclosedAppositive(text, cs, v);
  let i = cs.length - 1;
  // (a name inside a relative clause, "Mr. Slinker, whose start-up, Paradata, uses ..., said", is the clause's)
  while (closed && i > 0 && (appositive(cs[i], v) || placeAfter(cs[i - 1], cs[i], v) || (i > 1 && ['who', 'whose', 'which'].includes(lc(cs[i - 1][0]))))) i--;
  if (i < cs.length - 1 || subjectLike(cs[i], v)) {
    const last = cs[cs.length - 1];
    return ws.slice(ws.indexOf(cs[i][0]), ws.indexOf(last[last.length - 1]) + 1);
  }
  return headNP(cs[0], v);
}

/**
 * Whether ws[j] lies in a comma-chunk before ws[k] that opens with a subordinator or adverbial opener
 * ("When told ..., Bush thought ... and said"); not when both are in that clause ("Though she called
 * ... and called").
 */
function inOpener(ws: Word[], j: number, k: number, v: Vocab): boolean {
  let e = j;
  while (e < k && !isPunct(ws[e])) e++;
  if (e === k) return false;
  let s = j;
  while (s > 0 && !isPunct(ws[s - 1])) s--;
  const first = lc(ws[s]);
  return s < j && (SUBORDINATORS.has(first) || v.clauseOpeners.has(first));
}

function lastIndex(ws: Word[], test: (w: Word, i: number) => boolean): number {
  for (let i = ws.length - 1; i >= 0; i--) if (test(ws[i], i)) return i;
  return -1;
}

/** `Anthony Anton, president and CEO of X stated`: a name, a comma, a description, and no closing comma. */
function unclosedAppositive(text: string, cs: Word[][], v: Vocab): boolean {
  // (a description, not a clause: "Ohio, 62-year-old Brenda Johnson railed against ..." is not one)
  const d = cs[1] ?? [];
  if (cs.length !== 2 || !describes(d, v) || !/^\p{Ll}/u.test(d[0].raw) || d.some((w, i) => v.pronoun.has(lc(w)) || (i > 1 && /ed$/.test(lc(w))))) return false;
  const name = cs[0];
  if (!isCap(name[0].raw) || v.determiners.has(lc(name[0])) || v.pronoun.has(lc(name[0])) || headNP(name, v).length !== name.length) return false;
  return text.slice(name[name.length - 1].end, cs[1][0].start).trim() === ',';
}

/**
 * The subject of the clause a participle hangs on: the first chunk that opens with a noun phrase
 * followed by a predicate. Chunks that are only a name or a place ("Salem, New Hampshire,"), or only a
 * time ("Hours later,"), or an opener ("To wit,", "Speaking in Iowa,") carry no subject.
 */
function participleSubject(cs: Word[][], v: Vocab): Word[] {
  // the nearest clause the participle hangs on: "It was a potent punch, as Mrs. Clinton echoed the
  // criticism, saying" is Mrs. Clinton's
  for (const c of [...cs].reverse()) {
    if (v.clauseOpeners.has(lc(c[0])) || /^\p{Lu}\p{Ll}+(?:ing|ed)$/u.test(c[0].raw)) continue;
    // ("After saying her foot was swollen, she ...": a preposition alone opens the participle's own phrase)
    if (c.length === 1 && (v.nameStops.has(lc(c[0])) || SUBORDINATORS.has(lc(c[0])))) continue;
    // ("The retired neurosurgeon has provided no details ..., saying": a state's subject is one here)
    const np = describedNP(c, v, true) || headNP(c, v);
    if (!np.length || !subjectLike(np, v) || (np.length === 1 && v.determiners.has(lc(np[0])))) continue;
    // ("at Mar-a-Lago, Mr. Trump's private club, calling": a possessive noun phrase with no verb is an
    // appositive, not a clause; "Oz's dubious advice earned him ..., and for saying" has one)
    if (np[np.length - 1].possessive && !c.slice(np.length).some((w) => /^\p{Ll}/u.test(w.raw) && (isVerb(w, v) || AUXILIARIES.has(lc(w)) || /ed$/.test(lc(w))))) continue;
    // the predicate: the first word after the noun phrase (adverbs aside) is a lowercase word, not a
    // number or a bracket ("WASHINGTON, Dec. 8 (UPI) —" is a dateline)
    const pred = c.slice(np.length).find((w) => !v.adverbs.has(lc(w)));
    if (pred && /^\p{Ll}/u.test(pred.raw)) return np;
  }
  if (!cs.length) return [];
  // "Michael J. Petrilli, president of the Fordham Institute, tied the scores to ..., saying": the name
  // keeps the appositives between it and its predicate
  const head = headNP(cs[0], v);
  // (an article, or a preposition, alone names no one)
  if (head.length === 1 && (v.determiners.has(lc(head[0])) || v.nameStops.has(lc(head[0])) || SUBORDINATORS.has(lc(head[0])) || v.clauseOpeners.has(lc(head[0])))) return [];
  if (head.length === cs[0].length && isCap(head[0].raw)) {
    const last = cs.length - 1;
    if (last >= 2 && cs.slice(1, last).every((c) => describes(c, v)) && /^\p{Ll}/u.test(cs[last][0].raw)) return cs.slice(0, last).flat();
  }
  return head;
}
