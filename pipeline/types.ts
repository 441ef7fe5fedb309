// Shared shapes of the pipeline, and the fields every per-article stage leaves on `file.data`.
// Stages communicate only through these keys, so a stage can be swapped without touching the others.

/** A field value and the name of the source (in that field's ordered source list) that found it. */
export interface Found<T> {
  value: T;
  /** Which source hit first, e.g. `frontmatter`, `label-line`, `outlet-profile`. Goes to the run report. */
  via: string;
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

/** What the run layer learned about the whole batch before per-article stages run. */
export interface BatchContext {
  /** Normalized line -> number of distinct dumps it appears in. Boilerplate repeats; prose does not. */
  lineDocCounts: Map<string, number>;
  /** Number of dumps counted. */
  docs: number;
}

declare module 'vfile' {
  interface DataMap {
    /** Frontmatter of an `.md` dump: trusted before anything found in the text. */
    trusted: Record<string, unknown>;
    /** Source kind of the dump (file extension without dot). */
    kind: 'txt' | 'md';
    chrome: ChromeSpan[];
    headline: Found<string>;
    date: Found<string>;
    outlet: Found<string>;
    byline: Found<string[]>;
    dateline: Found<string>;
    section: Found<string>;
    quotes: Quote[];
    /** The article body as Markdown, chrome removed. */
    body: string;
  }
}
