// The filters plugin, last in the quote chain: the quotes that are speech, as the record keeps them.
// A quote the words around it frame as a title, a term, a link's excerpt, a translation, a poll option
// or site chrome is dropped (not-speech.ts), and so is a short fragment nobody is said to have said (a
// scare quote); a speaker that is no person, organization or description is dropped to null
// (speaker-shape.ts), and so is one common word that only opened a sentence (common-word.ts); each
// drop is a message. Reads `quoteBlocks` and `quoteFinds`; writes `file.data.quotes`.
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import type { Quote } from '../../../types.js';
import type { StageOptions } from '../../options.js';
import type { QuoteFind } from '../data.js';
import { note } from '../note.js';
import { vocabOf, type Vocab } from '../vocab.js';
import { moreWordsThan } from '../words.js';
import { notSpeech } from './not-speech.js';
import { documentMaker, statementMaker } from './document-maker.js';
import { documentOwner } from './document-owner.js';
import { namedNewspaper } from './named-newspaper.js';
import { fullFormOf, shortForm } from './short-form.js';
import { badRole, badShape, isWork, trimTail, WORK } from './speaker-shape.js';
import { commonWordSpeaker } from './common-word.js';
import { workNouns } from './work-kinds.js';
import { record } from './record.js';
import { lowerCase } from '../../../text/lower-case.js';

export default function filters(options: StageOptions) {
  const v = vocabOf(options.config);
  return (_tree: Root, file: VFile) => {
    const prepared = file.data.quoteBlocks ?? [];
    const out: Quote[] = [];
    for (const f of file.data.quoteFinds ?? []) {
      const p = prepared[f.block];
      const offset = p.block.start + f.span.start;
      const verdict = notSpeech(p.block.text, f.span.open, f.text, !!f.attribution?.cue, v);
      if (verdict) note(file, offset, `quote-${verdict}`, `Quote dropped: the words around it make it a ${verdict}, not speech ("${excerpt(f.text)}")`);
      else if (!f.speaker && !moreWordsThan(f.text, v.minWords - 1)) note(file, offset, 'quote-short-fragment', `Quote dropped: fewer than ${v.minWords} words and nobody said to have said it ("${excerpt(f.text)}")`);
      else out.push(record(checked(f, offset, file, v), offset, v));
    }
    file.data.quotes = out;
  };
}

/**
 * Only a person, an organization or a description of one reaches the record (speaker-shape.ts): a
 * speaker of any other shape is dropped to null, a description beside a name that is none is dropped
 * from the credit; each with a message.
 */
function checked(f: QuoteFind, offset: number, file: VFile, v: Vocab): QuoteFind {
  const speaker = f.speaker;
  if (!speaker) return f;
  const name = speaker.name && trimTail(speaker.name, v);
  const why = badShape(name, v);
  const ok = (s: string) => !badShape(s, v);
  const owner = why === WORK ? (documentOwner(name, isWork, v) ?? introducedMaker(f, name, file, v)) : undefined;
  if (owner && ok(owner)) {
    const people = file.data.quoteNames?.people;
    const full = /^\p{Lu}\S*$/u.test(owner) ? people?.expand([owner]) : undefined;
    note(file, offset, 'speaker-document-owner', `Speaker is who made the writing credited: "${excerpt(name)}" -> "${full ?? owner}"`);
    return { ...f, speaker: { name: full ?? owner, role: '' } };
  }
  if (why) {
    note(file, offset, 'speaker-shape', `Speaker dropped: "${excerpt(name)}" ${why}`);
    return { ...f, speaker: null };
  }
  const common = commonWordSpeaker(name, file.data.quoteNames?.people, v, String(file.value));
  if (common) {
    note(file, offset, 'speaker-common-word', `Speaker dropped: "${excerpt(name)}" ${common}`);
    return { ...f, speaker: null };
  }
  const press = namedNewspaper(f, name, file, ok);
  if (press) {
    note(file, offset, 'speaker-named-newspaper', `Speaker is the newspaper the article named just before: "${excerpt(name)}" -> "${press}"`);
    return { ...f, speaker: { name: press, role: '' } };
  }
  const full = shortForm(name) ? fullFormIn(file, name) : undefined;
  if (full) {
    note(file, offset, 'speaker-short-form', `Speaker's short form expanded to the name the article gives in full: "${name}" -> "${full}"`);
    return { ...f, speaker: { name: full, role: speaker.role } };
  }
  const role = speaker.role;
  const roleWhy = role ? badRole(role, v) : undefined;
  if (roleWhy) note(file, offset, 'speaker-role-shape', `Description dropped from the credit: "${excerpt(role)}" ${roleWhy}`);
  return name === speaker.name && !roleWhy ? f : { ...f, speaker: { name, role: roleWhy ? '' : role } };
}

/** Full names per article, by short form: an article credits its short forms again and again. */
const fullForms = new WeakMap<VFile, Map<string, string | undefined>>();

function fullFormIn(file: VFile, short: string): string | undefined {
  let m = fullForms.get(file);
  if (!m) fullForms.set(file, (m = new Map()));
  if (!m.has(short)) m.set(short, fullFormOf(short, String(file.value)));
  return m.get(short);
}

/** "The ad says": the maker of the piece of writing the article introduced before the quote (document-maker.ts). */
function introducedMaker(f: QuoteFind, name: string, file: VFile, v: Vocab): string | undefined {
  const m = /^(?:the|this|that)\s+(?:[\p{L}-]+\s+)?([\p{L}-]+)$/iu.exec(name);
  if (!m) return undefined;
  const noun = lowerCase(m[1]);
  const one = noun.endsWith('s') && isWork(noun.slice(0, -1)) ? noun.slice(0, -1) : noun;
  const at = f.span.open >= 0 ? f.span.open : f.span.start;
  const ok = (s: string) => !badShape(s, v);
  const blocks = file.data.quoteBlocks ?? [];
  for (const noun of workNouns(one)) {
    const found = documentMaker(blocks, f.block, at, noun, v, ok);
    if (found) return found;
  }
  return one === 'statement' ? statementMaker(blocks, f.block, at, v, ok) : undefined;
}

/** The quote's first words, for a message. */
function excerpt(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
