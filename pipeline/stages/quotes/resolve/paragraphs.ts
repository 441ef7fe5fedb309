// Quotes with no attribution of their own, read from their paragraph: the source reported earlier in
// the paragraph, else the reporter's subject of an earlier sentence there; a paragraph of quotes only,
// after a paragraph about a person that reports no speech, is that person's. (continuity.ts carries a
// speaker on from the quote before; these look at the prose around the quote.)
import { opensBlock, type Prepared } from '../marks/prepare.js';
import type { People } from '../names/people.js';
import { sentenceEnd, sentenceStart } from '../words.js';
import { inherit, type Continuable } from './continuity.js';
import type { SpeakerRef, Speakers } from './speakers.js';

/** A quote as these rules see it: where it is, whether it has an attribution, and where that ends. */
interface Unattributed extends Continuable {
  attribution?: { end: number };
}

/**
 * A quote that opens a sentence with no attribution of its own, after a source reported earlier in its
 * paragraph ("The board may be slow to act, Lamm said. "The other factor ..."", "Roe, the club's
 * lawyer, argues that ... "The city is alleging ..."") is that source's: the latest one between the
 * quote before it in the paragraph (or the paragraph's start) and the quote. With no source there, the
 * reporter's last subject there ("Ruiz seemed taken aback and mentioned ... "Does that not show
 * ...?"").
 */
export function sameParagraphSource(found: Unattributed[], prepared: Prepared[], speakers: Speakers, subjectIn: SubjectIn): void {
  found.forEach((f, i) => {
    if (f.speaker || f.attribution || f.partial || f.span.open < 0) return;
    const p = prepared[f.block];
    const start = p.block.start;
    const prev = found[i - 1];
    let from = start;
    if (prev && prev.block === f.block) {
      // (past the sentence of the quote before and its attribution: `," Lamm said on Harbor Radio.`
      // names no new source)
      const end = Math.max(prev.span.close >= 0 ? prev.span.close : prev.span.end, prev.attribution?.end ?? 0);
      from = start + (prev.attribution ? sentenceEnd(p.ends, end, p.masked.length) : end);
    }
    // (a subject in an earlier sentence: in the quote's own, "he characterized Sen. Ana Ruiz as, "..."",
    // a name is more often the object)
    if (from >= start + f.span.open) return;
    const source = speakers.latest(from, start + f.span.open);
    f.speaker = source ?? subjectIn(from, start + sentenceStart(p.ends, f.span.open));
    if (f.speaker) f.speakerBy = source ? 'speaker-paragraph-source' : 'speaker-paragraph-subject';
  });
}

export type SubjectIn = (from: number, to: number) => SpeakerRef | null;

/** The last person the reporter's prose makes a subject in [from, to), named in full somewhere in the article. */
export function subjectFinder(subjects: People['mentions'], people: People): SubjectIn {
  return (from, to) => {
    // (subjects are in document order: the last before `to` by binary search, then back to `from`)
    let lo = 0;
    let hi = subjects.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (subjects[mid].at < to) lo = mid + 1;
      else hi = mid;
    }
    let last: People['mentions'][number] | undefined;
    // (a name in capitals is a subhead's: "LAMM'S LAST BUDGET SPEECH")
    for (let i = lo - 1; i >= 0 && subjects[i].at >= from && !last; i--) if (!subjects[i].nominal && /\p{Ll}/u.test(subjects[i].name)) last = subjects[i];
    const name = last && (last.name.includes(' ') ? last.name : people.expand([last.key]));
    return name ? { name, role: '' } : null;
  };
}

/**
 * A paragraph that opens with a quote no one is credited with yet, after a paragraph about a person
 * that reports no speech ("Lamm is upbeat about the club's chances ..." then "“Not only can the club
 * win ...”"): the quote is that person's, the reporter's last subject there; the next such paragraphs
 * and the rest of the paragraph continue it. Only a person named in full somewhere in the article.
 */
export function quoteParagraphs(found: Unattributed[], prepared: Prepared[], subjectIn: SubjectIn): void {
  let changed = false;
  found.forEach((f, i) => {
    if (f.speaker || f.attribution || f.partial || f.block === 0 || f.span.open < 0) return;
    const p = prepared[f.block];
    // (a paragraph of quotes only: "“...?” the host pressed." has an attribution this stage cannot read)
    if (!opensBlock(p.block.text, f.span.open) || /[\p{L}\p{N}]/u.test(p.masked)) return;
    const prev = found[i - 1];
    if (prev && prev.block === f.block - 1) {
      // (a paragraph of quotes after one whose quote is credited: inherit() has had its say)
      if (!prev.speaker || !opensBlock(prepared[prev.block].block.text, prev.span.open)) return;
      f.speaker = prev.speaker;
      f.speakerBy = 'speaker-quotes-paragraph';
    } else {
      const q = prepared[f.block - 1].block;
      f.speaker = subjectIn(q.start, q.start + q.text.length);
      if (!f.speaker) return;
      f.speakerBy = 'speaker-subject-before';
    }
    changed = true;
  });
  if (changed) inherit(found);
}

/**
 * A paragraph that is only a quote, after a paragraph reporting what someone said ("Lamm said the plan
 * failed." then "“It was a mess.”"), is that source's: the latest source of the paragraph before.
 */
export function afterReportedSpeech(found: Unattributed[], prepared: Prepared[], speakers: Speakers): void {
  for (const f of found) {
    if (f.speaker || f.attribution || f.partial || f.block === 0 || f.span.open < 0) continue;
    const p = prepared[f.block];
    if (!opensBlock(p.block.text, f.span.open)) continue;
    f.speaker = speakers.latest(prepared[f.block - 1].block.start, p.block.start + f.span.open);
    if (f.speaker) f.speakerBy = 'speaker-reported-before';
  }
}
