// The name-and-age and name-and-outlet sources: a line that a pattern reads as a name and the story's age
// ("Ana Ruiz 2 months") or a name, a wide gap and the outlet ("Ana Ruiz   HARBOR TODAY").
import { lines, type Line } from '../../text/lines.js';
import type { Ctx, Hit } from './context.js';
import { barename, people } from './people.js';

/**
 * The first line where `pattern` holds and its group 1 is a bare name (a byline box as w3m renders it).
 * With `cells`, not a row of a table: a line right above or under it parted into cells by a wide gap too
 * ("Eye Color   Green" under "Height   5' 3"" is a profile's table, not a name and an outlet).
 */
export function nameOnLine(ctx: Ctx, pattern: RegExp, cells = false): Hit | undefined {
  const cfg = ctx.options.config.metadata.byline;
  const ls = lines(ctx.file);
  for (const l of ls) {
    const m = pattern.exec(l.text);
    if (!m) continue;
    if (cells && (TABLE_ROW.test(ls[l.n - 1]?.text ?? '') || TABLE_ROW.test(ls[l.n + 1]?.text ?? ''))) continue;
    const names = people(barename(m[1], cfg) ?? [], ctx);
    if (names.length) return { names, line: l };
  }
  return undefined;
}

/** Two cells of a table row as w3m lays them out: words, a gap of three spaces or more, words. */
const TABLE_ROW = /\S[ \t]{3,}\S/u;

/** Every line matching `pattern` whose group 1 is a bare name. */
export function namesOnLines(ctx: Ctx, pattern: RegExp): { names: string[]; line: Line }[] {
  const cfg = ctx.options.config.metadata.byline;
  const out: { names: string[]; line: Line }[] = [];
  for (const l of lines(ctx.file)) {
    const m = pattern.exec(l.text);
    const names = m && barename(m[1], cfg);
    if (names) out.push({ names, line: l });
  }
  return out;
}
