// Whether names read from a line read as people's, and the bare-name grammar: a line that is names and
// at most a job title or where they filed from.
import lexicon from '../../text/lexicon.js';
import { splitNames, unglue, unglueMails } from '../../text/names.js';
import type { Cfg, Ctx } from './context.js';
import { lowerWords, nameWordsOf, notNamesOf, opensWithGiven, rulesOf, wordsOf } from './words.js';

/**
 * Of names read from a line with no "By" (a name beside the date, after a label, before an outlet), those
 * that read as people's: not made of the headline's words, and a known given name first or at most half
 * its words ones the page also writes in lower case ("Industry Insights", "Travel Tips", "Download PDF"
 * are section names and buttons, not writers).
 */
export function people(names: string[], ctx: Ctx): string[] {
  const given = nameWordsOf(ctx.options).given;
  const places = notNamesOf(ctx.options);
  const low = lowerWords(ctx);
  const head = ` ${((ctx.file.data.headline?.value ?? '').toLowerCase().match(/\p{L}+/gu) ?? []).join(' ')} `;
  return names.filter((n) => {
    // Every word of it in the headline: what the story is about (a title, a slogan, its subject), not its
    // writer; unless the headline ends with the name ("... — Ana Ruiz" credits her). A name that is the
    // whole headline is the title itself (a brand, a shop), read again as a name.
    const nw = n.toLowerCase().match(/\p{L}+/gu) ?? [];
    if (head.trim() && nw.every((w) => head.includes(` ${w} `)) && (!head.endsWith(` ${nw.join(' ')} `) || head.trim() === nw.join(' '))) return false;
    const ws = n.split(/\s+/u).filter((w) => w.length >= 3);
    if (opensWithGiven(n, given)) return true;
    // A place, a group, a day or a month after the first word ("Northern Ireland", "Silicon Valley Tech"): a
    // section, a weather box or a masthead, not a writer whose given name we do not know.
    if (n.split(/\s+/u).slice(1).some((w) => places.has(w))) return false;
    // Most of its words common words: "Will Ruiz" keeps its name (one word of two), "Travel Tips" does not.
    const lower = ws.filter((w) => low.has(w.toLowerCase())).length;
    if (lower * 2 > ws.length) return false;
    // Nor a phrase of everyday words of which the prose writes one in lower case, printed once ("Harbor
    // Maintenance" by the date of a post about the harbor's upkeep): the post's title, not a writer. "Will
    // Ruiz" keeps his name (no lexicon knows the surname as a common word), and so does a firm credited
    // as written (its name stands again on the page: a sign-off, a bio, a logo's line).
    return !(lower > 0 && ws.length >= 2 && ws.every((w) => low.has(w.toLowerCase()) || commonWord(w)) && !recurs(n, String(ctx.file.value)));
  });
}

/**
 * A name with a given name we do not know that is still shaped as a person's: two to four words, each a
 * capital and lower-case letters (a hyphen or an apostrophe inside), none of them written in lower case
 * anywhere in the page's prose, none a place, a group, a month, a job title or a desk word.
 */
