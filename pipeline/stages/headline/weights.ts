// How the cues of title candidates are defined (features.ts gives the cues' weights, fitted on labelled
// pages: model.json). These set what a cue looks at: how far, how many words, how close a copy.
export const W = {
  /** Content words a title needs before its overlap counts in full (a tag of two words proves little). */
  fullContent: 4,
  /** A full title's length in words. */
  fullWords: 10,
  /** Paragraphs a title's header spans (a dek, a byline, a photo come under the title). */
  headerSpan: 12,
  /** Past this many paragraphs above the article: menus and other stories' teasers. */
  farFrom: 20,
  /** Longer than a title runs: a dek or a summary. */
  longWords: 20,
  /** Repeats the lede nearly word for word (`copyShare` of at least `copyWords` content words): a dek. */
  copyWords: 8,
  copyShare: 0.9,
  /** Printed `tagRepeats` times or more on the page: a topic tag. */
  tagRepeats: 3,
  /** A byline or a date within `headerLook` paragraphs under it. */
  headerLook: 4,
  /** The dump is clean when at most `cleanLead` header paragraphs, none chrome, stand before the article. */
  cleanLead: 6,
  /** Lines within `nameLook` paragraphs after a "By" label are names. */
  nameLook: 3,
  /** A candidate above the best one, within `headerSpan`, scoring close to it (model.json's above_margin)
   * and holding `aboveMinWords` words and `aboveOverlap` of overlap, is the title heading its header. */
  aboveMinWords: 7,
  aboveOverlap: 0.25,
  /** A dek is written in sentence case: fewer than this share of its longer words capitalized (titles are
   * mostly Title Case; rankTitles lets a shorter title over such a line head it). 0.4 gives the same pages. */
  dekCaps: 0.5,
  /** Paragraphs under the article's first one that may still hold its title. */
  belowSpan: 6,
  /** Prose paragraphs (a teaser, a dek) that may stand over a title found under the article's first one. */
  belowProse: 2,
  /** Words of the article's opening that the overlap is measured against. */
  ledeWords: 150,
} as const;
