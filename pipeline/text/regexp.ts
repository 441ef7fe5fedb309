// A string as a regular expression matches it literally: its pattern characters escaped. One helper for the
// patterns built around names and words at run time (outlets, bylines, dates), instead of a copy in each file.

/** `s` with every regular-expression pattern character escaped. */
export const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A case-insensitive pattern finding any of `strings` inside a text: a cue a line must match before a costlier
 * rule that needs one of those strings reads it. (Case-insensitive matching with /u finds a word wherever
 * lower-casing the text's words would give it.)
 */
export const anyOfCue = (strings: Iterable<string>): RegExp => new RegExp([...strings].map(escapeRe).join('|'), 'iu');
