// The resolve plugin: every source of the article, quoted or reported, resolved in document order, so a
// pronoun resolves to the nearest fitting source before it (speakers.ts, antecedents.ts); then quotes
// with no attribution take a speaker from the prose and the quotes around them (paragraphs.ts,
// continuity.ts). Reads `quoteBlocks`, `quoteFinds` and `quoteNames`; fills each find's `speaker`,
// writes `file.data.quoteSources`; each fallback, and each attribution that names nobody, is a message.
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import type { QuoteFind, ReportedSource } from '../data.js';
import type { StageOptions } from '../../options.js';
import { note } from '../note.js';
import { vocabOf, type Vocab } from '../vocab.js';
import { anotherOf } from './another.js';
import { inherit } from './continuity.js';
import { fragmentAfterSaid } from './fragment-after-said.js';
import { fragmentSameSentence } from './fragment-same-sentence.js';
import { afterReportedSpeech, quoteParagraphs, sameParagraphSource, subjectFinder } from './paragraphs.js';
import { Speakers } from './speakers.js';

/** What each fallback's message says. */
const REASONS: Record<string, string> = {
  'speaker-described': 'speaker is the person the prose was about, whom the attribution describes',
  'speaker-unresolved': "the attribution's source names nobody the article makes known: no speaker",
  'speaker-another': 'speaker is one more of the people the quote before described',
  'speaker-same-sentence': 'speaker from the attribution later in the same sentence',
  'speaker-quote-before': 'speaker continued from the quote before it in the paragraph',
  'speaker-quote-after': 'speaker continued from the quote after it in the paragraph',
  'speaker-paragraph-before': 'speaker continued from the quote closing the paragraph before',
  'speaker-runs-on': "speaker from the attribution of the quote's closing paragraph",
  'speaker-paragraph-source': 'speaker is the source reported earlier in the paragraph',
  'speaker-paragraph-subject': "speaker is the subject of an earlier sentence of the paragraph",
  'speaker-reported-before': 'speaker is the source the paragraph before reports',
  'speaker-fragment-after-said': 'speaker is the source the sentence before closes on',
  'speaker-fragment-before': 'speaker of the fragment before it in the same sentence, its own subject naming no one',
  'speaker-quotes-paragraph': 'speaker continued from the paragraph of quotes before',
  'speaker-subject-before': 'speaker is the person the paragraph before is about',
};

export default function resolve(options: StageOptions) {
  const v = vocabOf(options.config);
  return (_tree: Root, file: VFile) => {
    const prepared = file.data.quoteBlocks ?? [];
    const finds = file.data.quoteFinds ?? [];
    const names = file.data.quoteNames;
    if (!names) return;
    // (a loop, not flatMap: most blocks hold no quote, and an empty array mapped and flattened per block was
    // the most of this function's own time in a --cpu-prof of polnear-dev)
    const quoted: [number, number][] = [];
    for (const p of prepared) for (const s of p.spans) quoted.push([p.block.start + (s.open >= 0 ? s.open : s.start), p.block.start + (s.close >= 0 ? s.close : s.end)]);
    const speakers = new Speakers(names.people, v, names.subjects, quoted);
    const subjectIn = subjectFinder(names.subjects, names.people);
    resolveSources(finds, names.reported, speakers, v);
    sameParagraphSource(finds, prepared, speakers, subjectIn);
    inherit(finds);
    afterReportedSpeech(finds, prepared, speakers);
    fragmentAfterSaid(finds, prepared, speakers, v);
    fragmentSameSentence(finds, v.minWords);
    quoteParagraphs(finds, prepared, subjectIn);
    file.data.quoteSources = speakers;
    for (const f of finds) {
      if (!f.speakerBy) continue;
      const who = f.speaker ? `: ${f.speaker.name}` : '';
      note(file, prepared[f.block].block.start + f.span.start, f.speakerBy, `Quote ${REASONS[f.speakerBy]}${who}`);
    }
  };
}

/**
 * The sources of every attribution, quoted or not, taken in document order: each quote's attribution
 * names its speaker; a reported source is only recorded, for pronouns after it.
 */
function resolveSources(finds: QuoteFind[], reported: ReportedSource[], speakers: Speakers, v: Vocab): void {
  const events: { at: number; run: () => void }[] = [];
  let credited: QuoteFind | undefined;
  for (const f of finds) {
    const a = f.attribution;
    if (!a) continue;
    const named = (a.cue !== '' && a.cue !== ':') || !!a.turn;
    const at = f.at!;
    events.push({
      at,
      run: () => {
        resolveFind(f, at, named, speakers, v, credited);
        if (f.speaker) credited = f;
      },
    });
  }
  for (const r of reported) events.push({ at: r.at, run: () => speakers.addReported(r.mention, r.at) });
  events.sort((a, b) => a.at - b.at).forEach((e) => e.run());
}

function resolveFind(f: QuoteFind, at: number, named: boolean, speakers: Speakers, v: Vocab, credited?: QuoteFind): void {
  const described = f.mention ? speakers.describedPerson(f.mention, f.source, at) : null;
  if (described) {
    f.speaker = described;
    f.speakerBy = 'speaker-described';
    return;
  }
  f.speaker = f.mention ? speakers.add(f.mention, at, named) : null;
  if (f.speaker) return;
  const another = anotherOf(f, credited);
  if (another) {
    f.speaker = { name: another, role: '' };
    f.speakerBy = 'speaker-another';
    return;
  }
  f.speakerBy = 'speaker-unresolved';
  // (`"...," he said. But "..."`: the reporter's clause before the quote is only its conjunction)
  f.hollow = !!f.verbless && v.clauseOpeners.has(f.source.replace(/[^\p{L}]/gu, '').toLowerCase());
}
