// Photo captions the caption patterns (rules.yaml, case-insensitive) cannot tell: a photographer's credit
// is told by its capitals ("Jane Doe / Pool / Example Agency"), which a case-insensitive pattern ignores,
// and a caption the page prints twice, once bare and once with its credit, is told by the pair.
// Either way the caption is not the article's first paragraph, nor its title.
import { foldLine } from '../../text/lines.js';

// A capitalized word, an initial or an all-capitals agency ("A.", "McNamee", "O'Neil", "EPA").
const CAP = String.raw`\p{Lu}[\p{L}.'’-]*`;
const NAME = String.raw`${CAP}(?: ${CAP}){1,3}`;
const ORG = String.raw`(?:the |The )?${CAP}(?: (?:${CAP}|&|of|de|du|der)){0,4}`;
// Unbracketed, the slash stands between spaces: "Jane Doe/JD" closing a paragraph is an editor's sign-off.
const CREDIT = String.raw`${NAME} / ${ORG}(?: / ${ORG}){0,2}`;
const BRACKETED = String.raw`\(${NAME}\s*/\s*${ORG}(?:\s*/\s*${ORG}){0,2}\)`;
/** The credit alone on its line: "Jane Doe / The Example Times". */
const CREDIT_LINE = new RegExp(String.raw`^${CREDIT}$`, 'u');
/** A caption closing with its credit after the sentence: "... on Thursday. (Example Photo/Jane Doe)", "... at the rally. Photo / Agency". */
const CREDIT_END = new RegExp(String.raw`[.!?]["'”’]?\s+(?:${BRACKETED}|${CREDIT}|\(${NAME}\)|(?:Photo|Picture|Image)s? / ${ORG})$`, 'u');
/** The credit in brackets alone on its line, under the caption it credits: "(Jane Doe / The Example Times)", "(Example Photo/Jane Doe)". */
const BRACKETED_LINE = new RegExp(String.raw`^${BRACKETED}$`, 'u');
// A slash with no spaces joins words in running text too ("and/or", "24/7", "Mr./Ms."); alone on its line,
// between a full name and a source, or between a source written in capitals or a platform and a full name,
// it is a credit: "Jane Doe/Example Agency", "EXA/Jane Doe", "Instagram/Jane Doe".
const PLATFORM = String.raw`(?:\p{Lu}{2,}|Instagram|Twitter|X|Facebook|TikTok|YouTube|Flickr)`;
const GLUED_LINE = new RegExp(String.raw`^(?:${NAME}/${ORG}|${PLATFORM}/${NAME})$`, 'u');
/** A caption whose credit the page glued to its last sentence, no space between (the glue is the tell, so one
 * word will do): "... on Thursday.Jane Doe/Example Agency", "... at home.Doe/Instagram". */
const GLUED_END = new RegExp(String.raw`[.!?]["'”’]?${CAP}(?: ${CAP}){0,3}/${ORG}$`, 'u');

/** Most words of a caption with its credit glued on: a page also glues a caption and its credit to the end
 * of a paragraph of the article's prose, and that paragraph is the article's. */
const GLUED_MAX_WORDS = 30;

export function isCredit(text: string): boolean {
  const t = text.trim();
  // Every credit either pattern reads holds a slash or closes a bracket; most paragraphs do neither, and
  // CREDIT_END, open at its start, is tried from every sentence end (isCredit was ~2% of an article
  // thread's CPU in a --cpu-prof of a polnear-dev run, pass 1 and pass 2).
  if (!t.includes('/') && !t.endsWith(')')) return false;
  return CREDIT_LINE.test(t) || CREDIT_END.test(t) || BRACKETED_LINE.test(t) || GLUED_LINE.test(t) || (GLUED_END.test(t) && t.split(/\s+/u).length <= GLUED_MAX_WORDS);
}

// What a caption's second printing adds: its credit in brackets, "(Jane Doe / Agency)", "(Example News)".
const ADDED_CREDIT = /^\s*\([^()]{2,80}\)$/u;

/** Indexes of paragraphs printed twice in a row, bare and then with a credit in brackets: both are the
 * caption (alt text and caption). Only paragraphs of `minWords` words or more, as with duplicates.
 * `folded`: the texts through foldLine, when the caller has them already. */
export function captionTwins(texts: readonly string[], words: readonly number[], minWords: number, folded: readonly string[] = texts.map(foldLine)): Set<number> {
  const out = new Set<number>();
  for (let i = 0; i + 1 < texts.length; i++) {
    if (words[i] < minWords) continue;
    // the pair stands together: the credited one next, or one paragraph (a credit line) between
    for (const j of [i + 1, i + 2]) {
      if (j >= texts.length || !folded[j].startsWith(folded[i])) continue;
      if (!ADDED_CREDIT.test(folded[j].slice(folded[i].length))) continue;
      out.add(i).add(j);
    }
  }
  return out;
}
