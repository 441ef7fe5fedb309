// "The Tidewater Times argued ... According to the newspaper, ...": a description of a newspaper is the
// organization reported nearest before it whose name ends like a newspaper's ("Times", "Gazette"),
// within a few blocks. Sources are those of reported speech (names/reported.ts) and the attributions of
// the quotes before; a person, a pronoun, a piece of writing or a description is no answer.
// (Reading "According to the statement" back to the nearest source the same way was tried: it credited
// statements to the wrong people as often as to the right ones, because the maker is often someone only
// described, "the groups", or the source before is the statement's subject, not its maker.)
import type { VFile } from 'vfile';
import type { QuoteFind } from '../data.js';
import nouns from './speaker-nouns.json' with { type: 'json' };
import { lowerCase } from '../../../text/lower-case.js';

const PRESS = new Set(nouns.press_bodies);
const PRESS_NAMES = new Set(nouns.press_names);
/** How many blocks before the quote's the newspaper may be named in. */
const PRESS_BLOCKS = 4;

interface Named {
  at: number;
  name: string;
}

/** The newspaper a description of one (`name`: "the paper") stands for, or undefined. */
export function namedNewspaper(f: QuoteFind, name: string, file: VFile, ok: (s: string) => boolean): string | undefined {
  const m = /^the\s+([\p{L}-]+)$/iu.exec(name.trim());
  if (!m || !PRESS.has(lowerCase(m[1]))) return undefined;
  const blocks = file.data.quoteBlocks ?? [];
  const from = blocks[Math.max(0, f.block - PRESS_BLOCKS)]?.block.start ?? 0;
  const to = blocks[f.block].block.start + (f.span.open >= 0 ? f.span.open : f.span.start);
  const fits = (s: Named) => s.at >= from && s.at < to && ok(s.name) && PRESS_NAMES.has(lastWord(s.name));
  let best: Named | undefined;
  for (const s of sources(file)) if (fits(s) && (!best || s.at > best.at)) best = s;
  return best?.name;
}

/** Reported sources and quote attributions that name an organization, with their offsets. */
function sources(file: VFile): Named[] {
  const out: Named[] = [];
  for (const r of file.data.quoteNames?.reported ?? []) if (r.mention.kind === 'org') out.push({ at: r.at, name: r.mention.text });
  for (const q of file.data.quoteFinds ?? []) if (q.attribution && q.at !== undefined && q.speaker?.name && q.mention?.kind === 'org') out.push({ at: q.at, name: q.speaker.name });
  return out;
}

const lastWord = (s: string) => s.split(/\s+/u).pop()!.replace(/['\u2019]s?$/u, '');
