// The names plugin's reads rewritten for CPU (issue 14), pinned against the forms they replaced: a
// name's surname past a generational suffix (shape.ts `surnameOf`), the gender votes one person
// mention casts (person-runs.ts `voteGender`, read in place instead of sliced), what a mention calls
// the person (roles.ts `mentionRoles`, its lists built in place), and the one-word mentions set aside
// until the article shows they are names (people.ts, now read only then). Invented words and texts,
// table-driven with negatives, and generated ones against the code replaced.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { vocabOf } from '../pipeline/stages/quotes/index.js';
import { People } from '../pipeline/stages/quotes/names/people.js';
import { voteGender } from '../pipeline/stages/quotes/names/person-runs.js';
import { mentionRoles } from '../pipeline/stages/quotes/names/roles.js';
import { surnameOf } from '../pipeline/stages/quotes/names/shape.js';
import { lowerRaw, words, type Word } from '../pipeline/stages/quotes/words.js';
import type { Gender } from '../pipeline/stages/quotes/vocab.js';
import { lowerCase } from '../pipeline/text/lower-case.js';
import { blocksAt, projectConfig } from './helpers.js';

const v = vocabOf(await projectConfig());

// --- surnameOf: what it read before, every token lowercased and its period replaced away
const SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);
function oldSurnameOf(tokens: string[]): string {
  for (let i = tokens.length - 1; i > 0; i--) if (!SUFFIXES.has(lowerCase(tokens[i]).replace(/\.$/u, ''))) return tokens[i];
  return tokens[0] ?? '';
}

test('surnameOf: the last word that is no generational suffix', () => {
  const cases: [string[], string][] = [
    [['Dana', 'Lamm'], 'Lamm'],
    [['Dana', 'Lamm', 'Jr.'], 'Lamm'],
    [['Dana', 'Lamm', 'JR'], 'Lamm'],
    [['Al', 'Roe', 'III'], 'Roe'],
    [['Al', 'Roe', 'Sr.', 'Iv'], 'Roe'],
    [['Lamm'], 'Lamm'],
    [['Jr.'], 'Jr.'],
    [[], ''],
    // negatives: words that only look like one ("Ivy", "Jrr", two periods, a Kelvin sign, a dotted capital I)
    [['Al', 'Ivy'], 'Ivy'],
    [['Al', 'Jrr'], 'Jrr'],
    [['Al', 'Jr..'], 'Jr..'],
    [['Al', '\u212aJ'], '\u212aJ'],
    [['Al', '\u0130i'], '\u0130i'],
  ];
  for (const [tokens, want] of cases) {
    assert.equal(surnameOf(tokens), want, tokens.join(' '));
    assert.equal(oldSurnameOf(tokens), want, tokens.join(' '));
  }
});

test('surnameOf answers as the full reading on generated names', () => {
  const bit = fc.constantFrom('J', 'j', 'R', 'r', 'S', 's', 'I', 'i', 'V', 'v', '.', 'x', '\u0130', '\u212a', '\u00c9', '\ud835\udc00');
  const token = fc.array(bit, { minLength: 1, maxLength: 5 }).map((a) => a.join(''));
  fc.assert(fc.property(fc.array(token, { maxLength: 4 }), (tokens) => assert.equal(surnameOf(tokens), oldSurnameOf(tokens))), { numRuns: 20000, seed: 1435 });
});

// --- voteGender: the form before this change, the words after the name sliced into arrays
const ADPOSITIONS = new Set(['with', 'by', 'beside', 'alongside', 'behind', 'at', 'on', 'in', 'to', 'from', 'for', 'of', 'near', 'among', 'between', 'against', 'without']);
function oldPronounAfter(near: Word[], object = false): Gender | undefined {
  for (let i = 0; i < near.length; i++) {
    const w = near[i];
    if (w.raw === '.' || /[.!?]$/.test(w.raw)) return undefined;
    if (object && i > 0 && ADPOSITIONS.has(lowerRaw(near[i - 1]))) return undefined;
    const g = v.pronoun.get(lowerRaw(w));
    if (g === 'male' || g === 'female') return g;
    if (/^\p{Lu}/u.test(w.raw) && w !== near[0]) return undefined;
  }
  return undefined;
}
type Vote = (key: string, g: Gender, n: number) => void;
function oldVoteGender(ws: Word[], run: [number, number], [s, e]: [number, number], tokens: string[], mention: { gender?: Gender }, vote: Vote): void {
  const full = lowerCase(tokens.join(' '));
  const key = tokens.length > 1 ? full : lowerCase(tokens[0]);
  for (let i = run[0]; i < s; i++) {
    const g = v.honorific.get(lowerRaw(ws[i])) ?? v.honorific.get(ws[i].lower);
    if (!g) continue;
    vote(key, g, 3);
    mention.gender = g;
  }
  if (tokens.length >= 2) {
    const g = v.firstName.get(tokens[0]);
    if (g) vote(full, g, 3);
  }
  const before = ws[run[0] - 1]?.raw === ',' ? ws[run[0] - 2] : ws[run[0] - 1];
  const bg = before && /^\p{Ll}/u.test(before.raw) ? v.genderNoun.get(before.bare) : undefined;
  if (bg) vote(full, bg, 2);
  const after = ws.slice(e, e + 4);
  if (after[0]?.raw === ',') {
    for (const w of after.slice(1)) {
      const g = v.genderNoun.get(w.lower);
      if (g) vote(full, g, 2);
    }
  }
  const g = oldPronounAfter(ws.slice(e, e + 6), ADPOSITIONS.has(ws[run[0] - 1] ? lowerCase(ws[run[0] - 1].raw) : ''));
  if (g) vote(full, g, 1);
}

