// Text as ../shared/eval/score.mjs compares it (same rules), for the trainers that label rows "right" as it would.
export const fold = (s: unknown) =>
  String(s ?? '')
    .normalize('NFKC')
    .replace(/[\u2018\u2019\u201a\u201b\u2032`´]/g, "'")
    .replace(/[\u201c\u201d\u201e\u201f\u2033]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .toLowerCase();
export const tokens = (s: unknown) => fold(s).match(/[\p{L}\p{N}]+/gu) ?? [];
export const normLine = (s: unknown) => tokens(s).join(' ');
