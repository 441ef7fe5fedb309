// Where a quote's attribution is: a speech verb (or "according to") in the same sentence, with the
// source on one side of it. After the quote: `," Smith said` / `," said Smith, a spokesman` /
// `," the economist Jane Doe, a former adviser, wrote`. Before it: `Smith said: "...` / `He added, "...` /
// `Smith, who ..., said the plan would "...`. Works on a masked copy of the block in which every quote's
// words are blanked, so nothing inside a quote is ever read as its own attribution.
import type { Vocab } from './vocab.js';
import { lc, ARTICLES, AUXILIARIES, CONJ, isVerb, nounUse, subjectLike, trimAdverbs, slice, chunks, appositiveSubject, bareNoun, tail, headNP, describedNP } from './phrases.js';
import { isCap, isPunct, words, type Word } from './words.js';
import { leftSource, RELATIVES, WH } from './left-source.js';

export interface Attribution {
  /** The verb or phrase as written ("said", "according to"). */
  cue: string;
  /** The source phrase as written (a name, a pronoun, a description with its appositive). */
  source: string;
  /** Offsets (in the block) of the source phrase, for resolving pronouns against what came before. */
  at: number;
  end: number;
  /** A transcript turn's label ("WALLACE:"): as explicit as a verb, though none is written. */
  turn?: boolean;
}

/** Index of a cue phrase ("according to") starting at word i, or 0 when none. */
function phraseAt(ws: Word[], i: number, v: Vocab): number {
  for (const p of v.phrases) {
    if (i + p.length <= ws.length && p.every((t, k) => ws[i + k].raw.toLowerCase() === t)) return p.length;
  }
  return 0;
}

const CLAUSE_WORDS = new Set([...RELATIVES, 'what', 'whether']);

/**
 * "that border security is working", "That match-up is almost", "that he's empowered": a phrase opened by
 * a relative or wh- word with a verb or a pronoun subject of its own is a clause, not a source (a
 * demonstrative before a noun, "That letter", stays one).
 */
