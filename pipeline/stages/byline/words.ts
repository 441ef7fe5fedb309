// The word lists the byline rules ask of every line (given names, job-title, desk, organisation and
// place words), built once per config; and the words a page's prose writes in lower case, once per page.
import type { VFile } from 'vfile';
import type { StageOptions } from '../options.js';
import type { Cfg, Ctx } from './context.js';
import type { NameWords } from './features.js';

export const rulesOf = (cfg: Cfg) => ({ not_names: cfg.not_names, title_words: cfg.title_words, org_words: cfg.org_words, max_words_per_name: cfg.max_words_per_name, desk_words: cfg.desk_words, given_abbreviations: cfg.given_abbreviations });

const nameWords = new WeakMap<object, NameWords>();
export function nameWordsOf(options: StageOptions): NameWords {
  let w = nameWords.get(options.config);
  if (!w) {
    const q = options.config.quotes.first_names;
    const b = options.config.metadata.byline;
    nameWords.set(options.config, (w = { given: new Set([...q.male, ...q.female].map((n) => n.toLowerCase())), titles: new Set([...b.title_words, ...b.org_words].map((n) => n.toLowerCase())) }));
  }
  return w;
}

type WordList = 'title_words' | 'desk_words' | 'org_words' | 'not_names';
const wordSets = new WeakMap<Cfg, Map<string, ReadonlySet<string>>>();
/** The words of config lists `keys`, lower case, built once per config (rules ask per line). */
export function wordsOf(cfg: Cfg, ...keys: WordList[]): ReadonlySet<string> {
  let byKeys = wordSets.get(cfg);
  if (!byKeys) wordSets.set(cfg, (byKeys = new Map()));
  const key = keys.join('+');
  let w = byKeys.get(key);
  if (!w) byKeys.set(key, (w = new Set(keys.flatMap((k) => cfg[k]).map((x) => x.toLowerCase()))));
  return w;
}
/** Job-title and desk words (what writerShaped says a person's name is not). */
export const jobWordsOf = (cfg: Cfg) => wordsOf(cfg, 'title_words', 'desk_words');
/** Job-title and organisation words: what marks a credit's title or employer after the names. */
export const markWordsOf = (cfg: Cfg) => wordsOf(cfg, 'title_words', 'org_words');

/** True when name `n` opens with a known given name ("Ana Ruiz"; marks around the word left out). */
export function opensWithGiven(n: string, given: ReadonlySet<string>): boolean {
  return given.has(n.split(/\s+/u)[0].toLowerCase().replace(/[^\p{L}'-]/gu, ''));
}

const notNames = new WeakMap<object, ReadonlySet<string>>();
/** Capitalised words that never name a person (places, groups, days, months: the quotes stage's `not_names`), as written. */
export function notNamesOf(options: StageOptions): ReadonlySet<string> {
  let w = notNames.get(options.config);
  if (!w) notNames.set(options.config, (w = new Set(options.config.quotes.not_names)));
  return w;
}

const lowerOf = new WeakMap<VFile, Set<string>>();
const PROSE_LOWER = /(?<=^|[\s("“‘])\p{Ll}{3,}(?=$|[\s,;:!?)"”’]|\.(?!\S))/gmu;
/** The words the page's prose writes in lower case (a name in lower case in a link, an address or a handle ("/ana-ruiz/") is still a name). */
export function lowerWords(ctx: Ctx): ReadonlySet<string> {
  let lower = lowerOf.get(ctx.file);
  if (!lower) lowerOf.set(ctx.file, (lower = new Set(String(ctx.file.value).match(PROSE_LOWER) ?? [])));
  return lower;
}

/** A text's letters and digits only, lower case (to compare a line with the names read from it). */
export const norm = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
