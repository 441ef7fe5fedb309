// Settings of the outlet stage: the spec its section of config/ is checked against (collected in
// pipeline/registry.ts, so the config loader depends on no stage).
import { bool, list, num, obj, str, use } from '../../config/spec.js';

// {NAME} in a signal stands for a capitalised name. It starts at a word start only: trying every letter
// of a word would cost each pattern a pass per character. It names a capture group, so a pattern may
// hold it once.
export const NAME = "(?<![\\p{L}&'’.!+-])(?<name>[\\p{L}\\p{N}][\\p{L}\\p{N}&'’.!+-]*(?:[ \\t]+[\\p{L}\\p{N}&][\\p{L}\\p{N}&'’.!+-]*){0,6})";
// {CAP} is one letter that must be written in capitals (patterns are case-insensitive): "At" opening a sentence.
export const CAP = '(?<cap>\\p{L})';

/** How each pattern is compiled where the stage uses it (the loader compiles the very same at start-up). */
export const outletPatterns = {
  marker: use('iu'),
  /** An outlet's chrome lines, joined with chrome.line_patterns as one alternation. */
  chrome: use('iu'),
  signal: use('gimu', { expand: { NAME, CAP } }),
  cue: use('iu'),
  reprint: use('gimu', { expand: { NAME } }),
};

export const outletEntrySpec = obj({
  name: str('Name written to records and feeds'),
  aliases: list(str('another spelling'), 'Other names the outlet goes by in text (case-insensitive)'),
  domains: list(str('a domain, e.g. foxnews.com'), 'Web domains of the outlet'),
  markers: list(str('a pattern', { regex: [outletPatterns.marker] }), 'Patterns whose presence in a dump identifies the outlet'),
  chrome: list(str('a pattern', { regex: [outletPatterns.chrome] }), "Whole-line patterns that are this outlet's site chrome", [], outletPatterns.chrome),
  timezone: str('IANA time zone of the newsroom, used when a time is given without a zone', { optional: true, zone: 'iana' }),
});
const signalSpec = obj({
  name: str('Name of the signal, reported as how the outlet was found'),
  pattern: str('Pattern; {NAME} stands for a capitalised name, {CAP} for one capital letter (case-insensitive, multiline)', { regex: [outletPatterns.signal] }),
  weight: num('Evidence one match gives', { min: 0 }),
  read_from: str('Which end of the captured words holds the name', { enum: ['start', 'end'], default: 'start' }),
  cue: str('A cheap pattern a line must hold before the signal is tried on it (empty: the whole page)', { regex: [outletPatterns.cue], default: '' }),
});
const pathRuleSpec = obj({
  path: str('A folder or a glob (*, **, ?) under the input folder, e.g. harbor-ledger/** or wires/*-harbor.txt'),
  outlet: str('The outlet of every dump it matches (written through the registry)'),
});
export const outletsSpec = obj({
  outlets: list(outletEntrySpec, 'The outlet registry'),
  paths: list(pathRuleSpec, 'Dumps whose path matches are the named outlet\'s, whatever their text says (first match wins)'),
  folder_is_outlet: bool('The folder holding each dump names its outlet (dumps filed by outlet); after `paths`, before the text', false),
  url_lines: bool('A URL line in the dump ("URL: https://...", a bare URL opening or closing it) names the outlet: its domain through the registry, else the domain is strong evidence', true),
  url_weight: num('Evidence a URL line\'s domain gives when the registry does not know it', { default: 4, min: 0 }),
  signals: list(signalSpec, 'Patterns in a page that name its outlet, with their weights'),
  corporate_suffixes: list(str('a word'), 'Words cut off the end of a copyright holder ("Inc", "LLC", "Media")'),
  company_trades: list(str('a word'), 'Trade words a company\'s name ends with, never a site\'s ("Television", "Publications"): such a copyright holder whose brand the page never writes alone is the rights holder, not the site', []),
  publishers: list(str('a company name'), 'Parent companies of many outlets: their copyright does not name the outlet'),
  not_outlets: list(str('a name'), 'Capitalised words the patterns catch that never name an outlet (pronouns, image agencies, legal words)'),
  chrome_names: list(str('a name'), 'Buttons and chrome the patterns catch as a name ("Show", "RSS"): refused once chosen, the candidates kept as found', []),
  not_outlet_words: list(str('a word'), 'Words no outlet name contains; a candidate holding one is site chrome ("Privacy Policy")'),
  ignore_domains: list(str('a domain'), 'Domains that never are the outlet (social networks, ad and image hosts)'),
  signal_cap: num('Times one signal may count the same name', { default: 2, min: 1, integer: true }),
  domain_weight: num('Evidence one mention of a domain gives', { default: 1, min: 0 }),
  domain_line_weight: num('Evidence a domain standing alone on its line gives (a logo or footer, not prose)', { default: 2, min: 0 }),
  domain_cap: num('Mentions of one domain counted at most', { default: 3, min: 1, integer: true }),
  header_lines: num('Non-blank lines at the top of a page read as its masthead', { default: 12, min: 0, integer: true }),
  header_names: num('Masthead lines taken at most (the first ones that read as a name)', { default: 2, min: 0, integer: true }),
  header_weight: num('Evidence a short title-case masthead line gives', { default: 1, min: 0 }),
  header_noise: list(str('a word'), 'Words after a masthead name that are not part of it ("Logo", "Homepage")'),
  wire_services: list(str('a name'), 'Wire services: their copyright on a page names the wire, not the site'),
  wire_factor: num('Evidence naming a wire service is multiplied by this', { default: 0.25, min: 0, max: 1 }),
  reprinted_from: list(str('a pattern; {NAME} is the outlet', { regex: [outletPatterns.reprint] }), 'Patterns naming the outlet a reprinted article first ran in ("originally appeared on {NAME}"): its evidence counts like a wire\'s', []),
  logo_alt_weight: num('Evidence of a logo image whose alt text opens the name beside it ("[yahoo_fina] Yahoo Finance")', { default: 2, min: 0 }),
  self_voice_signals: list(str('a signal name'), 'Signals of the site speaking of itself as a business in its chrome ("Harbor Lab is supported by its audience"): a reprint source they name is the site itself, its article first ran there', []),
  holder_signals: list(str('a signal name'), 'Signals that name a rights holder: a publisher opening the name there ("Hearst Television") is the parent company, not the site', ['copyright']),
  frequency_cap: num('Most extra evidence a name gets for recurring across the page', { default: 3, min: 0 }),
  weak_signals: list(str('a signal name'), 'Signals too loose to name an outlet alone, unless the registry knows it or a domain on the page spells it'),
  cited_signals: list(str('a signal name'), 'Weak signals that cite another outlet ("told X"): never enough alone, even for an outlet the registry knows'),
  registry_bonus: num('Extra evidence for a candidate the registry knows', { default: 2, min: 0 }),
  min_score: num('Least evidence for an outlet to be named', { default: 2, min: 0 }),
  domain_min_score: num('Least evidence for a domain that no name on the page spells (mentions of one domain in prose are not enough)', { default: 2, min: 0 }),
  person_titles: list(str('a title'), 'Titles written before a person\'s name ("Mr.", "President"): a name written after one is a person, never an outlet'),
});
