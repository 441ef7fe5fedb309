// Settings of the chrome stage: all internal constants, in rules.yaml beside this file.
import { list, num, obj, str, use } from '../../config/spec.js';

/** How the patterns are compiled where they are used (the loader compiles the very same at start-up):
 * each alone, case-insensitively; line and caption patterns also joined as one alternation (anyOf). */
export const chromePatterns = { line: use('iu'), joined: use('iu') };
const pattern = str('a pattern', { regex: [chromePatterns.line] });

export const chromeSpec = obj({
  line_patterns: list(pattern, 'Whole-line patterns that are chrome on any site (case-insensitive)', [], chromePatterns.joined),
  caption_patterns: list(pattern, 'Patterns that make a paragraph a photo caption or credit wherever they match (case-insensitive)', [], chromePatterns.joined),
  credit_patterns: list(pattern, 'Patterns of a credit line under a photo or chart, matched against the whole paragraph (case-insensitive): "Courtesy of ...", "Photographer: ...", "Source: ..."; the credit and the caption standing right over it are chrome', [], chromePatterns.joined),
  note_patterns: list(pattern, 'Patterns of a note set in or under an article, matched against the whole paragraph (case-insensitive): where to follow or contact the writer or the desk', [], chromePatterns.joined),
  promo_patterns: list(pattern, 'Patterns that make a paragraph a promotion set in or after the article, matched against the whole paragraph (case-insensitive): a teaser for another story ("Read more: ..."), a newsletter sign-up box and its consent line', [], chromePatterns.joined),
  embed_patterns: list(pattern, 'Patterns of the sign-off under a post embedded from a social network ("— Name (@handle) Date"), matched against the whole paragraph (case-insensitive); the sign-off and the indented post right over it are chrome', [], chromePatterns.joined),
  embed_max_chars: num('Most characters (links aside) of the text of an embedded post set off indented over its sign-off; a longer indented run is not a post, and only the sign-off goes', { default: 320, min: 0, integer: true }),
  stopwords: list(str('a word'), 'Function words of the languages served: prose is dense in them, menus and titles are not'),
  prose_min_words: num('Fewest words a paragraph needs to count as prose', { default: 10, min: 1, integer: true }),
  prose_min_stopword_ratio: num('Least share of function words in a prose paragraph', { default: 0.2, min: 0, max: 1 }),
  short_cost: num('What a short paragraph (title, menu item, subhead) costs the stretch chosen as the article', { default: 4, min: 0 }),
  chrome_cost: num('What a chrome paragraph costs the stretch chosen as the article', { default: 8, min: 0 }),
  caption_cost: num('What a caption or a paragraph repeated within the page costs the stretch chosen as the article', { default: 1, min: 0 }),
  item_min_words: num('A list item with at least this many words costs the article no more than a caption', { default: 6, min: 1, integer: true }),
  syndicated_share: num('When this share of a page\'s prose is found in other dumps, the page is a shared story and its repeated prose counts', { default: 0.6, min: 0, max: 1 }),
  echo_words: num('A long paragraph whose first or last this many words are found in another dump counts toward the shared share above (an edited version of the same story); 0 turns this off', { default: 8, min: 0, integer: true }),
  end_patterns: list(pattern, 'Whole-line patterns after which the article does not go on: comments, related links, the next article (case-insensitive)'),
  tail_patterns: list(pattern, 'Prose set apart at the end of the article that is boilerplate: an author bio, a newsletter plea, a copyright notice (case-insensitive, anywhere in the paragraph)'),
  lead_in_patterns: list(pattern, 'Whole-line patterns of a short line that leads into what the page set under it ("Here is how the two compare:"): right after the article\'s last paragraph it stays the article\'s, as a short closing sentence does (case-insensitive)'),
  bio_patterns: list(pattern, 'Patterns of the first paragraph of an author\'s bio, matched against the paragraph, its lines joined by single spaces (case-insensitive): "Jane Roe is a freelance writer ..."; set apart at the article\'s end under the writer\'s name, the bio is not the article'),
  bio_max_paragraphs: num('Most prose paragraphs an author\'s bio at the article\'s end runs to', { default: 3, min: 1, integer: true }),
  box_patterns: list(pattern, 'Whole-line headers of link boxes ("Related stories"): the header and the short lines under it are chrome (case-insensitive)'),
  header_patterns: list(pattern, 'Byline lines that open an article under its title (case-insensitive). A title-shaped line, one of these under it, then prose, inside an article that already holds end_min_words of prose, is the next article'),
  bridge_min_score: num('Least score (prose words less what the other paragraphs cost) the best stretch above the article needs to join it over a code listing, a table or a list between them; 0 turns this off', { default: 75, min: 0 }),
  bridge_max_chrome_share: num('Most share of the paragraphs between that stretch and the article that may be chrome (captions and symbol lines aside) for the two to join', { default: 0.2, min: 0, max: 1 }),
  bridge_max_fragments: num('Most one- or two-word lines (not code) that one run between the two stretches with no prose in it may hold for them to join: a product or price widget is dozens of them', { default: 50, min: 0, integer: true }),
  end_min_words: num('Prose words the article must hold before an end line can close it', { default: 80, min: 0, integer: true }),
  duplicate_min_words: num('A paragraph found twice in one dump is a caption or a teaser when it has at least this many words', { default: 8, min: 1, integer: true }),
  repeat_min_docs: num('A paragraph found in at least this many dumps of the batch is boilerplate, if it is no sentence or most of those dumps show it outside their article', { default: 4, min: 2, integer: true }),
});
