// How ../shared/eval/score.mjs judges a speaker, restated for bench scripts that fit on its judgements:
// quotes are matched by word overlap, one to one; a person is the same when given name and surname are
// both there in order, an organization or a description when most of its words are.
const fold = (s: string) =>
  s
    .normalize('NFKC')
    .replace(/[\u2018\u2019\u201a\u201b\u2032`´]/gu, "'")
    .replace(/[\u201c\u201d\u201e\u201f\u2033]/gu, '"')
    .replace(/[\u2010-\u2015\u2212]/gu, '-')
    .toLowerCase();
export const tokens = (s: string | null | undefined) => fold(s ?? '').match(/[\p{L}\p{N}]+/gu) ?? [];

export function bagDice(a: string, b: string): number {
  const A = tokens(a);
  const B = tokens(b);
  if (!A.length || !B.length) return A.length === B.length ? 1 : 0;
  const m = new Map<string, number>();
  for (const t of A) m.set(t, (m.get(t) ?? 0) + 1);
  let inter = 0;
  for (const t of B) {
    const c = m.get(t) ?? 0;
    if (c > 0) {
      inter++;
      m.set(t, c - 1);
    }
  }
  return (2 * inter) / (A.length + B.length);
}

/** Pairs [gold index, predicted index], best overlap first, one to one, overlap at least one half. */
export function textMatch(gold: string[], pred: string[]): [number, number][] {
  const pairs: [number, number, number][] = [];
  gold.forEach((g, gi) => pred.forEach((p, pi) => {
    const s = bagDice(p, g);
    if (s >= 0.5) pairs.push([s, gi, pi]);
  }));
  pairs.sort((a, b) => b[0] - a[0]);
  const gu = new Set<number>();
  const pu = new Set<number>();
  const out: [number, number][] = [];
  for (const [, gi, pi] of pairs) {
    if (gu.has(gi) || pu.has(pi)) continue;
    gu.add(gi);
    pu.add(pi);
    out.push([gi, pi]);
  }
  return out;
}

const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'miss', 'dr', 'sen', 'senator', 'rep', 'gov', 'governor', 'president', 'prof', 'sir', 'the']);
const SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);
const personTokens = (name: string) => tokens(name).filter((x) => !HONORIFICS.has(x) && !SUFFIXES.has(x) && x.length > 1 && x !== 's');

function samePerson(pred: string, truth: string): boolean {
  const T = personTokens(truth);
  const P = personTokens(pred);
  if (!T.length || !P.length) return false;
  if (T.length === 1) return P.includes(T[0]);
  const first = P.indexOf(T[0]);
  return first >= 0 && P.lastIndexOf(T[T.length - 1]) > first;
}

const CONTENT_STOP = new Set(['the', 'a', 'an', 's', 'of', 'and']);

export function sameEntity(pred: string | null, truth: string, kind: string): boolean {
  if (!pred) return false;
  if (kind === 'person') return truth.split(/\s+and\s+/u).some((t) => samePerson(pred, t));
  const T = tokens(truth).filter((x) => !CONTENT_STOP.has(x));
  const P = new Set(tokens(pred));
  if (!T.length) return false;
  const shared = T.filter((x) => P.has(x)).length;
  return kind === 'organization' ? shared >= Math.ceil(T.length / 2) : shared >= 1 && bagDice(pred, truth) >= 0.3;
}
