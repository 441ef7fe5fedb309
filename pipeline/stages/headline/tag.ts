// A kind-of-post tag in brackets before a title ("[blog] ...", "[video] ..."): one word in lower case, the
// site's label for the post, not its title's words. A label in capitals or a year is kept: such brackets
// name a series or an edition and are part of the title ("[2031] ...", "[Harbour Notes] ...").
const TAG = /^\[\p{Ll}+\]\s+(?=\S)/u;

export function stripTag(title: string): string {
  return title.replace(TAG, '');
}
