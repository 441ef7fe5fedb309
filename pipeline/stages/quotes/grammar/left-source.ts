// The source on the left of a speech verb: the subject the reporter's clause gives it ("Doe, a
// spokesman for the port, who ..., said"), past adverbs, auxiliaries, openers ("In her statement
// Saturday,") and participle phrases; a reported clause inside another names no source. The
// attribution rules decide where a verb is; this reads who stands before it.
import type { Vocab } from '../vocab.js';
import { isCap, isPunct, type Word } from '../words.js';
import { aside, appositive, describes, placeAfter } from './appositive.js';
import { chunks, ownClause } from './chunks.js';
import { ARTICLES, AUXILIARIES, CONJ, isVerb, lc, RELATIVES, SUBORDINATORS, trimAdverbs } from './lexicon.js';
import { describedNP, headNP, subjectLike } from './noun-phrase.js';
import { absoluteSubject } from './absolute.js';
import { participleSubject } from './participle.js';
import { pronounSubject } from './pronoun-subject.js';

/** Subordinators that open a clause with its own subject right before a speech verb ("when a leader says"). */
const SUBORDINATE_CLAUSE = new Set(['when', 'because', 'while', 'although', 'though', 'if', 'whereas', 'since', 'until', 'unless']);

/**
 * The source words on the left of a verb at index k. `framing`: the verb frames a quote, so a clause
 * of its own before it ("... when a leader says "..."") is where its subject is; a reported clause
 * inside another ("... because Mr. Dunn agreed to take part") names no source.
 */
export function leftSource(text: string, ws: Word[], k: number, v: Vocab, framing = false): Word[] {
  return withoutModifier(subjectBefore(text, ws, k, v, framing), v);
}

/**
 * "Another source speaking to the paper": a participle and its complement after the head noun modify
 * it; the source is the noun phrase before them (not "the ruling party", "a leading Democrat": an -ing
 * word before its noun).
 */
function withoutModifier(src: Word[], v: Vocab): Word[] {
  for (let i = 2; i < src.length - 1; i++) {
    if (isPunct(src[i])) return src;
    if (/^\p{Ll}+ing$/u.test(src[i].raw) && v.nameStops.has(lc(src[i + 1])) && !v.nameStops.has(lc(src[i - 1]))) return src.slice(0, i);
  }
  return src;
}

function subjectBefore(text: string, ws: Word[], k: number, v: Vocab, framing: boolean): Word[] {
  const left = clauseBefore(ws, k, v, framing);
  if (!left.length) return [];
  const absolute = lc(ws[k]).endsWith('ing') ? absoluteSubject(ws.slice(0, k), v) : undefined;
  if (absolute) return absolute;
  if (['and', 'but'].includes(lc(left[left.length - 1]))) {
    const shared = coordinatedSubject(text, ws, left, v, framing);
    if (shared) return shared;
  }
  const relative = relativeAntecedent(text, ws, left, v);
  if (relative) return relative;
  if (!lc(ws[k]).endsWith('ing')) return appositiveSubject(text, ws, left, v, k + 1);
  // (not the progressive after an appositive: in "Roe, the harbor's longest-serving pilot, is
  // promising" the -ing word is the clause's own verb, its subject the name the appositive describes;
  // clauseBefore keeps "is" after the appositive's closing comma)
  const be = progressive(text, ws, k, v) ? (BE.has(lc(left[left.length - 1])) ? left.slice(0, -1) : left) : [];
  if (be.length > 1 && be[be.length - 1].raw === ',') return appositiveSubject(text, ws, be, v);
  // A participle ("..., saying"): its subject is the main clause's, however many verbs and objects
  // stand between ("Doe posted a comment online, saying", "the mayor told a rally, saying").
  return participleSubject(chunks(left, v, text), v);
}

/** Forms of "be" that make an -ing verb after them a progressive ("is promising", "was telling"). */
const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been']);

/**
 * Whether the -ing verb at k follows a form of "be", adverbs aside, written right before it ("is now
 * promising"; not "could be “messy,” adding", where a quote stands between).
 */
function progressive(text: string, ws: Word[], k: number, v: Vocab): boolean {
  // (the vocabulary's adverbs hold "is" and "was": what may stand between a source and its verb)
  for (let j = k - 1; j >= 0 && /^\s*$/u.test(text.slice(ws[j].end, ws[j + 1].start)); j--) {
    if (BE.has(lc(ws[j]))) return true;
    if (!v.adverbs.has(lc(ws[j]))) return false;
  }
  return false;
}

/**
 * The words before the verb at k that its subject is read from: adverbs and the verb's own auxiliaries
 * dropped ("the front-runner had said"; not after a relative pronoun: "a Democrat who has been
 * endorsed" is the relative clause's verb), from a bracket left open ("(Ed Lamm, who coined the word,
 * once said"), and, for a verb framing a quote, from a subordinate clause that has its own subject ("It
 * helps a lot when the mayor says").
 */