export function clauseSource(src: Word[], v: Vocab): boolean {
  // (not a subordinator: "When I agreed" has its subject after it)
  if (src.length < 2 || !CLAUSE_WORDS.has(lc(src[0]))) return false;
  const comma = src.findIndex((w) => w.raw === ',');
  return src.slice(1, comma < 0 ? src.length : comma).some((w) => {
    const l = lc(w);
    return AUXILIARIES.has(l) || v.pronoun.has(l) || v.pronoun.has(l.replace(/['\u2019](?:s|re|ve|d|ll)$/u, ''));
  });
}

/**
 * The source in src once a clause is set aside: src itself when it is none; the subject after the
 * clause's last wh- word when one stands there ("That is why critics say"); else nothing.
 */
function clauseFree(src: Word[], v: Vocab): Word[] {
  if (!clauseSource(src, v)) return src;
  let j = src.length - 1;
  while (j >= 0 && !CLAUSE_WORDS.has(lc(src[j])) && !WH.has(lc(src[j]))) j--;
  const rest = src.slice(j + 1);
  if (j <= 0 || !rest.length || rest.some((w) => isPunct(w) || AUXILIARIES.has(lc(w)) || isVerb(w, v))) return [];
  return subjectLike(rest, v) || bareNoun(rest, v) ? rest : [];
}

const TIGHT = 4;
/** The source words on the right of a verb (inverted: `said Smith, a spokesman`). */
function rightSource(ws: Word[], k: number, v: Vocab): Word[] {
  let s = k;
  while (s < ws.length && (v.beforeSource.has(lc(ws[s])) || isPunct(ws[s]))) s++;
  // (`said Geoff Garin, a pollster, citing Mrs. Clinton's emphasis on ...`: a participle clause after
  // a comma says what the source did, not who they are)
  // (not a modifier in -ing: ", managing director of ...")
  const clause = (w?: Word) => !!w && (isCap(w.raw) || v.determiners.has(lc(w)) || v.nameStops.has(lc(w)) || lc(w) === 'that' || v.pronoun.has(lc(w)));
  for (let e = s + 1; e < ws.length - 2; e++) if (ws[e].raw === ',' && /^\p{Ll}+ing$/u.test(ws[e + 1].raw) && clause(ws[e + 2])) return ws.slice(s, e);
  return ws.slice(s);
}

/**
 * The attribution of the quote spanning [open, close) in the masked block, searching the text after it
 * (up to `afterEnd`) and before it (from `beforeStart`); partial quotes look before first.
 */
export function attribute(masked: string, open: number, close: number, beforeStart: number, afterEnd: number, partial: boolean, sentenceEnded: boolean, v: Vocab, sentenceTo = afterEnd): Attribution | undefined {
  const after = close >= 0 ? findAfter(masked, close, afterEnd, sentenceEnded, v) : undefined;
  if (partial) return findBefore(masked, beforeStart, open, v) ?? after ?? (close >= 0 ? invertedAtEnd(masked, close, sentenceTo, v) ?? openerSubject(masked, beforeStart, open, close, sentenceTo, v) : undefined) ?? clauseSubject(masked, beforeStart, open, v);
  return after ?? findBefore(masked, beforeStart, open, v);
}

/**
 * An inverted attribution closing the sentence of a fragment, however far after it (`The promise to "take
 * our country back" and "make America great again" appeals to ..., said Alan Abramowitz, a
 * demographer`): a comma, a speech verb, then a capitalized source running to the sentence end.
 */
function invertedAtEnd(text: string, from: number, to: number, v: Vocab): Attribution | undefined {
  const ws = words(text, from, to).filter((w) => w.end <= to);
  for (let k = ws.length - 2; k > 0; k--) {
    if (ws[k - 1].raw !== ',' || !isVerb(ws[k], v) || lc(ws[k]).endsWith('ing')) continue;
    const src = rightSource(ws, k + 1, v);
    if (!src.length || !isCap(src[0].raw) || v.pronoun.has(lc(src[0]))) return undefined;
    return { cue: ws[k].bare, source: slice(text, src), at: src[0].start, end: src[src.length - 1].end };
  }
  return undefined;
}

/**
 * A fragment inside the sentence's opening phrase (`In an address that spoke to the "frustration, the
 * fear" over ..., Mrs. Clinton struck ...`): the phrase hangs on the main clause, whose subject stands
 * right after the comma that closes it.
 */
function openerSubject(text: string, from: number, open: number, close: number, to: number, v: Vocab): Attribution | undefined {
  const before = words(text, from, open);
  if (!before.length || before.some((w) => isPunct(w))) return undefined;
  const first = before[0];
  // (a preposition's phrase: "While ...", "As ...", "Asked by X if ..." open clauses of their own, whose
  // fragments are often another's words)
  if (!v.placePreps.has(lc(first))) return undefined;
  const rest = words(text, close, to).filter((w) => w.end <= to);
  const comma = rest.findIndex((w) => w.raw === ',');
  if (comma < 0) return undefined;
  const c = chunks(rest.slice(comma + 1), v)[0] ?? [];
  const np = headNP(c, v);
  const pred = c[np.length];
  // a named subject (or a pronoun) and then its lowercase verb
  if (!np.length || np.length > 6 || !pred || !/^\p{Ll}/u.test(pred.raw) || v.nameStops.has(lc(pred)) || AUXILIARIES.has(lc(np[np.length - 1]))) return undefined;
  if (!(np.length === 1 && v.pronoun.has(lc(np[0]))) && !(isCap(np[0].raw) && !v.determiners.has(lc(np[0])) && !WH.has(lc(np[0])))) return undefined;
  return { cue: '', source: slice(text, np), at: np[0].start, end: np[np.length - 1].end };
}

/**
 * A fragment woven into the reporter's sentence with a verb of characterizing rather than saying
 * ("Gibbs derided "the professional left"", "Reid has gone after Trump as a "human leech"") is the
 * words of the sentence's subject.
 */
function clauseSubject(text: string, from: number, to: number, v: Vocab): Attribution | undefined {
  const cs = chunks(words(text, from, to), v, text);
  for (let i = cs.length - 1; i >= 0; i--) {
    const d = describedNP(cs[i], v);
    if (d && !d.length) continue;
    const whole = d ?? headNP(cs[i], v);
    const np = clauseFree(whole, v);
    if (!np.length) continue;
    // ("That is why critics say": the subject after the clause is the source, bare noun as it is)
    if (np !== whole) return { cue: '', source: slice(text, np), at: np[0].start, end: np[np.length - 1].end };
    // a named subject, a pronoun, or a short description that opens with an article ("The complaint
    // alleged that the DNC "failed to ...", "A friend referred to him as "...""): the words are theirs
    const described = np.length >= 2 && np.length <= 10 && ARTICLES.has(lc(np[0])) && !np.some((w) => isVerb(w, v));
    if (np.length && (described || (np.filter((w) => !isPunct(w)).length <= 8 && (np.some((w) => isCap(w.raw) && !v.determiners.has(lc(w))) || (np.length === 1 && v.pronoun.has(lc(np[0]))))))) {
      // "Aaron Kall, the director of debate at X, compared ...": the description stands beside a name
      const prev = d && i > 0 ? cs[i - 1] : undefined;
      const span = prev && isCap(prev[0].raw) && !ARTICLES.has(lc(prev[0])) && headNP(prev, v).length === prev.length ? [...prev, ...np] : np;
      return { cue: '', source: slice(text, span), at: span[0].start, end: span[span.length - 1].end };
    }
  }
  return undefined;
}

function findAfter(text: string, from: number, to: number, tight: boolean, v: Vocab): Attribution | undefined {
  const ws = words(text, from, to).filter((w) => w.end <= to);
  // After a quote that ended its sentence only `Smith said` / `the senator said` can follow as attribution.
  const window = tight ? TIGHT : v.cueWindow;
  for (let k = 0; k < ws.length && k <= window; k++) {
    if (tight && isPunct(ws[k])) return undefined;
    const plen = phraseAt(ws, k, v);
    if (!plen && (!isVerb(ws[k], v) || nounUse(ws, k, v))) continue;
    // "Zeke Emanuel, an oncologist who advised Obama ..., said": a verb of a relative clause is not the cue
    if (!plen && k > 0 && RELATIVES.has(lc(ws[k - 1]))) continue;
    // a participle after the quote (", adding that") introduces no source of its own
    if (!plen && k === 0 && /ing$/.test(lc(ws[k]))) return undefined;
    const cue = plen ? ws.slice(k, k + plen).map((w) => w.raw).join(' ') : ws[k].bare;
    const between = ws.slice(0, k).filter((w, i) => !(i === 0 && isPunct(w)));
    // (`," Will urged`: a capitalized word alone between the quote and the verb is a name, not an adverb)
    let pre = between.length === 1 && isCap(between[0].raw) ? between : trimAdverbs(between, v);
    // `," as Cruz said on the radio`: a conjunction opening the attribution is not its source
    if (pre.length > 1 && lc(pre[0]) === 'as' && isCap(pre[1].raw)) pre = pre.slice(1);
    let src: Word[];
    if (plen) src = rightSource(ws, k + plen, v);
    else if (pre.length && !clauseSource(pre, v) && (subjectLike(pre, v) || bareNoun(pre, v) || appositiveSubject(pre, v))) src = pre;
    // `" in the 2008 primary, said Paul Beck`: a phrase set off by commas, then the inverted attribution
    else if (pre.length && pre[pre.length - 1].raw === ',' && !lc(ws[k]).endsWith('ing') && ws[k + 1] && isCap(ws[k + 1].raw)) src = rightSource(ws, k + 1, v);
    // `" of the case, the unsigned opinion said`: the quote's sentence goes on, then a comma and the source
    else if (pre.some((w) => w.raw === ',') && tail(pre).length && (subjectLike(tail(pre), v) || bareNoun(tail(pre), v)) && !pre.some((w) => isVerb(w, v))) src = tail(pre);
    else if (pre.length) return undefined; // "... and declared a plan": the verb belongs to another clause
    else {
      src = rightSource(ws, k + 1, v);
      // (`Mr. Manafort, citing "...," said the candidate could be ...`: words after the verb with an
      // auxiliary of their own are the reported clause, not an inverted source; the subject is before the quote)
      // (up to a comma or a relative: "said a data expert who has worked for ..." is a source)
      const stop = src.findIndex((w) => w.raw === ',' || v.nameStops.has(lc(w)));
      if (src.slice(0, stop < 0 ? src.length : stop).some((w) => AUXILIARIES.has(w.raw))) return undefined;
    }
    if (!src.length) return undefined;
    // `," said Steven Brill, author of "America's Bitter Pill," a history of ...`: a source cut off by a
    // quoted title runs on past it to its sentence end
    const cut = src[src.length - 1];
    if (to === src[src.length - 1].end || /^\s*$/u.test(text.slice(cut.end, to))) {
      // (only where a title goes: "author of", "the", "titled"; "waited in an "extraordinarily long line"" is speech)
      if (v.nameStops.has(lc(cut)) || lc(cut) === 'the' || v.titleVerbs.has(lc(cut))) {
        const more = titleRunOn(text, to);
        if (more.length) src = [...src, ...more];
      }
    }
    return { cue, source: slice(text, src), at: src[0].start, end: src[src.length - 1].end };
  }
  return undefined;
}

/**
 * The words after a short quoted title that starts at `at` (masked: marks around blanks), up to the end
 * of the sentence or the next quote: `"Hacked World Order," who studies cyber issues`. Empty when no
 * title is there.
 */
function titleRunOn(text: string, at: number): Word[] {
  const m = /^\s*(?:["\u201c]|'')\s{0,80}?(?:["\u201d]|'')/u.exec(text.slice(at, at + 100));
  if (!m || !/\S/u.test(m[0])) return [];
  const from = at + m[0].length;
  const stop = /[.!?](?=\s|$)|["\u201c\u201d]|''/u.exec(text.slice(from));
  const to = stop ? from + stop.index : text.length;
  return words(text, from, to).filter((w) => w.start < to);
}

/** The words between a "what"/"which" and the verb at k, when they are a subject ("what Gilbert called"). */
function objectClauseSubject(ws: Word[], k: number, v: Vocab): Word[] | undefined {
  for (let j = k - 1; j >= Math.max(0, k - 16); j--) {
    const l = lc(ws[j]);
    if (isVerb(ws[j], v) || /[.!?]$/.test(ws[j].raw)) return undefined;
    // ("an explosion that Mayor Bill de Blasio described as": a relative "that" too, after a noun; not
    // "thought that", "and that")
    const prev = j > 0 ? ws[j - 1] : undefined;
    const relativeThat = l === 'that' && !!prev && !isPunct(prev) && !isVerb(prev, v) && !CONJ.has(lc(prev)) && !v.reportVerbs.has(lc(prev)) && !AUXILIARIES.has(lc(prev));
    if (l !== 'what' && l !== 'which' && !relativeThat) continue;
    let subj = trimAdverbs(ws.slice(j + 1, k), v);
    while (subj.length && isPunct(subj[subj.length - 1])) subj = subj.slice(0, -1);
    if (!subj.length) return undefined;
    const comma = subj.findIndex((w) => w.raw === ',');
    const head = comma > 0 ? subj.slice(0, comma) : subj;
    const np = headNP(head, v);
    // the head is the noun phrase, or it and a time or place ("which President Obama on Friday
    // declared"): not "what the plan would do, called"
    if (!np.length || !subjectLike(np, v) || AUXILIARIES.has(lc(np[np.length - 1]))) return undefined;
    if (np.length === head.length) return subj;
    return comma < 0 && v.nameStops.has(lc(head[np.length])) && !head.slice(np.length).some((w) => AUXILIARIES.has(lc(w))) ? np : undefined;
  }
  return undefined;
}

function findBefore(text: string, from: number, to: number, v: Vocab): Attribution | undefined {
  const ws = words(text, from, to);
  const stop = Math.max(0, ws.length - 1 - v.cueWindow);
  for (let k = ws.length - 1; k >= stop; k--) {
    let plen = 0;
    let at = k;
    for (let back = 0; back < 3 && !plen; back++) {
      if (k - back < 0) break;
      const n = phraseAt(ws, k - back, v);
      if (n && k - back + n - 1 === k) {
        plen = n;
        at = k - back;
      }
    }
    if (plen) {
      // ("Win Htein said that according to its analysis, ... "...": a cue inside a reported clause is
      // its speaker's, not the quote's)
      if (at >= 2 && lc(ws[at - 1]) === 'that' && ws.slice(Math.max(0, at - 5), at - 1).some((w) => isVerb(w, v))) continue;
      // "according to Smith, ..." before the quote
      const src = chunks(ws.slice(at + plen), v, text)[0] ?? [];
      if (src.length) return { cue: ws.slice(at, at + plen).map((w) => w.raw).join(' '), source: slice(text, src), at: src[0].start, end: src[src.length - 1].end };
      continue;
    }
    // `Said Dorothy Poynter, who grew up with Ali, "...`, `But, said Solovey, "...`: the verb opens
    // its sentence and the source follows it
    // (or after an opening adverbial: "In other words, explained CBS moderator Nancy Cordes:")
    const opening = ws.slice(0, k).every((w) => isPunct(w) || CONJ.has(lc(w))) || (k > 1 && ws[k - 1].raw === ',' && v.clauseOpeners.has(lc(ws[0])) && !ws.slice(0, k - 1).some((w) => isPunct(w) || isVerb(w, v)));
    if (opening && v.verbs.has(lc(ws[k])) && !/^\p{Lu}{2}/u.test(ws[k].raw) && !ws[k].raw.endsWith('.') && ws[k + 1] && isCap(ws[k + 1].raw) && !v.pronoun.has(lc(ws[k + 1]))) {
      const src = rightSource(ws, k + 1, v);
      let e = src.length;
      while (e > 0 && isPunct(src[e - 1])) e--;
      if (e) return { cue: ws[k].bare, source: slice(text, src.slice(0, e)), at: src[0].start, end: src[e - 1].end };
    }
    if (!isVerb(ws[k], v) || nounUse(ws, k, v)) continue;
    // "a voice that said", "the letter, which said": a relative clause's verb is not the cue; after
    // "who" it is the cue of the name the clause hangs on ("Mr. Sanders, who said he ...")
    const rel = k > 0 ? lc(ws[k - 1]) : '';
    if (rel === 'that' || rel === 'which') continue;
    // (only when the clause runs straight into the quote: "Jeb Bush, who ended his bid ..., as "..."" is not)
    // (a comma or colon closing the clause right before the quote is the quote's: "Mike Lee, who
    // declared in the spin room, "...")
    if (rel === 'who' && !ws.slice(k + 1, -1).some((w) => isPunct(w)) && !ws.slice(k + 1).some((w) => isVerb(w, v))) {
      let s = k - 2;
      if (s >= 0 && ws[s].raw === ',') s--;
      const e = s + 1;
      while (s >= 0 && e - s <= 6 && (isCap(ws[s].raw) || v.titlesLower.has(lc(ws[s]))) && !isPunct(ws[s])) s--;
      const name = ws.slice(s + 1, e);
      if (name.some((w) => isCap(w.raw))) return { cue: ws[k].bare, source: slice(text, name), at: name[0].start, end: name[name.length - 1].end };
    }
    if (rel === 'who') continue;
    // "in what Bay Buchanan, national treasurer for X, called", "which he called": the subject of an
    // object clause stands between its "what"/"which" and the verb
    const object = lc(ws[k]).endsWith('ing') ? undefined : objectClauseSubject(ws, k, v);
    if (object && !clauseSource(object, v)) return { cue: ws[k].bare, source: slice(text, object), at: object[0].start, end: object[object.length - 1].end };
    const left = leftSource(text, ws, k, v, true);
    let src = clauseFree(left, v);
    if (src.length && src !== left) return { cue: ws[k].bare, source: slice(text, src), at: src[0].start, end: src[src.length - 1].end };
    // a name with a long appositive ("Rich Heffley, a top operative who played ... in the state, said")
    // is judged by the name
    const comma = src.findIndex((w) => w.raw === ',');
    const head = comma > 0 && src.length <= 60 ? src.slice(0, comma) : src;
    if (!src.length || !subjectLike(head, v)) {
      // `told reporters Smith` is rare; an object after the verb is not the source
      src = [];
    }
    if (!src.length) continue;
    return { cue: ws[k].bare, source: slice(text, src), at: src[0].start, end: src[src.length - 1].end };
  }
  // A colon introduction without a verb: `The statement from the White House: "...`
  const last = ws[ws.length - 1];
  if (last?.raw === ':') {
    // "More from Jones:", "Pollsters agree - Carl Bialik:": a name ending at the colon
    let n = ws.length - 1;
    // (a dash typed as a hyphen ends the name: "... IN OTHER STATES - Michael P. McDonald:")
    while (n > 0 && isCap(ws[n - 1].raw) && !isPunct(ws[n - 1]) && ws.length - 1 - n < 4 && !/\s-{1,2}\s/u.test(text.slice(ws[n - 1].end, ws[n].start))) n--;
    if (n < ws.length - 1 && (n === 0 || !isCap(ws[n - 1].raw) || /\s-{1,2}\s/u.test(text.slice(ws[n - 1].end, ws[n].start)))) {
      const name = ws.slice(n, ws.length - 1);
      // "Jeb Bush broke it down to the Dutch newspaper NRC Handelsblad:", "... in an interview with CNN on
      // Tuesday:": a name after a preposition is the object; the sentence's subject speaks
      let object = false;
      for (let j = n - 1; j >= Math.max(0, n - 5) && !isPunct(ws[j]) && !/\s-+\s/u.test(text.slice(ws[j].end, ws[j + 1].start)) && !object; j--) object = v.nameStops.has(lc(ws[j]));
      if (object) {
        const c = chunks(ws.slice(0, n), v, text)[0] ?? [];
        const subj = describedNP(c, v) || headNP(c, v);
        const pred = c[subj.length];
        if (subj.length && pred && /^\p{Ll}/u.test(pred.raw) && !v.nameStops.has(lc(pred)) && subjectLike(subj, v) && isCap(subj[0].raw) && !WH.has(lc(subj[0])) && (ARTICLES.has(lc(subj[0])) || subj.filter((w) => isCap(w.raw)).length >= 2)) return { cue: ':', source: slice(text, subj), at: subj[0].start, end: subj[subj.length - 1].end };
      }
      return { cue: ':', source: slice(text, name), at: name[0].start, end: name[name.length - 1].end };
    }
    const cs = chunks(ws.slice(0, -1), v, text);
    const np = cs.length ? headNP(cs[0], v) : [];
    if (np.length && subjectLike(np, v)) return { cue: ':', source: slice(text, np), at: np[0].start, end: np[np.length - 1].end };
  }
  return undefined;
}
