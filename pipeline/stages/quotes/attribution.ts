// Where a quote's attribution is: a speech verb (or "according to") in the same sentence, with the
// source on one side of it. After the quote: `," Smith said` / `," said Smith, a spokesman` /
// `," the economist Jane Doe, a former adviser, wrote`. Before it: `Smith said: "...` / `He added, "...` /
// `Smith, who ..., said the plan would "...`. Works on a masked copy of the block in which every quote's
// words are blanked, so nothing inside a quote is ever read as its own attribution.
import type { Vocab } from './vocab.js';
import { isAbbreviation, isCap, isPunct, words, type Word } from './words.js';

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

const lc = (w: Word) => w.bare.toLowerCase();

/** Index of a cue phrase ("according to") starting at word i, or 0 when none. */
function phraseAt(ws: Word[], i: number, v: Vocab): number {
  for (const p of v.phrases) {
    if (i + p.length <= ws.length && p.every((t, k) => ws[i + k].raw.toLowerCase() === t)) return p.length;
  }
  return 0;
}

const TIGHT = 4;
/** Prepositions that tie a complement to a person noun ("a spokeswoman for X", "the head of X"). */
const PP_OF_NOUN = new Set(['for', 'of', 'at', 'with']);
const RELATIVES = new Set(['who', 'whom', 'which', 'that']);
const ARTICLES = new Set(['the', 'a', 'an', 'one']);
const AUXILIARIES = new Set(['is', 'was', 'were', 'are', 'be', 'been', 'being', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'should', 'may', 'might', 'must', 'do', 'does', 'did']);
const WH = new Set(['what', 'why', 'how', 'where', 'when', 'who', 'which']);
const SUBORDINATORS = new Set(['when', 'while', 'because', 'though', 'although', 'if', 'as', 'where', 'whereas']);
const CONJ = new Set(['and', 'but', 'or', 'so', 'yet', 'as', 'while', 'when', 'because', 'though', 'although', 'if', 'since', 'then', 'where', 'after', 'before', 'until']);

export const isVerb = (w: Word, v: Vocab) => !isCap(w.raw) && v.verbs.has(lc(w));

/** Words after which a verb form is a noun: "the answers", "her remarks", "Trump's comments". */
const NOUN_MARKERS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'this', 'these', 'those']);
const nounUse = (ws: Word[], k: number, v: Vocab) => k > 0 && (NOUN_MARKERS.has(lc(ws[k - 1])) || (ws[k - 1].possessive && !v.pronoun.has(lc(ws[k - 1]))));

export function subjectLike(ws: Word[], v: Vocab): boolean {
  if (!ws.length || ws.length > 25) return false;
  const w = ws[0];
  const l = lc(w);
  // "state Rep. Gilda Cobb-Hunter", "former Gov. Ed Rendell": a lowercase title before a name
  if (isCap(w.raw) || v.pronoun.has(l) || v.determiners.has(l) || v.titles.has(w.bare) || (v.titlesLower.has(l) && ws.length > 1 && isCap(ws[1].raw))) return true;
  // "17-year-old Jared Potts", "anti-terrorist prosecutor Marc Trevidic": a short lowercase description
  // (or an age) right before a capitalized name, the whole phrase a few words long
  // ("panel Chairman Rep. Jason Chaffetz (R-Utah)": longer when the rest is all name)
  const gap = modifierGap(ws, 0, v);
  return gap > 0 && (ws.length <= 6 || (ws.length <= 10 && headNP(ws.slice(gap), v).length === ws.length - gap));
}

function trimAdverbs(ws: Word[], v: Vocab): Word[] {
  let e = ws.length;
  while (e > 0 && (v.adverbs.has(lc(ws[e - 1])) || (ws[e - 1].raw === ',' && e > 1 && v.adverbs.has(lc(ws[e - 2]))))) e--;
  return ws.slice(0, e);
}

const slice = (text: string, ws: Word[]) => (ws.length ? text.slice(ws[0].start, ws[ws.length - 1].end) : '');

