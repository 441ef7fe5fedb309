// The date candidates as the fitted ranker sees them (stages/confidence/rank.ts: a softmax over the
// page's dates and "none", weights fitted by site fold in bench/train-date.ts). The rules' points
// (score.ts) were set by hand; the ranker weighs the same cues, and where each date stands among the
// page's others, by what many sites show. Its share for the chosen day is a probability, so a page whose
// likeliest date is not likely enough gets none: an "Updated" stamp alone, today's date in a masthead,
// a list of other stories' dates.
import type { ArticleZone } from '../../types.js';
import { WEEKDAY, type DateCandidate } from './score.js';

export interface RankedDate {
  /** The day (YYYY-MM-DD): candidates of one day pool their chance. */
  names: [string];
  features: Record<string, number>;
  cand: DateCandidate;
  /** The rules' own pick. */
  rule?: boolean;
}


/** Every candidate of the page with its features; `rule` is the rules' pick (score.ts bestDate). */
export function rankedDates(ranked: readonly DateCandidate[], rule: DateCandidate | undefined, lineCount: number, zone?: ArticleZone): RankedDate[] {
  const where = zoneOf(zone);
  const day = (c: DateCandidate) => c.iso.slice(0, 10);
  const days = [...new Set(ranked.map(day))].sort();
  const perDay = new Map<string, number>();
  for (const c of ranked) perDay.set(day(c), (perDay.get(day(c)) ?? 0) + 1);
  const firstFree = ranked.find((c) => !c.cues.listed);
  const ruleDay = rule && day(rule);
  // A page that labels no date "Published" but stamps one "Updated" may not show its publication day.
  const labelled = ranked.some((c) => c.cues.label) ? 1 : 0;
  const stamped = ranked.some((c) => c.cues.updated) ? 1 : 0;
  return ranked.map((c) => ({
    names: [day(c)],
    cand: c,
    ...(c === rule && { rule: true }),
    features: {
      ...c.cues,
      repeat: Math.log1p(c.cues.repeat),
      place: lineCount ? c.line.n / lineCount : 0,
      newest: days.length > 1 && day(c) === days[days.length - 1] ? 1 : 0,
      oldest: days.length > 1 && day(c) === days[0] ? 1 : 0,
      first: c === firstFree ? 1 : 0,
      weekday: WEEKDAY.test(c.line.text) ? 1 : 0,
      rule_day: day(c) === ruleDay ? 1 : 0,
      log_same: Math.log1p((perDay.get(day(c)) ?? 1) - 1),
      log_days: Math.log1p(days.length),
      page_labelled: labelled,
      page_updated: stamped,
      ...where(c.line.n),
    },
  }));
}

/**
 * Where a line stands to the article chrome found (stages/chrome): above its first paragraph (where a
 * story's meta line is), below its last (related stories, comments), in a paragraph judged chrome or
 * printed on other pages of the batch.
 */
export function zoneOf(zone: ArticleZone | undefined): (n: number) => Record<string, number> {
  const paraOf = new Map<number, number>();
  for (const p of zone?.paras ?? []) for (const l of p.lines) paraOf.set(l.n, p.i);
  const { first, last } = zone?.region ?? { first: -1, last: -1 };
  return (n) => {
    const i = paraOf.get(n);
    if (i === undefined || first < 0) return { zone_before: 0, zone_after: 0, zone_paras: 0, para_chrome: 0, para_shared: 0 };
    const p = zone!.paras[i];
    return {
      zone_before: i < first ? 1 : 0,
      zone_after: i > last ? 1 : 0,
      zone_paras: Math.log1p(i < first ? first - i : i > last ? i - last : 0),
      para_chrome: p.kind === 'chrome' ? 1 : 0,
      para_shared: p.repeated || p.echoed ? 1 : 0,
    };
  };
}
