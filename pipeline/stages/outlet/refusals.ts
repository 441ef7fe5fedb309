// The refusals of a chosen outlet name that read the page around it, in the order they are tried, one rule a row:
// each says what the name is instead (a button, a rights holder, a list's source...). They run once the rules or
// the ranker chose (outlet.ts asWritten), so that the candidates and the ranker's features stay as the patterns
// found them; the first that holds gives the reason the report keeps. (The refusals of a name's own shape, and
// those that read the page's weighed evidence, stay in asWritten, before these.)
import type { StageOptions } from '../options.js';
import { propertyOwner, rightsHolder, trademarkOwner } from './legal.js';
import {
  capsRun, chromeName, companyOnly, credited, creditOnly, cutAtWrap, gluedEntries, heldWithOthers, hostsOnly, ignoredDomain, linkedOnly,
  listedOnly, logoNamesOther, logoPicture, lowerPhrase, networkOnly, onePhrase, parentNamed, possessivePhrase, publisherName,
} from './not-outlet.js';
import { namedForDomain } from './named-for.js';
import { everydayTag } from './word-kinds.js';
import { tidyOutlet } from './trim.js';

/** What a refusal reads: the name as the record would write it, as first shaped, the page, and the config. */
export interface Refusing {
  /** The name in full, as the page mostly writes it. */
  full: string;
  /** The name with a copyright's year cut, before it was written in full. */
  shaped: string;
  text: string;
  config: StageOptions['config'];
  /** The dump's URL line, the site's own words. */
  url?: { start: number; end: number };
  /** How far each line of the dump was indented before its text was read (run/read-dump.ts). */
  indents?: ReadonlyMap<number, number>;
}

interface Refusal {
  /** True, or the reason itself where the rule tells several apart, when the name is not the site. */
  test: (r: Refusing) => boolean | string | undefined;
  /** What the name is instead, for the report ("No outlet: the likeliest, X, is ..."). */
  why: string;
}

const outlets = (r: Refusing) => r.config.outlets;