function clauseBefore(ws: Word[], k: number, v: Vocab, framing: boolean): Word[] {
  let left = trimAdverbs(ws.slice(0, k), v);
  let bare = left;
  while (bare.length > 1 && AUXILIARIES.has(lc(bare[bare.length - 1])) && !isPunct(bare[bare.length - 2])) bare = trimAdverbs(bare.slice(0, -1), v);
  if (bare.length && !RELATIVES.has(lc(bare[bare.length - 1]))) left = bare;
  const bracket = lastIndex(left, (w) => w.raw === '(' || w.raw === ')');
  if (bracket >= 0 && left[bracket].raw === '(') left = left.slice(bracket + 1);
  // (only a framing verb's subject is read past a subordinator: the search is not made for the others,
  // names/reported.ts's every speech verb)
  if (!framing) return left;
  const sub = subordinateAt(left, v);
  if (sub > 0 && !left.slice(sub + 1).some((w) => isPunct(w) || isVerb(w, v))) left = left.slice(sub + 1);
  return left;
}

/** Index of the last subordinator that opens a clause of its own inside `left` (-1 when none). */
function subordinateAt(left: Word[], v: Vocab): number {
  const opens = (w: Word) => v.determiners.has(lc(w)) || v.pronoun.has(lc(w)) || isCap(w.raw);
  return lastIndex(left, (w, i) => i > 0 && i < left.length - 1 && SUBORDINATE_CLAUSE.has(lc(w)) && opens(left[i + 1]));
}

/**
 * "Roe said the video should be released but said ...": a coordinated verb shares the subject of the
 * speech verb before it (not a verb of an opening adverbial clause: "When told Ann was in the cabinet,
 * Lee thought ... and said" is not "told"'s); with no speech verb before, the subject of the clause's
 * own first verb ("the Ohio Republican criticized the plan and said", "A spokesman for X declined to ...
 * but said"). Undefined when neither is there.
 */
function coordinatedSubject(text: string, ws: Word[], left: Word[], v: Vocab, framing: boolean): Word[] | undefined {
  for (let j = left.length - 2; j > 0; j--) if (isVerb(ws[j], v) && !inOpener(ws, j, left.length - 1, v)) return subjectBefore(text, ws, j, v, framing);
  const cs = chunks(left.slice(0, -1), v, text);
  const own = cs.length ? ownClause(cs[cs.length - 1], v) : [];
  const np = (own.length > 1 && (describedNP(own, v) || headNP(own, v))) || [];
  if (np.length && np.length < own.length && subjectLike(np, v) && /^\p{Ll}/u.test(own[np.length].raw)) return np;
  return undefined;
}

/**
 * "Doe, a spokesman for X, who ..., said": walk back over appositive chunks to the name they describe,
 * and keep them with it. Only an appositive closed by a comma just before the verb sends us back;
 * otherwise the last chunk ("Reacting to criticism, the retired surgeon said") is the subject. An aside
 * before the verb ("Lamm, however, said", "Mr. Roe, half joking, said") is no description.
 */
// (`from`: where in ws the words after the verb start, none by default; they are sliced only for
// pronounSubject, the last reading tried: slicing them for every speech verb was the most of subjectBefore's own time)
function appositiveSubject(text: string, ws: Word[], left: Word[], v: Vocab, from = ws.length): Word[] {
  const cs = chunks(left, v, text).map((c) => ownClause(c, v));
  while (cs.length > 1 && aside(cs[cs.length - 1], v)) cs.pop();
  if (!cs.length) return [];
  // ("Al Anton, president and CEO of X stated": an appositive whose closing comma is missing)
  const closed = left[left.length - 1].raw === ',' || unclosedAppositive(text, cs, v);
  let i = cs.length - 1;
  while (closed && i > 0 && describesBefore(cs, i, v)) i--;
  if (i < cs.length - 1 || subjectLike(cs[i], v)) {
    const last = cs[cs.length - 1];
    return ws.slice(ws.indexOf(cs[i][0]), ws.indexOf(last[last.length - 1]) + 1);
  }
  return contactSubject(cs[cs.length - 1], v) ?? pronounSubject(cs[cs.length - 1], ws.slice(from), v) ?? headNP(cs[0], v);
}

/** Most words of the subject of a relative clause with no relative word. */
const CONTACT_WORDS = 4;

/**
 * "... than change the one rule the founders wrote": a noun heading a noun phrase, then a short noun
 * phrase opened by an article right before the verb, is a relative clause with no "that"; the phrase is the verb's
 * subject, not whatever opens the sentence.
 */
