// Names the outlet stage refuses once the rules or the ranker chose, each with its reason in the report
// (outlet.ts asWritten): words that are no name at all, the first name of a firm the page writes whole, and a
// person the page credits as its writer. Grammar and format rules, not fitted: they hold on any site.
import type { Config } from '../../registry.js';

const labels = new WeakMap<Config, { titles: ReadonlySet<string>; places: ReadonlySet<string> }>();
/** Job-title words (the byline stage's) and places, peoples, platforms and days (the quotes stage's not_names), lower case, once per config. */
export function labelWords(config: Config): { titles: ReadonlySet<string>; places: ReadonlySet<string> } {
  let w = labels.get(config);
  if (!w) labels.set(config, (w = { titles: new Set(config.metadata.byline.title_words.map((x) => x.toLowerCase())), places: new Set(config.quotes.not_names.map((x) => x.toLowerCase())) }));
  return w;
}
/** True when the page writes `name` as the first of a firm's names: "Harbor, Quill & Co.", "Harbor, Quill and Sons". */
export function partOfFirm(name: string, text: string): boolean {
  const esc = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![\\p{L}\\p{N}])${esc},[ \\t]+\\p{Lu}[\\p{L}'’-]+(?:[ \\t]+\\p{Lu}[\\p{L}'’-]+)?[ \\t]+(?:&|and)[ \\t]+(?:Co\\b|Company\\b|Sons\\b)`, 'u').test(text);
}
/** True when `name` is words cut from a sentence, a price, a time of day or a blog's pagination: no name at all. */
export const notAName = (name: string): boolean => NOT_A_NAME.some((re) => re.test(name));
const NOT_A_NAME = [/\p{L}['’]s$/u, /[.!?]['’"”]/u, /(?<![\p{L}\p{N}])\d{1,2}[.:]\d{2}\s?(?:am|pm)(?![\p{L}])|(?<![\p{L}\p{N}])\d+p\/|[£$€]\d/iu, /(?<![\p{L}])(?:Newer|Older)\s+Posts?(?![\p{L}])/u];

/**
 * True when the page credits `name` as its writer: a line opening with "By", "Written by" or "Posted by",
 * then the name, then the line's end, a cell, a date or a time ("Posted by Ana Ruiz March 26, 2017", "Posted by Ana Ruiz at
 * 12:55 AM"). A credit holding one of `notPersonWords` (lower case: organisation and trade words, "By Harbor
 * News") may be the outlet's own.
 */
export function credited(name: string, text: string, notPersonWords: readonly string[]): boolean {
  const words = name.split(/\s+/u);
  if (words.length < 2 || words.length > 4 || words.some((w) => !/^\p{Lu}/u.test(w) || notPersonWords.includes(w.toLowerCase()))) return false;
  const esc = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`^[ \\t•·*|]*(?:By|BY|(?:Written|Posted|Published) by):?[ \\t]+${esc}(?=[ \\t]*$|[ \\t]*[.,|•·(]|[ \\t]+and[ \\t]|[ \\t]*\\d|[ \\t]+(?:at|on)[ \\t]+\\d|[ \\t]+${MONTH}[ \\t.]+\\d)`, 'mu').test(text);
}
const MONTH = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\\p{L}*';
