// Record ids: deterministic, unique per input, and safe in file names and URLs ([A-Za-z0-9_-]).
// Derived from the input's path relative to the input folder, so a re-run (or an edit of the
// dump) keeps the id; the readable stem helps an editor, the hash makes it unique. 48 bits of hash:
// nightly folders full of "article.txt" share a stem, and 32 bits would collide within ~100k of them.
import { createHash } from 'node:crypto';

export const sha256 = (data: string | Uint8Array) => createHash('sha256').update(data).digest('hex');

export function recordId(relPath: string): string {
  const base = relPath.split('/').pop()!.replace(/\.[^.]*$/, '');
  const stem = base.normalize('NFKD').replace(/\p{M}/gu, '').replace(/[^A-Za-z0-9_-]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 48) || 'article';
  return `${stem}-${sha256(relPath).slice(0, 12)}`;
}

/** A safe id: the only kind ever joined onto an output path. */
export const SAFE_ID = /^[A-Za-z0-9_-]{1,128}$/;
