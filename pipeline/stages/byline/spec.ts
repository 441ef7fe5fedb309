// Settings of the byline stage: the spec its section of config/ is checked against (collected in
// pipeline/registry.ts, so the config loader depends on no stage).
import { list, num, obj, str, use } from '../../config/spec.js';

/** How each pattern is compiled where it is used (the loader compiles the very same at start-up). */
export const bylinePatterns = {
  by: use('iu'),
  gluedBy: use('u'),
  /** Also read by the date stage: a labelled byline makes a date beside it the publication date. */
  label: use('iu'),
  nameOutlet: use('u'),
  nameAge: use('iu'),
  commentsHeading: use('iu'),
  headshot: use('u'),
  authorLink: use('gu'),
};

export const bylineSpec = obj({
  by_pattern: str('Where a byline starts on a line: group 0 ends right before the names', { regex: [bylinePatterns.by], default: '^[\\s•·*]*(?:by|written by|words by|story by|reporting by|published by)\\b\\s*:?\\s*|[|•·]\\s*by\\b\\s*:?\\s*' }),
  glued_by_pattern: str('A "By" glued to the cell before it ("Ana RuizBy Ana Ruiz"); case-sensitive', { regex: [bylinePatterns.gluedBy], default: '(?<=\\p{Ll})By\\s+(?=\\p{Lu})|^\\W*By(?=\\p{Lu}\\p{Ll})' }),
  label_pattern: str('A line that labels the byline on the line after it', { regex: [bylinePatterns.label], default: '^(?:written by|by|author|authors?|about the author)\\s*:?$' }),
  date_reach: num('Lines from the publication date line within which a byline counts as the story\'s', { default: 12, integer: true, min: 0 }),
  max_line_chars: num('Longest text (before any date) a bare-name line may have', { default: 60, integer: true, min: 1 }),
  beside_date_far_reach: num('Lines from the date line searched for a bare name that recurs on the page', { default: 6, integer: true, min: 0 }),
  name_outlet_pattern: str('A line that is a name, a wide gap and an outlet; group 1 is the name', { regex: [bylinePatterns.nameOutlet], default: '^[ \\t]*(\\p{Lu}[\\p{L}\'’.-]+(?:[ \\t]\\p{Lu}[\\p{L}\'’.-]+){1,3})[ \\t]{3,}\\p{Lu}[\\p{L}&.’\' -]{1,40}$' }),
  name_age_pattern: str('A line that is a name and the story\'s age; group 1 is the name', { regex: [bylinePatterns.nameAge], default: '^[ \\t]*(\\p{Lu}[\\p{L}\'’.-]+(?:[ \\t]\\p{Lu}[\\p{L}\'’.-]+){1,3})[ \\t]+\\d{1,2}[ \\t]+(?:minutes?|hours?|days?|weeks?|months?|years?)(?:[ \\t]+ago)?[ \\t]*$' }),
  comments_heading_pattern: str('A line that heads the comments under a story ("6 thoughts on ...", "Leave a Reply"): no name beside a date after it is a credit', { regex: [bylinePatterns.commentsHeading], default: '^(?:\\d+\\s+(?:thoughts?|comments?|responses?|replies)(?:\\s+(?:on|to)\\b.*)?|leave a (?:reply|comment))$' }),
  headshot_pattern: str('A picture\'s alt text naming a person ("Picture of Ana Ruiz"); group 1 is the name, a writer\'s box when the same name stands alone under it', { regex: [bylinePatterns.headshot], default: '^\\s*(?:[Pp]icture|[Pp]hoto|[Ii]mage|[Aa]vatar|[Hh]eadshot|[Pp]ortrait)\\s+of\\s+(\\p{Lu}[\\p{L}.\'’-]*(?:\\s+\\p{L}[\\p{L}.\'’-]*){1,3})\\s*$' }),
  author_link_pattern: str('A link to the writer\'s other articles ("More articles by Ana Ruiz", "Ana RuizView More Articles"); the first group that matches is the name. A byline naming none of them is refused', { regex: [bylinePatterns.authorLink], default: '' }),
  beside_date_reach: num('Lines from the publication date line searched for a bare name', { default: 3, integer: true, min: 0 }),
  max_words_per_name: num('Longest name, in words', { default: 4, integer: true, min: 1 }),
  not_names: list(str('a word'), 'Words that end a name when they follow it (bio verbs, prepositions, stamps)', []),
  title_words: list(str('a word'), 'Job-title words: a comma part with one is a title, not a name', []),
  org_words: list(str('a word, lower case'), 'Words that make a credit an organisation (wire services, desks)', []),
  given_abbreviations: list(str('a word, lower case'), 'Short forms of a given name that open a name though a credential reads the same ("Md" for Muhammad; "MD" after a name is a degree)', []),
  desk_words: list(str('a word, lower case'), 'Desks and beats that open a job title ("Science Correspondent"): not part of the name before it', []),
});