/** Every vote cast and the mention's gender, as the two forms give them. */
function votesOf(f: typeof voteGender | typeof oldVoteGender, ws: Word[], run: [number, number], core: [number, number]): string {
  const tokens = ws.slice(core[0], core[1]).map((w) => w.bare);
  const votes: string[] = [];
  const mention: { gender?: Gender } = {};
  const vote: Vote = (k, g, n) => votes.push(`${k}:${g}:${n}`);
  if (f === voteGender) voteGender(ws, run, core, tokens, mention, vote, v);
  else oldVoteGender(ws, run, core, tokens, mention, vote);
  return `${votes.join(',')}|${mention.gender ?? ''}`;
}

test('voteGender: honorifics, given names, role nouns and a pronoun after the name vote', () => {
  // [text, run, core, votes]
  const cases: [string, [number, number], [number, number], string][] = [
    ['Ms. Dana Lamm said her plan', [0, 3], [1, 3], 'dana lamm:female:3,dana lamm:female:3,dana lamm:female:1|female'],
    ['Dana Lamm, a spokeswoman, said', [0, 2], [0, 2], 'dana lamm:female:3,dana lamm:female:2|'],
    ['Ed Roe, a spokeswoman, said', [0, 2], [0, 2], 'ed roe:male:3,ed roe:female:2|'],
    ['Lamm said his plan', [0, 1], [0, 1], 'lamm:male:1|'],
    // negatives: a sentence end before the pronoun, another name before it, a preposition's object
    ['Lamm left. His plan', [0, 1], [0, 1], '|'],
    ['Lamm and Roe said his plan', [0, 1], [0, 1], '|'],
    ['with Lamm by her side', [1, 2], [1, 2], '|'],
  ];
  for (const [text, run, core, want] of cases) {
    const ws = words(text);
    assert.equal(votesOf(voteGender, ws, run, core), want, text);
    assert.equal(votesOf(voteGender, ws, run, core), votesOf(oldVoteGender, ws, run, core), text);
  }
});

test('voteGender votes as the sliced form on generated mentions', () => {
  const bit = fc.constantFrom('Ms.', 'Mr.', 'Dana', 'Lamm', 'he', 'she', 'her', 'his', 'with', 'by', 'spokeswoman', 'brother', ',', '.', 'said', 'left.', 'Roe', 'and', '!', 'Jr.');
  const sample = fc.array(bit, { minLength: 1, maxLength: 14 }).chain((a) => {
    const ws = words(a.join(' '));
    const n = Math.max(1, ws.length);
    return fc.tuple(fc.constant(ws), fc.nat(n - 1), fc.nat(3), fc.nat(3), fc.nat(3));
  });
  fc.assert(
    fc.property(sample, ([ws, r0, a, b, c]) => {
      if (!ws.length) return;
      const runEnd = Math.min(ws.length, r0 + 1 + a);
      const s = Math.min(runEnd - 1, r0 + b);
      const e = Math.min(runEnd, s + 1 + c);
      assert.equal(votesOf(voteGender, ws, [r0, runEnd], [s, e]), votesOf(oldVoteGender, ws, [r0, runEnd], [s, e]));
    }),
    { numRuns: 8000, seed: 1436 },
  );
});

