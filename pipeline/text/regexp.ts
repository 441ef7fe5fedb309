// A string as a regular expression matches it literally: its pattern characters escaped. One helper for the
// patterns built around names and words at run time (outlets, bylines, dates), instead of a copy in each file.

/** `s` with every regular-expression pattern character escaped. */
export const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

