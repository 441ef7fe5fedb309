// "Roe helps lead a program called Harbor Watch. The group seeks ... what it calls "..."": a
// description of an organization opening a sentence ("The group", "The agency", "This organization")
// right after a sentence that names one is that organization, and a later "it" continues it, not an
// older source. Recorded as a prose subject (nominal) under the organization's name, so antecedents.ts
// (nearestThing) gives the name. The name: the last run of capitalized words (two or more, "of", "for",
// "and", "the" inside) in the sentence before, not opening it and not a person the article names.
// Measured against the commit before: polnear-dev 1 hand-judged organization quote none -> right; no
// other record of the five corpora changed.
import type { Prepared } from '../marks/prepare.js';
import type { Vocab } from '../vocab.js';
import nouns from '../filters/speaker-nouns.json' with { type: 'json' };
import type { People } from './people.js';

const BODIES = new Set(nouns.bodies);
/** "The group seeks", "The nonprofit said", "This organization, founded in ..., argues": determiner, up to two lowercase modifiers, a body noun, then a lowercase word or a comma. */
const OPENING = /^(?:The|This|That)\s+((?:\p{Ll}[\p{L}-]*\s+){0,2}?)(\p{Ll}[\p{L}-]*)(?=\s*,|\s+\p{Ll})/u;
const RUN = /(?:\p{Lu}[\p{L}'\u2019&.-]*)(?:\s+(?:(?:of|for|and|the|on|&)\s+)*\p{Lu}[\p{L}'\u2019&.-]*)+/gu;

export interface BodySubject {
  at: number;
  name: string;
}

/** The organization descriptions opening a sentence of block `p`, each with the name the sentence before gives. */
export function bodySubjects(p: Prepared, people: People, v: Vocab): BodySubject[] {
  const out: BodySubject[] = [];
  const starts = [0, ...p.ends.filter((e) => e < p.masked.length)];
  for (let i = 1; i < starts.length; i++) {
    const s = skipSpace(p.masked, starts[i]);
    const m = OPENING.exec(p.masked.slice(s, s + 80));
    if (!m || !BODIES.has(m[2])) continue;
    const name = nameIn(p, starts[i - 1], starts[i], people, v);
    if (name) out.push({ at: p.block.start + s, name });
  }
  return out;
}

function skipSpace(text: string, at: number): number {
  while (at < text.length && /\s/u.test(text[at])) at++;
  return at;
}

/** The last organization-like run of capitals in the sentence [from, to) of block p, not opening it, not a person's name. */
function nameIn(p: Prepared, from: number, to: number, people: People, v: Vocab): string | undefined {
  const sentence = p.masked.slice(from, to);
  const open = skipSpace(sentence, 0);
  let best: string | undefined;
  for (const m of sentence.matchAll(RUN)) {
    if (m.index === open) continue;
    const run = m[0].replace(/[.'\u2019]+$/u, '');
    const at = p.block.start + from + m.index;
    // (a person the article names: "Dana Lamm" is no organization; unless a naming verb gives the run
    // as something's name, "a program called Sandy Cove Watch", whose first word may be a given name)
    const called = v.namingVerbs.has(/(\p{L}+)\s*$/u.exec(sentence.slice(0, m.index))?.[1].toLowerCase() ?? '');
    if (!called && people.mentions.some((x) => !x.nominal && x.at >= at && x.at < at + run.length)) continue;
    best = run;
  }
  return best;
}
