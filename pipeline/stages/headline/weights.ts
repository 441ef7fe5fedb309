// How much each cue weighs when title candidates are scored. Measured on page dumps from many sites;
// each weight is about the size of the cue's typical margin between a title and the line that
// competes with it (a kicker, a dek, a caption, a teaser for another story).
export const W = {
  /** Share of the title's content words found in the article's opening (scaled by `fullContent`). */
  overlap: 2,
  /** Content words a title needs before its overlap counts in full (a tag of two words proves little). */
  fullContent: 4,
  /** The page shows the title again with other words around it (breadcrumb, share text). */
  echoed: 0.5,
  /** A full title's length: up to `fullWords` words, each worth its share of `length`. */
  length: 1.2,
  fullWords: 10,
  /** Standing higher in the header (a dek, a byline, a photo come under the title), up to `headerSpan`. */
  perParagraphUp: 0.01,
  headerSpan: 12,
  /** Standing far from the article (past `farFrom` paragraphs): menus and other stories' teasers. */
  perParagraphFar: 0.02,
  farFrom: 20,
  /** Longer than a title runs (`longWords`): a dek or a summary. */
  long: 0.5,
  longWords: 20,
  /** Ends with a full stop: a dek, a caption, a sentence. */
  sentence: 1.0,
  /** Found in other dumps of the batch: a section name, a menu, a link to another story. */
  shared: 0.8,
  /** Next to a photo credit: a caption. */
  byCaption: 0.8,
  /** Repeats the lede nearly word for word (`copyShare` of at least `copyWords` content words): a dek. */
  copiesLede: 1,
  copyWords: 8,
  copyShare: 0.9,
  /** Ends with an ellipsis: a teaser cut short. */
  truncated: 1,
  /** All capitals: a section label or alt text. */
  shouted: 1,
  /** Words run together ("OpinionsEditorials"): a row of links that lost its spacing. */
  glued: 0.8,
  /** Printed `tagRepeats` times or more on the page: a topic tag. */
  tag: 0.8,
  tagRepeats: 3,
  /** A byline or a date within `headerLook` paragraphs under it. */
  headed: 0.5,
  headerLook: 4,
  /** The dump is clean (at most `cleanLead` header paragraphs, no chrome) and this is its first line. */
  opensClean: 2,
  cleanLead: 6,
  /** Lines within `nameLook` paragraphs after a "By" label are names. */
  nameLook: 3,
  /** A candidate above the best one, within `headerSpan`, scoring within `aboveMargin` and holding
   * `aboveMinWords` words and `aboveOverlap` of overlap, is the title heading its header. */
  aboveMargin: 0.6,
  aboveMinWords: 7,
  aboveOverlap: 0.25,
  /** Words of the article's opening that the overlap is measured against. */
  ledeWords: 150,
} as const;
