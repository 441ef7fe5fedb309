// The rank plugin: the speaker of every quote whose credit names nobody outright is ranked among the
// entities the article names (rank.ts, weights fitted by bench/fit-speakers.ts), in document order so
// "the quote before" is the final choice. Reads `quoteBlocks`, `quoteFinds`, `quoteNames` and
// `quoteSources`; writes `file.data.speakerChoices`; a ranked choice that overrides the rules is a message.
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import type { QuoteFind } from '../data.js';
import type { Prepared } from '../marks/prepare.js';
import type { People } from '../names/people.js';
import type { Speakers } from '../resolve/speakers.js';
import type { StageOptions } from '../../options.js';
import { note } from '../note.js';
import { vocabOf, type Vocab } from '../vocab.js';
import { candidates, entitiesOf, type Context, type Query } from './rank.js';

export default function rank(options: StageOptions) {
  const v = vocabOf(options.config);
  return (_tree: Root, file: VFile) => {
    const prepared = file.data.quoteBlocks ?? [];
    const finds = file.data.quoteFinds ?? [];
    const people = file.data.quoteNames?.people;
    const speakers = file.data.quoteSources;
    if (!people || !speakers) return;
    for (const f of rankSpeakers(finds, prepared, people, speakers, v)) {
      const who = f.speaker ? f.speaker.name : 'nobody';
      note(file, prepared[f.block].block.start + f.span.start, 'speaker-ranked', `Quote's speaker ranked among the people the article names (${f.ranked!.context} credit): ${who}`);
    }
    file.data.speakerChoices = finds.filter((f) => f.ranked).map((f) => ({ offset: prepared[f.block].block.start + f.span.start, ...f.ranked! }));
  };
}

/** Ranks the speaker of every quote whose credit names nobody outright, in document order; returns the quotes whose speaker changed. */
function rankSpeakers(finds: QuoteFind[], prepared: Prepared[], people: People, speakers: Speakers, v: Vocab): QuoteFind[] {
  const entities = entitiesOf(people, speakers, (m) => speakers.fullName(m));
  const changed: QuoteFind[] = [];
  let previous: string | undefined;
  for (const f of finds) {
    const context = contextOf(f, prepared[f.block], v);
    if (context) {
      const block = prepared[f.block].block;
      const at = f.at ?? block.start + (f.span.open >= 0 ? f.span.open : f.span.start);
      const q: Query = { context, at, gender: f.mention?.gender, description: f.mention?.text, rule: f.speaker, previous, quote: f.text };
      const ranked = candidates(q, entities, people.blockIndex(at));
      f.ranked = { context, candidates: ranked };
      const best = ranked[0].name;
      if (best === '' ? f.speaker !== null : best !== f.speaker?.name) {
        f.speaker = best === '' ? null : { name: best, role: '' };
        f.speakerBy = 'speaker-ranked';
        changed.push(f);
      }
    }
    previous = f.speaker?.name;
  }
  return changed;
}

/**
 * Which ranking a quote's credit calls for: none when it names someone or something outright. A quote
 * no rule credits stays uncredited unless its paragraph is quotes only (the judged quotes the ranking
 * was fitted on are all someone's and say nothing of scare quotes or of prose the rules could not read,
 * `"...," the host pressed`). Pronouns stay with resolve/: ranked by publisher folds they won as often
 * as they lost. A description of a thing, "the report", stays as written.
 */
function contextOf(f: QuoteFind, p: Prepared, v: Vocab): Context | undefined {
  if (!f.attribution || !f.mention) return f.speaker || (!f.partial && !/\p{L}/u.test(p.masked)) ? 'none' : undefined;
  if (!f.speaker || f.speakerBy === 'speaker-described') return undefined;
  if (f.mention.kind === 'nominal' && /^[\s,(]*the\s/iu.test(f.source) && personHead(f.mention.text, v)) return 'description';
  return undefined;
}

/** Whether a description's last word names a person ("the former governor"). */
function personHead(text: string, v: Vocab): boolean {
  const last = (text.toLowerCase().match(/[\p{L}-]+/gu) ?? []).pop() ?? '';
  return v.personNouns.has(last) || v.personNouns.has(last.replace(/s$/u, ''));
}