function contactSubject(c: Word[], v: Vocab): Word[] | undefined {
  const d = lastIndex(c, (w) => ARTICLES.has(lc(w)));
  if (d < 2 || c.length - d < 2 || c.length - d > CONTACT_WORDS) return undefined;
  // (the word before heads a noun phrase of its own: "the one rule", "which point"; "or explain the
  // source stated" has a verb there)
  if (!c.slice(Math.max(0, d - 3), d - 1).some((w) => v.determiners.has(lc(w)) || ['which', 'what'].includes(lc(w)))) return undefined;
  const np = c.slice(d);
  if (np.some((w) => isPunct(w) || isVerb(w, v) || AUXILIARIES.has(lc(w)) || v.nameStops.has(lc(w)))) return undefined;
  const n = c[d - 1];
  const l = lc(n);
  const noun = !isPunct(n) && !isVerb(n, v) && !AUXILIARIES.has(l) && !v.nameStops.has(l) && !v.determiners.has(l) && !v.pronoun.has(l) && !v.adverbs.has(l) && !CONJ.has(l) && !/(?:ly|ing|ed)$/u.test(l);
  return noun && subjectLike(np, v) ? np : undefined;
}

/**
 * "... was backed by Sen. Ann Roe of Ohio, the ranking Democrat, who said": a "who" after a comma
 * speaks for the name its appositives describe, wherever that name stands in its clause (after "by",
 * an object). Only a name: "the senator, who said" is read as before.
 */
function relativeAntecedent(text: string, ws: Word[], left: Word[], v: Vocab): Word[] | undefined {
  if (left.length < 3 || lc(left[left.length - 1]) !== 'who' || left[left.length - 2].raw !== ',') return undefined;
  const before = left.slice(0, -1);
  const cs = chunks(before, v, text).map((c) => ownClause(c, v));
  let i = cs.length - 1;
  while (i > 0 && describesBefore(cs, i, v)) i--;
  const name = nameAtEnd(cs[i], v);
  if (!name.length) return undefined;
  const last = cs[cs.length - 1];
  return ws.slice(ws.indexOf(name[0]), ws.indexOf(last[last.length - 1]) + 1);
}

/** The capitalized name closing a chunk ("... by Sen. Ann Roe of Ohio" -> "Sen. Ann Roe of Ohio"); none after an article. */
function nameAtEnd(c: Word[], v: Vocab): Word[] {
  let s = c.length;
  while (s > 0 && (isCap(c[s - 1].raw) || (s > 1 && v.particles.has(lc(c[s - 1])) && isCap(c[s - 2].raw)) || (lc(c[s - 1]) === 'of' && s < c.length && s > 1 && isCap(c[s - 2].raw)))) s--;
  // ("Novelist Jo Watson, from Ohio, who": a role noun capitalized at the sentence start is no part of the name)
  while (c.length - s > 2 && v.personNouns.has(lc(c[s]))) s++;
  const name = c.slice(s);
  // ("for the Wisconsin Republican, who": capitals after an article are a description, not a name;
  // "Ed Roe and Al Kerr, who": the relative is both of them)
  if (!name.length || (s > 0 && (v.determiners.has(lc(c[s - 1])) || ['and', 'or', '&'].includes(lc(c[s - 1]))))) return [];
  return isCap(name[0].raw) && !v.determiners.has(lc(name[0])) && !v.pronoun.has(lc(name[0])) && headNP(name, v).length ? name : [];
}

/**
 * Chunk i stands beside the chunk before it: an appositive, the second half of a place, or a name
 * inside a relative clause ("Mr. Lamm, whose start-up, Paradox, uses ..., said" is the clause's).
 */
function describesBefore(cs: Word[][], i: number, v: Vocab): boolean {
  return appositive(cs[i], v) || placeAfter(cs[i - 1], cs[i], v) || (i > 1 && ['who', 'whose', 'which'].includes(lc(cs[i - 1][0])));
}

/**
 * Whether ws[j] lies in a comma-chunk before ws[k] that opens with a subordinator or adverbial opener
 * ("When told ..., Lee thought ... and said"); not when both are in that clause ("Though she called
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

/** `Al Anton, president and CEO of X stated`: a name, a comma, a description, and no closing comma. */
function unclosedAppositive(text: string, cs: Word[][], v: Vocab): boolean {
  // (a description, not a clause: "Ohio, 62-year-old Bea Jonas railed against ..." is not one)
  const d = cs[1] ?? [];
  if (cs.length !== 2 || !describes(d, v) || !/^\p{Ll}/u.test(d[0].raw)) return false;
  if (d.some((w, i) => v.pronoun.has(lc(w)) || (i > 1 && /ed$/.test(lc(w))))) return false;
  const name = cs[0];
  if (!isCap(name[0].raw) || v.determiners.has(lc(name[0])) || v.pronoun.has(lc(name[0]))) return false;
  return headNP(name, v).length === name.length && text.slice(name[name.length - 1].end, cs[1][0].start).trim() === ',';
}
