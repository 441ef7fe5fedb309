// A JSON document with one long list, as JSON.stringify(doc, null, 2) lays it out, made one list
// entry at a time: a feed page or the run report is never one string. A text of a megabyte or more
// is a large object to V8, kept until a full collection, so a run writing a hundred of them saw its
// heap grow by hundreds of megabytes in its last seconds; entries of a few kilobytes die young.
import { CompactJson, laidOut } from './compact-json.js';

/** The text of JSON.stringify({ ...head, [key]: list }, null, 2), in pieces: the opening with the
 * first entry, then one piece per further entry, then the close. `key` must not be in `head`. Each
 * entry is made when its piece is asked for (entries may come a few at a time from a store). Raw
 * newlines in JSON.stringify's output are only the layout's (those in strings are escaped), so an
 * entry is indented by replacing them. An entry given as CompactJson (compact-json.ts) is the value
 * its text stands for, laid out from the text. */
export async function* jsonListPiecesAsync(head: object, key: string, list: AsyncIterable<unknown> | Iterable<unknown>): AsyncGenerator<string> {
  const layout = new ListLayout(head, key);
  for await (const entry of list) yield layout.entry(entry);
  yield layout.close();
}

class ListLayout {
  private readonly open: string;
  private readonly cut: number;
  private n = 0;
  constructor(private readonly head: object, private readonly key: string) {
    this.open = JSON.stringify({ ...head, [key]: [0] }, null, 2);
    this.cut = this.open.lastIndexOf('0');
  }
  entry(entry: unknown): string {
    const text = entry instanceof CompactJson ? laidOut(entry.text, 4) : JSON.stringify(entry, null, 2).replace(/\n/g, '\n    ');
    return (this.n++ ? ',\n    ' : this.open.slice(0, this.cut)) + text;
  }
  close(): string {
    return this.n ? this.open.slice(this.cut + 1) : JSON.stringify({ ...this.head, [this.key]: [] }, null, 2);
  }
}

/** Pieces joined into chunks of at least `size` characters (the last may be shorter). */
export function* chunked(pieces: Iterable<string>, size: number): Generator<string> {
  let chunk = '';
  for (const p of pieces) {
    chunk += p;
    if (chunk.length >= size) {
      yield chunk;
      chunk = '';
    }
  }
  if (chunk) yield chunk;
}

/** `xs` mapped lazily. */
export function* mapped<T, U>(xs: Iterable<T>, f: (x: T) => U): Generator<U> {
  for (const x of xs) yield f(x);
}
