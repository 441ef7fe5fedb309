// Settings of the quotes stage. Every vocabulary the stage leans on is data here, so another newsroom's
// house style (or another language's speech verbs) is a config edit, not a code change.
import { bool, list, num, obj, str } from '../../config/spec.js';

const words = (what: string, dflt: string[] = []) => list(str(what), what, dflt);

export const quotesSpec = obj({
  verbs: words('Attribution verbs as written ("said", "wrote", "added"); matched case-insensitively, whole words', ['said', 'says', 'wrote', 'writes', 'added', 'told', 'asked', 'tweeted']),
  report_verbs: words('Verbs of thinking and stance that make their subject a source for later pronouns, though they frame no quote', ['believes', 'thinks']),
  phrases: words('Multi-word attribution cues that precede the source ("according to")', ['according to']),
  before_source: words('Words that may sit between a speech verb and a source ("said Tuesday Smith"), skipped', []),
  adverbs: words('Words that may sit between a source and its verb ("Smith later said"), skipped', ['also', 'later']),
  titles: words('Title and rank words that precede a name and are not part of it ("Sen.", "President")', ['Mr.', 'Mrs.', 'Ms.', 'Dr.', 'President', 'Sen.', 'Rep.', 'Gov.']),
  honorifics: obj({
    male: words('Honorifics that say the person is a man', ['Mr.']),
    female: words('Honorifics that say the person is a woman', ['Mrs.', 'Ms.', 'Miss']),
  }, 'Honorifics with gender, used to resolve "he" and "she"'),
  gender_nouns: obj({
    male: words('Nouns in a description that say the person is a man ("spokesman")', ['spokesman']),
    female: words('Nouns in a description that say the person is a woman ("spokeswoman")', ['spokeswoman']),
  }, 'Role nouns with gender'),
  first_names: obj({
    male: words('Common given names of men', []),
    female: words('Common given names of women', []),
  }, 'Given names with gender, a last resort for "he" and "she"'),
  pronouns: obj({
    male: words('Pronouns for a man', ['he']),
    female: words('Pronouns for a woman', ['she']),
    plural: words('Pronouns for a group or organization', ['they', 'we']),
    neuter: words('Pronouns for an organization or document', ['it']),
    first_person: words('First-person pronouns (the writer or an interviewee speaking)', ['i']),
  }, 'Pronouns a source may be written as'),
  not_names: words('Capitalized words that are never a person alone: places, groups, days, months', ['Monday', 'January']),
  org_words: words('Words that make a capitalized phrase an organization ("Committee", "Campaign")', ['House', 'Committee', 'Campaign', 'Department']),
  name_particles: words('Lowercase words that can sit inside a personal name ("de", "van")', ['de', 'van', 'von', 'bin', 'al']),
  name_stops: words('Words after which a source phrase stops being the name ("of", "who")', ['of', 'from', 'who', 'which', 'in', 'at', 'for']),
  tail_stops: words('Words that end the description after a name ("said Smith, a spokesman, in an interview")', ['in', 'on', 'at', 'during', 'after', 'said']),
  tail_event_preps: words('Prepositions that end the description after a name when an event follows ("in an interview")', ['in', 'on', 'at']),
  clause_openers: words('Sentence-initial words that open an adverbial, not a subject ("On", "After", "But")', ['on', 'in', 'after', 'but', 'and']),
  determiners: words('Words that open a descriptive source ("the company", "a spokesman")', ['the', 'a', 'an', 'one', 'another']),
  title_cues: words('Words just before a quoted title that make it a title, not speech ("titled", "film", "book")', ['titled', 'film', 'book', 'show', 'documentary']),
  term_cues: words('Words just before a quoted term that make it a name or term, not speech ("dubbed", "so-called")', ['dubbed', 'so-called', 'nicknamed', 'known as']),
  abbreviations: words('Words written with a period that does not end a sentence ("Sen.", "Jan.", "Calif.")', ['Mr.', 'Mrs.', 'Ms.', 'Dr.', 'Sen.', 'Rep.', 'Gov.', 'St.', 'Jr.', 'Sr.']),
  person_nouns: words('Head nouns of a description that names a person ("the senator"): such a source can be what a later "he" or "she" means', ['senator', 'governor', 'candidate', 'spokesman']),
  subject_max_words: num('Most words a reported source may have before its verb, unless an appositive closes with a comma', { default: 6, integer: true, min: 1 }),
  describe_speakers: bool('Credit the speaker as the article does at that quote, the description with the name ("Geoff Garin, a Democratic pollster"; the bare name then goes in `speaker_name`); false writes the name alone, the description only in `speaker_role`', true),
  cue_window: num('Most words between a quote and its attribution verb', { default: 30, integer: true, min: 1 }),
  min_words: num('Fewest words an unattributed quote may have and still count as speech', { default: 3, integer: true, min: 1 }),
  title_preps: words('Words right before a quote in Title Case that make it a name or title, not speech ("on", "of", "told", "his")', ['on', 'in', 'of', 'at', 'from', 'the', 'a', 'to', 'told']),
  title_verbs: words('Words right before a quote that make it a title whatever its case ("titled", "headlined")', ['titled', 'entitled', 'headlined']),
  naming_verbs: words('Verbs between a title cue and a quote in Title Case ("a play called", "a book named")', ['called', 'named', 'titled', 'entitled', 'dubbed']),
  term_nouns: words('Nouns right after a short quote that make the quote their modifier, not speech ("a \'too big to fail\' tax")', ['tax', 'theme', 'remark', 'line', 'wave']),
  minor_words: words('Words Title Case leaves in lowercase: articles, conjunctions, prepositions ("the", "of", "with")', ['a', 'an', 'the', 'and', 'or', 'for', 'at', 'by', 'in', 'of', 'on', 'to', 'with', 'from', 'into']),
  byline_words: words('Words right after a quote that credit it as a work to an author ("\'This Kind of War,\' by T.R. Fehrenbach")', ['by']),
  relative_words: words('Words opening a relative clause after a description of a person ("The woman who started it all said"): the description is still the clause\'s subject', ['who', 'whose']),
  not_name_words: words('Words that are no part of a name even when capitalized: interrogatives, possessives, quantifiers, auxiliaries, prepositions, conjunctions ("What", "My", "Some", "Are", "Outside"); a capitalized run loses them at its start and is split at them inside ("Response To Trump")', ['what', 'my', 'some', 'are', 'to']),
  imperatives: words('Imperatives opening a web page\'s lines ("See live results here"): not a name at the start of a capitalized run, nobody alone; they do not split a run ("Human Rights Watch")', ['see', 'read', 'watch']),
  quantifiers: words('Words of `not_name_words` that open a description of a group ("Some Democrats", "Multiple outlets"); any other such word opening a description makes it a clause, not a source ("What’s this", "Within half an hour")', ['some', 'many', 'multiple']),
  descriptor_suffixes: words('Second parts of hyphenated words that describe a person before the name ("Oscar-winner", "Texas-based"): such a word is a title, not a given name', ['winner', 'based', 'born']),
  place_preps: words('Prepositions that make the capitalized words after them a place, a time or an organization, not a subject ("In Concord, he said", "the senator from Vermont")', ['in', 'at', 'from', 'of', 'for', 'with', 'on', 'to']),
});