// --- mentionRoles: the lists it gave before, each read by its own slice and spread
const ROLE_WORDS = 4;
function oldMentionRoles(text: string, ws: Word[], runStart: number, s: number, e: number) {
  const got = mentionRoles(text, ws, runStart, s, e, v);
  const tail = (got.appositive ? lowerCase(got.appositive) : '').match(/[\p{L}-]+/gu) ?? [];
  const roleBefore = (w: Word) => {
    const sentenceEnd = /[.!?]$/u.test(w.raw) && !v.abbreviations.has(w.raw);
    if (/^[,;:()\u2014\u2013]$/u.test(w.raw) || sentenceEnd || w.possessive) return false;
    return !v.verbs.has(w.lower) && !v.determiners.has(w.lower) && !v.nameStops.has(w.lower);
  };
  const roles = ws.slice(runStart, s).map((w) => w.lower);
  for (let i = runStart - 1; i >= Math.max(0, runStart - ROLE_WORDS) && roleBefore(ws[i]); i--) roles.push(ws[i].lower);
  const before = ws.slice(runStart, s).map((w) => w.lower);
  for (let i = runStart - 1; i >= 0 && v.personNouns.has(lowerRaw(ws[i])); i--) before.push(lowerRaw(ws[i]));
  return { got, want: { appositive: got.appositive, roles: [...roles, ...tail], titles: [...before, ...tail], before } };
}

test('mentionRoles: titles in the run, roles before it, and the appositive, in separate lists', () => {
  const text = 'Former state party chairman Sen. Jo Lin, a pollster for the board, said';
  const ws = words(text);
  const got = mentionRoles(text, ws, 4, 5, 7, v);
  // (the person noun right before the run is a title too; "party" before it is not)
  assert.deepEqual(got.before, ['sen', 'chairman']);
  assert.deepEqual(got.roles.slice(0, 4), ['sen', 'chairman', 'party', 'state']);
  assert.ok(got.titles.includes('pollster') && got.roles.includes('pollster'));
  assert.equal(got.appositive, 'a pollster for the board');
  // a list is its own array: what one holder adds is not in another's
  assert.notEqual(got.titles, got.before);
  // negative: no appositive, nothing before
  const plain = 'Jo Lin said on Monday';
  const pw = words(plain);
  assert.deepEqual(mentionRoles(plain, pw, 0, 0, 2, v), { appositive: '', roles: [], titles: [], before: [] });
});

test('mentionRoles lists as the sliced form on generated mentions', () => {
  const bit = fc.constantFrom('Sen.', 'Mayor', 'former', 'party', 'chairman', 'the', 'Jo', 'Lin', ',', 'a', 'pollster', 'for', 'board', 'said', 'Roe\u2019s', 'columnist', 'spokeswoman', 'at', '.');
  const sample = fc.array(bit, { minLength: 1, maxLength: 16 }).chain((a) => {
    const text = a.join(' ');
    const ws = words(text);
    return fc.tuple(fc.constant(text), fc.constant(ws), fc.nat(Math.max(0, ws.length - 1)), fc.nat(3), fc.nat(3));
  });
  fc.assert(
    fc.property(sample, ([text, ws, r0, a, b]) => {
      if (!ws.length) return;
      const s = Math.min(ws.length - 1, r0 + a);
      const e = Math.min(ws.length, s + 1 + b);
      const { got, want } = oldMentionRoles(text, ws, r0, s, e);
      assert.deepEqual(got, want);
    }),
    { numRuns: 6000, seed: 1437 },
  );
});

// --- People: a one-word mention opening a sentence is a name only where the article uses it as one,
// and then it carries what mentionAt reads (subject, roles, appositive, possessive)
test('People: a set-aside one-word mention comes back whole once the article names it', () => {
  const blocks = blocksAt;
  const mentionsOf = (...texts: string[]) => People.of(blocks(...texts), v).mentions.filter((m) => !m.nominal).map((m) => `${m.name}@${m.at}${m.subject ? ' subject' : ''}${m.possessive ? ' possessive' : ''}${m.tail ? ` tail=${m.tail}` : ''}${m.roles?.length ? ` roles=${m.roles.join('/')}` : ''}`);
  // named in full elsewhere: the sentence-opening surname is a mention, its appositive its tail
  assert.deepEqual(mentionsOf('Dana Lamm spoke on Monday.', 'Lamm, a pollster for the board, said the count was wrong.'), ['Dana Lamm@0 subject', 'Lamm@28 subject tail=a pollster for the board roles=a/pollster/for/the/board']);
  assert.deepEqual(mentionsOf('Dana Lamm spoke on Monday.', 'Lamm\u2019s plan failed.'), ['Dana Lamm@0 subject', 'Lamm@28 subject possessive']);
  // negatives: never named elsewhere, or a word the article writes in lowercase too
  assert.deepEqual(mentionsOf('Curious crowds gathered.', 'Nobody left.'), []);
  assert.deepEqual(mentionsOf('Harbor crews worked late.', 'The harbor was quiet.'), []);
});
