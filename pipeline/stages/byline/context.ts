// What every byline source reads: the stage's settings and context, the hit a source gives, and where the
// headline, the publication date and the article stand on the page.
import type { VFile } from 'vfile';
import { pointAt, type Line } from '../../text/lines.js';
import type { StageOptions } from '../options.js';

export type Cfg = StageOptions['config']['metadata']['byline'];
export interface Ctx {
  file: VFile;
  options: StageOptions;
  /** Line number of the publication date the date stage took, if any. */
  dateLine?: number;
}
export type Hit = { names: string[]; line?: Line };

/** Of several candidates, the one nearest the date line (within reach), else the first. */
export function pick<T extends { line: Line }>(cands: T[], ctx: Ctx, reach: number): T | undefined {
  if (!cands.length) return undefined;
  if (ctx.dateLine === undefined) return cands[0];
  const d = ctx.dateLine;
  const near = cands.filter((c) => Math.abs(c.line.n - d) <= reach).sort((a, b) => Math.abs(a.line.n - d) - Math.abs(b.line.n - d) || a.line.n - b.line.n);
  return near[0] ?? cands[0];
}

/** First and last line of the article's prose, when chrome found any. */
export function articleOf(file: VFile): { first: number; last: number } | undefined {
  const zone = file.data.article;
  const first = zone && zone.region.first >= 0 ? zone.paras[zone.region.first]?.lines[0]?.n : undefined;
  const lastPara = zone && zone.region.last >= 0 ? zone.paras[zone.region.last] : undefined;
  const last = lastPara?.lines[lastPara.lines.length - 1]?.n;
  return first !== undefined && last !== undefined ? { first, last } : undefined;
}

/** The line the headline stage took the headline from, when it stands in the text. */
export function headLineOf(file: VFile): number | undefined {
  const head = file.data.chrome?.find((s) => s.rule === 'metadata-headline');
  return head ? pointAt(file, head.start).line - 1 : undefined;
}
