// Shared shapes of the pipeline, and the fields every per-article stage leaves on `file.data`.
// Stages communicate only through these keys, so a stage can be swapped without touching the others.

/** A field value and the name of the source (in that field's ordered source list) that found it. */
export interface Found<T> {
  value: T;
  /** Which source hit first, e.g. `frontmatter`, `label-line`, `outlet-profile`. Goes to the run report. */
  via: string;
  /** How the value was found, as numbers (stages/confidence.ts weighs them): evidence, margins, places. */
  features?: Record<string, number>;
  /** Share of values found this way that are right, as fitted on labelled sites (stages/confidence.ts). */
  confidence?: number;
}

export interface Quote {
  /** The quoted words, without the enclosing quotation marks. */
  text: string;
  /**
   * Who said it, as the article credits them at this quote: the resolved person or organization with
   * the description written there ("Geoff Garin, a Democratic pollster"); null when nobody is said to
   * have said it.
   */
  speaker: string | null;
  /** The bare resolved name when `speaker` carries a description: the key a CMS links people by. */
  speaker_name?: string;
  /** The description the article gives with the speaker ("a spokesman for the governor"). */
  speaker_role?: string;
  /** Attribution verb as written ("said", "wrote", "according to"), when one was found. */
  cue?: string;
  /** True when the quote is a fragment embedded in the reporter's own sentence. */
  partial?: boolean;
  /** Character offset of the quote's first word in the normalized text. */
  offset?: number;
}

/** A span of the normalized text that a stage judged to be site chrome, and the rule that said so. */
export interface ChromeSpan {
  start: number;
  end: number;
  rule: string;
}

/** Distinct dumps per key: a Map, or a run's table of key hashes (run/line-table.ts). */
export interface LineCounts {
  get(key: string): number | undefined;
}

/** What the run layer learned about the whole batch before per-article stages run. */
export interface BatchContext {
  /** Normalized line -> number of distinct dumps it appears in. Boilerplate repeats; prose does not. */
  lineDocCounts: LineCounts;
  /** Number of dumps counted. */
  docs: number;
}

/** One line of the dump's normalized text (`file.value`), with its place. */
export interface Line {
  /** 0-based line number. */
  n: number;
  /** Offsets into `file.value` of the line's first character and of its end (before the newline). */
  start: number;
  end: number;
  text: string;
}

/**
 * One paragraph of the page as the parser grouped its lines (pipeline/article/parse.ts): a leaf block
 * of the tree (paragraph, heading, list item, rule, code or HTML block) in document order.
 */
export interface Paragraph {
  /** Index in the page's paragraph list. */
  i: number;
  lines: Line[];
  /** The lines joined by single spaces, trimmed (a list item keeps its bullet). */
  text: string;
  /** A heading's depth (1 for `#`); 0 or unset on every other block (set on every one: one object shape). */
  depth?: number;
}

export type ParagraphKind = 'prose' | 'short' | 'chrome';

/** A paragraph as chrome judged it: `prose` reads like reporting, `chrome` is site furniture, `short` is between. */
export interface JudgedParagraph extends Paragraph {
  kind: ParagraphKind;
  words: number;
  /** Rule id that made it chrome (for the run report), when it is chrome; or 'chrome-embed' on a post embedded in
   * the article, which keeps its kind (the stretch is chosen as if it were there) and is removed inside it. */
  rule?: string;
  /** Lines of the paragraph that are chrome on their own (a pattern matched the whole line). */
  chromeLines: Set<number>;
  /** True when the whole paragraph is found in other dumps of the batch. */
  repeated: boolean;
  /** True when every line is found in another dump whole, or by its opening or closing words. */
  echoed: boolean;
  /** In how many dumps of the batch every line of the paragraph is found (0 when some line is in no other). */
  sharedDocs: number;
  /** Shared by many dumps and shaped like boilerplate: no sentence, or outside the article in most of them. */
  boilerplateShaped: boolean;
}

/** The page's paragraphs as chrome judged them, and the stretch of them that is the article. */
export interface ArticleZone {
  paras: JudgedParagraph[];
  /** In how many dumps of the batch this page's story is found (its shared prose), 0 when it is its own: a line no more dumps share is the story's, not boilerplate. */
  storyDocs: number;
  region: {
    /** First and last paragraph index of the article, inclusive; -1 when the page holds no prose. */
    first: number;
    last: number;
  };
}

/** An outlet as the registry (config/outlets.yaml) knows it. */
export interface OutletEntry {
  name: string;
  aliases: string[];
  domains: string[];
  markers: string[];
  chrome: string[];
  timezone?: string;
}

declare module 'vfile' {
  interface DataMap {
    /** Frontmatter of an `.md` dump: trusted before anything found in the text. */
    trusted: Record<string, unknown>;
    /** Source kind of the dump (file extension without dot). */
    kind: 'txt' | 'md';
    /** How far each indented line of a plain-text dump was indented before the read took it off (0-based line -> width). */
    indents: ReadonlyMap<number, number>;
    /** The dump's lines, each with its place (pipeline/text/lines.ts fills it on first use). */
    lines: Line[];
    /** Spans no longer body: site chrome, and lines a metadata stage consumed (headline, date, byline). */
    chrome: ChromeSpan[];
    /** The article zone: every paragraph of the page as chrome judged it, and the article's stretch (set by chrome). */
    article: ArticleZone;
    /** The registry entry of the outlet found, when the registry knows it (set by outlet). */
    outletEntry: OutletEntry;
    /** The line the publication date was read from, when it came from the text (set by date); also the
     * line of a stamp the date stage found but gives no date by (a masthead's, a tie), for the byline. */
    dateLine: Line;
    headline: Found<string>;
    date: Found<string>;
    outlet: Found<string>;
    byline: Found<string[]>;
    dateline: Found<string>;
    section: Found<string>;
    quotes: Quote[];
    /** Paragraphs (or lines of one) removed from the article, per rule: chrome's and the metadata lines' (headline, date, byline). */
    removed: Record<string, number>;
    /** The article body as Markdown, chrome removed. */
    body: string;
    /** Values held back for low confidence (set by confidence), kept for the report and for fitting. */
    heldBack: Partial<Record<'headline' | 'date' | 'byline' | 'outlet', Found<string> | Found<string[]>>>;
  }
}

// Where the dump writes a Markdown construct its own way, the parser keeps the written form, so the body
// (stages/body.ts) writes every line back as the dump has it.
declare module 'mdast' {
  interface ListItemData {
    /** The item's mark as the dump wrote it, with the spacing after it ("• ", "*  ", "2. "). */
    bullet?: string;
  }
  interface HeadingData {
    /** The marks opening an ATX heading as written ("## "). */
    open?: string;
    /** The line under a setext heading ("====="). */
    underline?: string;
  }
  interface ThematicBreakData {
    /** The rule as written ("---", "* * *"). */
    raw?: string;
  }
  interface CodeData {
    /** The opening fence line and the closing one (none when the dump never closed it). */
    open?: string;
    close?: string;
  }
}
