// A line that prints one phrase twice in a row and nothing else ("Ferry Times Ferry Times"): a link card's
// title run into its own link text, or an image's alt text printed beside its caption. Such a line is a card
// or a caption, never a page's own title line nor a credit (the headline stage's cue `doubled`, the byline's
// beside-date source).
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;

/** True when the line's words are one run of two words or more, then the same run again. */
export function isDoubled(text: string): boolean {
  const ws = text.toLowerCase().match(WORD) ?? [];
  const h = ws.length / 2;
  if (ws.length < 4 || ws.length % 2) return false;
  for (let k = 0; k < h; k++) if (ws[k] !== ws[h + k]) return false;
  return true;
}
