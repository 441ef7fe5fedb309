// Settings of the headline stage: the spec its section of config/ is checked against (collected in
// pipeline/registry.ts, so the config loader depends on no stage).
import { list, num, obj, str, use } from '../../config/spec.js';

/** Every pattern of the stage is tried alone, case-insensitively (the loader compiles the same at start-up). */
export const headlinePatterns = { line: use('iu') };
const pattern = str('a pattern', { regex: [headlinePatterns.line] });

export const headlineSpec = obj({
  min_words: num('Fewest words a title line may have', { default: 3, integer: true, min: 1 }),
  max_words: num('Most words a title line may have', { default: 30, integer: true, min: 1 }),
  window: num('How many paragraphs above the article may hold its title', { default: 60, integer: true, min: 1 }),
  not_title_patterns: list(pattern, 'Lines that are never a title: bylines, dates, credits, counters (case-insensitive)'),
  header_patterns: list(pattern, 'Byline and date lines: what follows an article\'s title within a few paragraphs (case-insensitive)'),
  not_after_patterns: list(pattern, 'Lines after which the next line is never a title: a "By" label is followed by a name (case-insensitive)'),
  site_separators: list(str('a separator'), 'What joins a title to a site name or section in a page title ("Title | Site")', [' | ', ' - ', ' – ', ' — ', ' :: ']),
  max_sentence_words: num('A candidate that ends with a full stop and runs longer than this is the lede of a dump without a title, not a title', { default: 16, integer: true, min: 1 }),
  max_site_words: num('Longest site or section name cut from a title, in words', { default: 4, integer: true, min: 1 }),
});
