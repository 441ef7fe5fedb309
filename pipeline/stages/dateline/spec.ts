// Settings of the dateline stage: the spec its section of config/ is checked against (collected in
// pipeline/registry.ts, so the config loader depends on no stage).
import { list, num, obj, str, use } from '../../config/spec.js';

/** How each pattern is compiled where the stage uses it (the loader compiles the very same at start-up). */
export const datelinePatterns = { dateline: use('u'), captionAfter: use('iu') };

export const datelineSpec = obj({
  pattern: str('Opening of a paragraph that is a dateline; group 1 is the place', {
    regex: [datelinePatterns.dateline],
    default: "^((?:[\\p{Lu}][\\p{Lu}.'’-]+)(?:\\s+[\\p{Lu}][\\p{Lu}.'’-]+)*(?:,\\s+[\\p{Lu}][\\p{L}.'’-]*(?:\\s+[\\p{Lu}][\\p{L}.'’-]*)*)?)\\s*(?:\\([^)]{1,40}\\))?\\s*[—–-]{1,2}\\s",
  }),
  max_paragraphs: num('Paragraphs from the top searched for a dateline', { default: 80, integer: true, min: 1 }),
  min_letters: num('Fewest capital letters a place has ("SO – IL" is not a dateline)', { default: 3, integer: true, min: 1 }),
  not_places: list(str('a word'), 'Caption and rubric labels that look like a dateline ("FILE -", "TOPSHOT -")', []),
  caption_after: str('Text after the dash that makes the paragraph a photo caption ("JUNE 03: ..."); case-insensitive', { regex: [datelinePatterns.captionAfter], default: '^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?\\s+\\d{1,2}\\s*:' }),
});