export function writerShaped(n: string, ctx: Ctx, titles: ReadonlySet<string>): boolean {
  const ws = n.split(/\s+/u);
  if (ws.length < 2 || ws.length > 4) return false;
  if (!ws.every((w) => /^\p{Lu}\p{Ll}+(?:['’-]\p{Lu}?\p{Ll}+)?$/u.test(w))) return false;
  const low = lowerWords(ctx);
  const places = notNamesOf(ctx.options);
  const words = nameWordsOf(ctx.options).titles;
  return ws.every((w) => !low.has(w.toLowerCase()) && !places.has(w) && !titles.has(w.toLowerCase()) && !words.has(w.toLowerCase()));
}

/** True when `name` stands on the page more than once. */
export function recurs(name: string, text: string): boolean {
  const first = text.indexOf(name);
  return first >= 0 && text.indexOf(name, first + name.length) >= 0;
}

/**
 * A line that is one known given name and nothing else ("Ana"), as blogs credit their writer; not a
 * word the page's prose writes in lower case ("Summer", "Grace"), a place, a day or a month.
 */
export function givenAlone(t: string, ctx: Ctx): string[] {
  const m = /^(\p{Lu}\p{Ll}{2,})$/u.exec(t.trim());
  if (!m) return [];
  const w = m[1];
  return nameWordsOf(ctx.options).given.has(w.toLowerCase()) && !lowerWords(ctx).has(w.toLowerCase()) && !notNamesOf(ctx.options).has(w) ? [w] : [];
}

/** A line that is a name and nothing prose-like: "Ana Ruiz", "Ana Ruiz   HARBOR TODAY". */
export function barename(t: string, cfg: Cfg, places?: ReadonlySet<string>): string[] | undefined {
  return bareRead(t, cfg, places)?.names;
}

/**
 * The names of a bare-name line and the words after them (a job title, "in" and a place), lower case.
 * With `places` (as written), a place or a region before the job title is the beat's ("Ana Ruiz China
 * Correspondent", "Ana Ruiz North America technology reporter").
 */
export function bareRead(t: string, cfg: Cfg, places?: ReadonlySet<string>): { names: string[]; rest: string[] } | undefined {
  const titles = wordsOf(cfg, 'title_words', 'not_names');
  const lead = unglue(unglueMails(t), titles).split(/\s{2,}|\s[|/•·—–-]\s|[@/]|,\s/u)[0].trim();
  if (!lead || lead.split(/\s+/u).length > cfg.max_words_per_name + 6) return undefined;
  const names = splitNames(lead, places ? { ...rulesOf(cfg), places } : rulesOf(cfg));
  if (!names.length) return undefined;
  // Whatever follows the names may only be a job title ("Tom Pell Editor") or where they
  // filed from ("Ana Ruiz and Tom Pell in Denver").
  const used = names.join(' ').split(/\s+/u).length + names.length - 1;
  const after = lead.split(/\s+/u).slice(used);
  const rest = after.map((w) => w.toLowerCase());
  // The beat: words up to the title's first word, one of them a place, the rest of the line the title.
  const k = rest.findIndex((w) => titles.has(w) || cfg.desk_words.includes(w));
  const beat = !!places && k > 0 && after.slice(0, k).some((w) => places.has(w)) && rest.slice(k).every((w) => titles.has(w) || cfg.desk_words.includes(w));
  // A desk before the title ("Ana Ruiz Science Correspondent") is part of the title.
  const desk = rest.length >= 2 && cfg.desk_words.includes(rest[0]) && rest.slice(1).every((w) => titles.has(w)) && names.every((n) => n.split(/\s+/u).length <= 3);
  // "Ana Ruiz and agencies", "Ana Ruiz and staff": the wires or the desk the story also draws on.
  // "Ana Ruiz and HPA": a wire service by its initials.
  if (rest.length === 2 && rest[0] === 'and' && (cfg.org_words.includes(rest[1].replace(/ies$/u, 'y').replace(/s$/u, '')) || /^\p{Lu}{2,4}$/u.test(after[1]))) return { names, rest };
  // "Ana Ruiz on behalf of the Harbor Docs team": she wrote it for a group, which is no part of the credit.
  if (rest[0] === 'on' && rest[1] === 'behalf' && rest[2] === 'of') return { names, rest };
  // A job title of a few words between two title words ("Ana Ruiz Deputy Content Hub Director").
  const phrase = rest.length >= 3 && rest.length <= 5 && cfg.title_words.includes(rest[0]) && cfg.title_words.includes(rest[rest.length - 1]);
  // A title in the plural stands after several names ("Ana Ruiz and Tom PellContact Reporters").
  return rest[0] === 'in' || desk || phrase || beat || rest.every((w) => titles.has(w) || (names.length > 1 && titles.has(w.replace(/s$/u, '')))) ? { names, rest } : undefined;
}

/** True when the lexicon reads `w` first as a common word (no proper noun). */
function commonWord(w: string): boolean {
  const tag = lexicon[w.toLowerCase()]?.[0];
  return tag !== undefined && !/^NNPS?$/u.test(tag);
}
