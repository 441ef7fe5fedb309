// Settings of the date stage: the spec its section of config/ is checked against (collected in
// pipeline/registry.ts, so the config loader depends on no stage).
import { list, map, num, obj, str, use } from '../../config/spec.js';

/** How each pattern is compiled where the stage uses it (the loader compiles the very same at start-up). */
export const datePatterns = {
  label: use('iu'),
  /** The label found anywhere on a line: its end anchor dropped. */
  labelAnywhere: use('giu', { rewrite: (s) => s.replace(/\$$/, '') }),
  updated: use('iu'),
  /** The update label found anywhere on a line: its end anchor dropped. */
  updatedAnywhere: use('iu', { rewrite: (s) => s.replace(/\$$/, '') }),
  reject: use('iu'),
  rejectAfter: use('u'),
  byline: use('u'),
  fileName: use('u'),
};

export const dateSpec = obj({
  label_pattern: str('Text right before a date that labels it the publication date', { regex: [datePatterns.label, datePatterns.labelAnywhere], default: '(?<!\\p{L})(?:published|posted|date published|first published|published on|posted on|date)\\s*(?:on|at)?\\s*[:|-]?\\s*$' }),
  updated_pattern: str('Text right before a date that labels it an update stamp', { regex: [datePatterns.updated, datePatterns.updatedAnywhere], default: '(?:update|updated|last updated|modified|last modified|revised)\\s*(?:on|at)?\\s*[:|-]?\\s*$' }),
  reject_pattern: str('Text before a date on its line that rules the date out (tweets, notices, corrections)', {
    regex: [datePatterns.reject],
    default: '\\(@\\w+\\)\\s*$|(?:effective|copyright|©|originally published|correction|expires?|until|since|through|starting|beginning|scheduled for|due)\\b[^.]{0,40}$',
  }),
  reject_after_pattern: str('Text right after a date that makes it an event in prose or a caption, not a stamp (case-sensitive)', { regex: [datePatterns.rejectAfter], default: '^,?\\s*(?:in|at|near)\\s+\\p{Lu}|\\b(?:AP )?Photo\\b' }),
  byline_pattern: str('A line that reads as a byline, making a date beside it the publication date', { regex: [datePatterns.byline], default: '(?:^|[|•·/—–-]\\s*|\\p{Ll})By\\s*:?\\s+\\p{Lu}|^by\\s*:?\\s+\\p{Lu}' }),
  max_meta_words: num('A line with at most this many words beside its dates is a meta line, not prose', { default: 8, integer: true, min: 1 }),
  min_score: num('The best candidate must score at least this much to be taken', { default: 3 }),
  file_name_pattern: str('A dump file name that carries its date; groups 1-3 are year, month, day', { regex: [datePatterns.fileName], default: '(?:^|[_.-])((?:19|20)\\d{2})-(\\d{2})-(\\d{2})(?:[_.-]|$)' }),
  zones: map(str('fixed offset (-05:00) or IANA zone', { zone: 'iana-or-offset' }), 'Time-zone abbreviations as news sites write them', {}),
  day_first_tlds: list(str('a country\'s top-level domain'), 'Countries that write numeric dates day first: a date either order could read (04/05/2023) on a site of theirs is read day first when the page itself shows neither order'),
});