/** Comma-chunks of ws, leading adverbial chunks ("On Tuesday,", "In a statement,") dropped. */
function chunks(ws: Word[], v: Vocab, text?: string): Word[][] {
  if (text !== undefined) ws = ws.slice(datelineEnd(ws, text));
  const out: Word[][] = [[]];
  let prev: Word | undefined;
  for (const w of ws) {
    // a (masked) quote between two words separates them like a comma
    // (so does a horizontal bar, which is no word: "... public ― Trump boasted")
    // (and so does a dash typed as hyphens: "the end of the primaries -- complete with teleprompter -- Trump told")
    const quoted = text !== undefined && prev !== undefined && /["\u201c\u201d\u2015]|''|\s-{1,2}\s/u.test(text.slice(prev.end, w.start));
    if (w.raw === ',' || w.raw === ';' || w.raw === '\u2014' || w.raw === '\u2013' || w.raw === ':') out.push([]);
    else {
      if (quoted) out.push([]);
      out[out.length - 1].push(w);
    }
    prev = w;
  }
  const kept = out.filter((c) => c.length);
  // "But state Rep. Kline, a member ...": a conjunction opening the sentence is not an adverbial opener
  // (the chunk keeps its subject); "But, ..." alone and "And in the end, ..." still are
  while (kept.length > 1 && kept[0].length > 1 && CONJ.has(lc(kept[0][0]))) kept[0] = kept[0].slice(1);
  // "On Tuesday,", "Continuing his speech,", "Asked about it,": adverbial openers, not subjects
  while (kept.length > 1 && (v.clauseOpeners.has(lc(kept[0][0])) || /^\p{Lu}\p{Ll}+(?:ing|ed)$/u.test(kept[0][0].raw))) kept.shift();
  // "but he also", "as he later": a conjunction opening a chunk is not part of its subject
  return kept.map((c) => {
    let i = 0;
    while (i < c.length - 1 && CONJ.has(lc(c[i]))) i++;
    return c.slice(i);
  });
}

/**
 * Words of a dateline opening the block ("WASHINGTON —", "LONDON (Reuters) -", "COLUMBUS, Ohio,
 * Dec. 8 (UPI) —"): an all-capitals place, then anything up to a dash within a few words. 0 when none.
 */
function datelineEnd(ws: Word[], text: string): number {
  if (!ws.length || ws[0].start > 2 || !/^\p{Lu}{2,}$/u.test(ws[0].bare.replace(/[\s.]/g, ''))) return 0;
  for (let i = 0; i < Math.min(ws.length, 10); i++) {
    const gap = text.slice(ws[i].end, ws[i + 1]?.start ?? ws[i].end);
    if (ws[i].raw === '\u2014' || ws[i].raw === '\u2013') return i + 1;
    if (/\s-+\s/u.test(gap)) return i + 1;
  }
  return 0;
}

/** The source words on the left of a verb at index k. */
export function leftSource(text: string, ws: Word[], k: number, v: Vocab): Word[] {
  const left = trimAdverbs(ws.slice(0, k), v);
  if (!left.length) return [];
  // "Roberts said the video should be released but said ...": a coordinated verb shares the subject
  if (['and', 'but'].includes(lc(left[left.length - 1]))) {
    for (let j = left.length - 2; j > 0; j--) if (isVerb(ws[j], v)) return leftSource(text, ws, j, v);
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
  for (const c of cs) {
    if (v.clauseOpeners.has(lc(c[0])) || /^\p{Lu}\p{Ll}+(?:ing|ed)$/u.test(c[0].raw)) continue;
    const np = describedNP(c, v) || headNP(c, v);
    if (!np.length || !subjectLike(np, v)) continue;
    // the predicate: the first word after the noun phrase (adverbs aside) is a lowercase word, not a
    // number or a bracket ("WASHINGTON, Dec. 8 (UPI) —" is a dateline)
    const pred = c.slice(np.length).find((w) => !v.adverbs.has(lc(w)));
    if (pred && /^\p{Ll}/u.test(pred.raw)) return np;
  }
  if (!cs.length) return [];
  // "Michael J. Petrilli, president of the Fordham Institute, tied the scores to ..., saying": the name
  // keeps the appositives between it and its predicate
  const head = headNP(cs[0], v);
  if (head.length === cs[0].length && isCap(head[0].raw)) {
    const last = cs.length - 1;
    if (last >= 2 && cs.slice(1, last).every((c) => describes(c, v)) && /^\p{Ll}/u.test(cs[last][0].raw)) return cs.slice(0, last).flat();
  }
  return head;
}

/** The words of a subject chunk after any earlier verb or sentence end in it: a subject never spans a clause. */
function ownClause(c: Word[], v: Vocab): Word[] {
  for (let i = c.length - 1; i > 0; i--) {
    const w = c[i - 1];
    // "Sen. Bernie Sanders (I-Vt.) said": a period inside brackets ends no sentence
    if (isVerb(w, v) || (/[.!?]$/.test(w.raw) && !isAbbreviation(w.raw, v) && c[i].raw !== ')')) {
      // "It started when Edward Snowden": the subordinator opening the clause is not its subject
      // ("after a lunch" is a phrase, not a clause: only before a name or a pronoun)
      while (i < c.length - 1 && SUBORDINATORS.has(lc(c[i])) && (isCap(c[i + 1].raw) || v.pronoun.has(lc(c[i + 1])))) i++;
      return c.slice(i);
    }
  }
  return c;
}

/** `," Trump, the 2016 GOP frontrunner and ... after winning New Hampshire, said`: a name with a long appositive. */
function appositiveSubject(ws: Word[], v: Vocab): boolean {
  return ws.length <= v.cueWindow && isCap(ws[0].raw) && ws[ws.length - 1].raw === ',' && ws.some((w, i) => i > 0 && i < 5 && w.raw === ',');
}

/** `," federal prosecutors wrote`, `," spokesman Stuart Roy said`: a short bare noun phrase right after a quote. */
function bareNoun(ws: Word[], v: Vocab): boolean {
  return ws.length <= 4 && ws.every((w) => !isPunct(w) && !isVerb(w, v) && !CONJ.has(lc(w)) && !v.nameStops.has(lc(w)));
}

/**
 * `..., a pastor in Elizabeth, Colorado, said`, `of Salem, N.H., said`: a short capitalized chunk after
 * a chunk ending in a capitalized word is the second half of a place, not the subject.
 */
function placeAfter(prev: Word[], c: Word[], v: Vocab): boolean {
  if (c.length > 3 || !c.every((w) => isCap(w.raw))) return false;
  if (c.length === 1 && v.notNames.has(c[0].bare)) return true;
  return prev.length > 1 && isCap(prev[prev.length - 1].raw) && !isCap(prev[0].raw);
}

/** The words after the last comma. */
function tail(ws: Word[]): Word[] {
  let i = ws.length - 1;
  while (i >= 0 && ws[i].raw !== ',') i--;
  return ws.slice(i + 1);
}

/** A chunk that describes what came before it: "a spokesman", "who ...", "34", "now retired". */
function appositive(c: Word[], v: Vocab): boolean {
  const w = c[0];
  if (/^\p{N}/u.test(w.raw)) return true;
  if (isCap(w.raw)) return w.possessive || (c.length === 1 && w.raw.endsWith('.')); // "Sanders' campaign manager", "Md."
  return !v.pronoun.has(lc(w)) || ['who', 'which', 'whose'].includes(lc(w));
}

/** An appositive that says who someone is ("president of X", "a pollster"), not how or when ("clearly frustrated", "then in college", "herself a fan"). */
function describes(c: Word[], v: Vocab): boolean {
  const w = lc(c[0]);
  return appositive(c, v) && !v.clauseOpeners.has(w) && !v.adverbs.has(w) && !/(?:ly|self)$/.test(w) && !CONJ.has(w);
}

/** The noun phrase opening a clause: "Mr. McConnell deflected questions" -> "Mr. McConnell". */
function headNP(ws: Word[], v: Vocab): Word[] {
  let e = 0;
  // capitalized words, and lowercase titles between them ("Former Pennsylvania governor Ed Rendell")
  for (;;) {
    while (e < ws.length && (isCap(ws[e].raw) || v.determiners.has(lc(ws[e])) || v.particles.has(lc(ws[e])) || (v.titlesLower.has(lc(ws[e])) && isCap(ws[e + 1]?.raw ?? '')))) e++;
    // "Republican presidential front-runner Donald Trump": a lowercase description of up to three
    // words between capitalized words is a title before the name
    const gap = e > 0 && isCap(ws[e - 1].raw) ? modifierGap(ws, e, v) : 0;
    if (!gap) break;
    e += gap;
  }
  // a party tag after the name: "Sen. Bernie Sanders (I-Vt.)"
  if (e > 0 && isCap(ws[e - 1].raw) && ws[e]?.raw === '(' && ws[e + 2]?.raw === ')') e += 3;
  if (e === 0 && ws.length && v.pronoun.has(lc(ws[0]))) e = 1;
  // a description: "the company" / "a spokesman for the campaign"
  // (a pronoun is a whole noun phrase: "he saw no need" names "he", not a description)
  if (e > 0 && e < ws.length && !isCap(ws[e - 1].raw) && !(e === 1 && v.pronoun.has(lc(ws[0])))) {
    while (e < ws.length && !isVerb(ws[e], v) && e < 6) e++;
  }
  return ws.slice(0, e);
}

/** Lowercase words from e (at most three, no verb, stop word or punctuation) that a capitalized word follows; 0 when none. */
function modifierGap(ws: Word[], e: number, v: Vocab): number {
  for (let n = 1; n <= 3 && e + n < ws.length; n++) {
    const w = ws[e + n - 1];
    if (isCap(w.raw) || isPunct(w) || isVerb(w, v) || CONJ.has(lc(w)) || v.nameStops.has(lc(w)) || AUXILIARIES.has(lc(w)) || v.adverbs.has(lc(w)) || /ed$/.test(lc(w))) return 0;
    if (isCap(ws[e + n].raw) && !isPunct(ws[e + n])) return n;
  }
  return 0;
}

/** The source words on the right of a verb (inverted: `said Smith, a spokesman`). */
function rightSource(ws: Word[], k: number, v: Vocab): Word[] {
  let s = k;
  while (s < ws.length && (v.beforeSource.has(lc(ws[s])) || isPunct(ws[s]))) s++;
  return ws.slice(s);
}

/**
 * The attribution of the quote spanning [open, close) in the masked block, searching the text after it
 * (up to `afterEnd`) and before it (from `beforeStart`); partial quotes look before first.
 */
export function attribute(masked: string, open: number, close: number, beforeStart: number, afterEnd: number, partial: boolean, sentenceEnded: boolean, v: Vocab): Attribution | undefined {
  const after = close >= 0 ? findAfter(masked, close, afterEnd, sentenceEnded, v) : undefined;
  if (partial) return findBefore(masked, beforeStart, open, v) ?? after ?? clauseSubject(masked, beforeStart, open, v);
  return after ?? findBefore(masked, beforeStart, open, v);
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
    const np = d ?? headNP(cs[i], v);
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

/**
 * "The complaint", "A close friend", "the former secretary of state": an article and the lowercase
 * noun phrase after it, up to its verb (a speech verb, a word in -ed, or a word followed by another
 * article: "The ad targets a ..."). Undefined when the chunk does not open that way.
 */
function describedNP(c: Word[], v: Vocab): Word[] | undefined {
  if (c.length < 2 || !ARTICLES.has(lc(c[0]))) return undefined;
  let e = 1;
  let inPP = false;
  for (; e < c.length && e < (inPP ? 10 : 6); e++) {
    const w = c[e];
    // "A spokeswoman for the House Armed Services Committee": a complement names what the person is of
    if (isCap(w.raw)) {
      if (inPP && !isPunct(w)) continue;
      break;
    }
    if (isPunct(w) || isVerb(w, v) || /ed$/.test(lc(w)) || CONJ.has(lc(w)) || AUXILIARIES.has(lc(w)) || ['that', 'which', 'who'].includes(lc(w))) break;
    if (PP_OF_NOUN.has(lc(w)) && e >= 2 && !inPP) {
      inPP = true;
      continue;
    }
    if (!inPP && c[e + 1] && ARTICLES.has(lc(c[e + 1]))) break;
  }
  // "The bill was sold as ...", "a motion is valid when ...": the subject of a state, not a speaker
  if (e < c.length && AUXILIARIES.has(lc(c[e]))) return [];
  return e > 1 ? c.slice(0, e) : undefined;
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
    let pre = trimAdverbs(ws.slice(0, k).filter((w, i) => !(i === 0 && isPunct(w))), v);
    // `," as Cruz said on the radio`: a conjunction opening the attribution is not its source
    if (pre.length > 1 && lc(pre[0]) === 'as' && isCap(pre[1].raw)) pre = pre.slice(1);
    let src: Word[];
    if (plen) src = rightSource(ws, k + plen, v);
    else if (pre.length && (subjectLike(pre, v) || bareNoun(pre, v) || appositiveSubject(pre, v))) src = pre;
    // `" in the 2008 primary, said Paul Beck`: a phrase set off by commas, then the inverted attribution
    else if (pre.length && pre[pre.length - 1].raw === ',' && !lc(ws[k]).endsWith('ing') && ws[k + 1] && isCap(ws[k + 1].raw)) src = rightSource(ws, k + 1, v);
    // `" of the case, the unsigned opinion said`: the quote's sentence goes on, then a comma and the source
    else if (pre.some((w) => w.raw === ',') && tail(pre).length && (subjectLike(tail(pre), v) || bareNoun(tail(pre), v)) && !pre.some((w) => isVerb(w, v))) src = tail(pre);
    else if (pre.length) return undefined; // "... and declared a plan": the verb belongs to another clause
    else src = rightSource(ws, k + 1, v);
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
    if (l !== 'what' && l !== 'which') continue;
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
      // "according to Smith, ..." before the quote
      const src = chunks(ws.slice(at + plen), v, text)[0] ?? [];
      if (src.length) return { cue: ws.slice(at, at + plen).map((w) => w.raw).join(' '), source: slice(text, src), at: src[0].start, end: src[src.length - 1].end };
      continue;
    }
    // `Said Dorothy Poynter, who grew up with Ali, "...`, `But, said Solovey, "...`: the verb opens
    // its sentence and the source follows it
    const opening = ws.slice(0, k).every((w) => isPunct(w) || CONJ.has(lc(w)));
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
    if (rel === 'who' && !ws.slice(k + 1).some((w) => isPunct(w))) {
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
    if (object) return { cue: ws[k].bare, source: slice(text, object), at: object[0].start, end: object[object.length - 1].end };
    let src = leftSource(text, ws, k, v);
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

/**
 * Transcript turns: quotes that open with an all-capitals label and a colon ("WALLACE: Let's start ...",
 * "PENCE: Well, look ..."). A label opening two or more quotes of the article is a speaker's name (a
 * single "VIDEO:" or "UPDATE:" is not a turn); returned title-cased ("Wallace") per quote, else undefined.
 */
export function transcriptLabels(texts: string[]): (string | undefined)[] {
  const label = (t: string) => /^(\p{Lu}[\p{Lu}'\u2019.-]+(?:\s+\p{Lu}[\p{Lu}'\u2019.-]+){0,2}):\s/u.exec(t)?.[1];
  const count = new Map<string, number>();
  for (const t of texts) {
    const l = label(t);
    if (l) count.set(l, (count.get(l) ?? 0) + 1);
  }
  return texts.map((t) => {
    const l = label(t);
    return l && (count.get(l) ?? 0) >= 2 ? l.toLowerCase().replace(/(^|[\s'\u2019.-])(\p{Ll})/gu, (_, a: string, b: string) => a + b.toUpperCase()) : undefined;
  });
}
