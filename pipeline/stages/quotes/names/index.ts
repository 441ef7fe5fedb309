// The names plugin: who the article names, and what each attribution's source phrase names. Reads the
// marks plugin's blocks and the attribution plugin's finds; fills each attributed find's `mention` and
// document offset `at`, and hands resolve/ the article's people, the reporter's prose subjects (the
// antecedents a pronoun may continue) and the sources of reported speech that frame no quote.
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import type { QuoteFind, ReportedSource } from '../data.js';
import type { Prepared } from '../marks/prepare.js';
import type { StageOptions } from '../../options.js';
import { vocabOf, type Vocab } from '../vocab.js';
import { bodySubjects } from './body-subjects.js';
import { mentionOf, type Mention } from './mention.js';
import { People } from './people.js';
import { reportedSources } from './reported.js';
import { lowerCase } from '../../../text/lower-case.js';

export default function names(options: StageOptions) {
  const v = vocabOf(options.config);
  return (_tree: Root, file: VFile) => {
    const prepared = file.data.quoteBlocks ?? [];
    const finds = file.data.quoteFinds ?? [];
    // An article with no quote has no credit to resolve: the people it names and the sources it reports
    // are read only for its quotes (resolve/, rank/ and filters/ use them for finds alone), so they are
    // not read at all (the whole-article reading was most of this stage's cost for such a page).
    if (!finds.length) return;
    const blocks = prepared.map((p) => p.block);
    // The headline is claimed (not body), but a full name it gives is "given earlier" for the body.
    const title = file.data.headline?.value;
    const people = People.of(title ? [{ start: -title.length - 1, text: title }, ...blocks] : blocks, v);
    const mention = mentionsOf(v);
    for (const f of finds) {
      if (!f.attribution) continue;
      f.at = prepared[f.block].block.start + f.attribution.at;
      f.mention = mention(f.source);
    }
    // (an organization's description opening a sentence, under the name the sentence before gives: body-subjects.ts)
    const bodies = prepared.flatMap((p) => bodySubjects(p, people, v)).map((b) => ({ at: b.at, key: lowerCase(b.name), name: b.name, subject: true, nominal: true }));
    const subjects = bodies.length ? [...proseSubjects(people, prepared), ...bodies].sort((a, b) => a.at - b.at) : proseSubjects(people, prepared);
    file.data.quoteNames = { people, subjects, reported: reportedOutsideQuotes(prepared, finds, mention, v) };
  };
}

/**
 * mentionOf for one article, each phrase read once: a page credits the same phrase again and again ("she
 * said", "Lamm said": ~3 in 10 of polnear-dev's asks), and a mention is only read after, never changed.
 */
function mentionsOf(v: Vocab): (phrase: string) => Mention | undefined {
  const seen = new Map<string, Mention | undefined>();
  return (phrase) => {
    if (seen.has(phrase)) return seen.get(phrase);
    const m = mentionOf(phrase, v);
    seen.set(phrase, m);
    return m;
  };
}

/**
 * Sources of speech reported outside quotes, named: a person or an organization, a description of a
 * person the reporter's clause vouches for ("the admiral said ..."), or "he" or "she"; other
 * descriptions there are too often a clause misread. Sources a quote's attribution already gives are left out.
 */
function reportedOutsideQuotes(prepared: Prepared[], finds: QuoteFind[], mentionOf: (phrase: string) => Mention | undefined, v: Vocab): ReportedSource[] {
  const taken = new Set(finds.filter((f) => f.attribution).map((f) => f.at));
  const out: ReportedSource[] = [];
  for (const p of prepared) {
    for (const e of reportedSources(p, v)) {
      if (taken.has(e.at)) continue;
      const mention = mentionOf(e.source);
      // (and "she said at a briefing that ...": whom a later "she" goes on from, once resolved)
      const personal = mention?.kind === 'pronoun' && (mention.gender === 'male' || mention.gender === 'female');
      if (mention && (mention.kind === 'person' || mention.kind === 'org' || personal || (mention.kind === 'nominal' && e.person))) out.push({ at: e.at, mention });
    }
  }
  return out;
}

/** Person names opening a sentence outside any quote, in document order (the pronoun antecedents prose offers). */
function proseSubjects(people: People, prepared: Prepared[]): People['mentions'] {
  const quoted: [number, number][] = [];
  for (const p of prepared) for (const s of p.spans) quoted.push([p.block.start + Math.max(0, s.open), p.block.start + (s.close >= 0 ? s.close : s.end)]);
  quoted.sort((a, b) => a[0] - b[0]);
  let q = 0;
  return people.mentions.filter((m) => {
    if (!m.subject) return false;
    while (q < quoted.length && quoted[q][1] <= m.at) q++;
    return !(q < quoted.length && quoted[q][0] <= m.at);
  });
}