export const REFUSALS: readonly Refusal[] = [
  // A button or chrome word ("Show", "RSS").
  { test: (r) => chromeName(r.full, outlets(r).chrome_names ?? []) || chromeName(r.shaped, outlets(r).chrome_names ?? []), why: 'a button or a chrome word, not a publisher' },
  // A publishing group's name behind "The" (the parent).
  { test: (r) => publisherName(r.full, outlets(r).publishers), why: 'a publishing group, the parent company, not the site' },
  // The page's own words make it the company behind a group of sites ("a division of X", "other X sites").
  { test: (r) => parentNamed(r.full, r.text), why: 'named by the page as the company behind a group of sites, not the site' },
  // Written only in a credit for a piece of the page ("Match data © X", "(© 2015 Ann Lee)", a bare "© 2017 X" above the page's rights).
  { test: (r) => creditOnly(r.full, r.text), why: 'a name the page writes only in a credit for a piece of it: a picture, data or a story it carries' },
  // A domain the page only links to or credits ("• HarborPost.com" in a network bar, "(Jo Roe/HarborPost.com)").
  { test: (r) => linkedOnly(r.full, r.text, r.url, r.indents), why: 'a domain the page only lists, links to or credits, never writes as its own' },
  // A domain the page writes only inside longer hosts and addresses ("keys.harborpost.com", "desk@harborpost.com").
  { test: (r) => hostsOnly(r.full, r.text), why: 'a domain the page writes only inside other hosts\' names and addresses, never on its own' },
  // A platform's domain: the config's domains that never are the outlet.
  { test: (r) => ignoredDomain(r.full, outlets(r).ignore_domains), why: 'a platform\'s or a network\'s domain, never an outlet' },
  // An organisation named for the word the site's own domain is ("Guild for the Study of Tides" on tides.org).
  { test: (r) => namedForDomain(r.full, r.text, r.url), why: 'an organisation named for what the site\'s own domain names: its publisher, not the site' },
  // A holder the copyright names with its affiliated companies or as a project's contributors.
  { test: (r) => heldWithOthers(r.full, r.text), why: 'a rights holder named with its affiliated companies or contributors, not the site' },
  // The first piece of a name a line's wrap cut after its joiner ("© HARBOR &" over "QUAY 2025").
  { test: (r) => cutAtWrap(r.full, r.text), why: 'the first piece of a name that goes on past its line\'s wrap' },
  // A possessive phrase the page always goes on with ("Ana Ruiz's Harbor house").
  { test: (r) => possessivePhrase(r.full, r.text), why: 'a possessive phrase cut before its noun, not a title' },
  // A company known only from the copyright ("© 2024 Harbor Quay Television"), its legal form cut first as the
  // record will write it ("Harbor Quay Technologies Pvt").
  { test: (r) => companyOnly(tidyOutlet(r.full), r.text, outlets(r).company_trades), why: 'a company\'s name on the copyright line, its brand written nowhere else or only as the start of other names: the rights holder, not the site' },
  // A company's initials written only as a rights holder, a wire's rights under its notice, a name of corporate
  // words only: the companies behind the page (outlet/legal.ts; the rule says which).
  { test: (r) => rightsHolder(r.full, r.text, [...outlets(r).corporate_suffixes, ...outlets(r).company_trades]), why: 'a rights holder behind the site' },
  // The owner of the mark the site goes by ("Harbor is a registered trademark of Quay Media").
  { test: (r) => trademarkOwner(r.full, r.text), why: 'the owner of the trade mark the site goes by, not the site' },
  // The owner the page says it is the property of ("Property of Quay Media.", "Harbor is owned by Quay Media").
  { test: (r) => propertyOwner(r.full, r.text), why: 'the company the page says owns it, not the site' },
  // Two menu entries glued into one word ("WeatherWatchlist").
  { test: (r) => gluedEntries(r.full, r.text), why: 'menu entries glued into one word, not a name' },
  // An everyday word the page capitalises only inside one longer name ("Contact Information", "Smart Home", a holder's
  // "Associated Newspapers Ltd"); an organisation's word after it ("Quay Magazine") makes it a name of its own.
  {
    test: (r) => Boolean(everydayTag(r.full)) && onePhrase(r.full, r.text, r.config.metadata.byline.org_words),
    why: 'an everyday word the page capitalises only inside one longer name: a piece of a menu entry, a heading or a holder\'s name',
  },
  // A sister site the page lists only under its network's heading.
  { test: (r) => networkOnly(r.full, r.text), why: 'a sister site the page lists only under its network\'s heading' },
  // A phrase the page's sentences write in lower case ("content depth"): a topic in a heading.
  { test: (r) => lowerPhrase(r.full, r.text), why: 'a phrase the page\'s own sentences write in lower case: a topic in a heading, not a name' },
  // A run of capitals cut from a menu written in capitals ("ABOUT HARBOR FORUMS LOGIN").
  { test: (r) => capsRun(r.full, r.text), why: 'a run cut from a line of menu entries in capitals, not a name' },
  // A menu's section or a piece of a listed link's title ("• Harbor Originals", "• A Story From the Quay | Harborview").
  { test: (r) => listedOnly(r.full, r.text), why: 'a name the page writes only as a menu\'s entry or inside a listed link\'s title: a section or another page' },
  // A logo picture's alt text, the brand in a colour or a variant ("Blue Harbor logo").
  { test: (r) => logoPicture(r.full, r.text), why: 'a logo picture\'s description (its colour or variant and the brand), not the name the site goes by' },
  // The page's logo line writes another name twice ("Harbor Quay Post Harbor Quay Post"): that is the site.
  { test: (r) => logoNamesOther(r.full, r.text, outlets(r).header_lines), why: 'not the name the page\'s logo line writes: a section, a sister brand or the owner' },
  // A person the page credits as its writer ("Posted by Ana Ruiz at 12:55 AM"), however the ranker came to the
  // name. An outlet credited as author keeps its organisation or trade word ("By Harbor News").
  { test: (r) => credited(r.full, r.text, [...r.config.metadata.byline.org_words, ...r.config.metadata.byline.title_words]), why: 'the person the page credits as its writer, not a publisher' },
];

/** Why the page says `r.full` is not the site (the first refusal that holds), or undefined. */
export function refusalOf(r: Refusing): string | undefined {
  for (const { test, why } of REFUSALS) {
    const hit = test(r);
    if (hit) return typeof hit === 'string' ? hit : why;
  }
  return undefined;
}
