// Where the outlet -> feed slug map lives between runs: output/state/outlet-slugs.json. An output
// written before the map existed has its outlet feeds on disk already; each file is adopted by the
// outlet named in its title, so no outlet's file changes name (or owner) on upgrade.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { inside, writeAtomic } from '../write/atomic.js';
import { OutletSlugs } from '../write/slugs.js';
import { RunError } from './errors.js';

const statePath = (output: string) => inside(output, 'state', 'outlet-slugs.json');

export async function loadSlugs(output: string): Promise<OutletSlugs> {
  const file = statePath(output);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
    return adoptFeedFiles(output);
  }
  try {
    return OutletSlugs.parse(text);
  } catch (e) {
    throw new RunError(`the outlet slug map ${file} is unreadable (${(e as Error).message}); restore it from a backup, or move it away to rebuild it from feeds/outlets/`);
  }
}

export async function saveSlugs(output: string, slugs: OutletSlugs): Promise<void> {
  await writeAtomic(statePath(output), slugs.serialize());
}

async function adoptFeedFiles(output: string): Promise<OutletSlugs> {
  const dir = path.join(output, 'feeds', 'outlets');
  const map = new Map<string, string>();
  let names: string[] = [];
  try {
    names = (await readdir(dir)).filter((n) => /^[a-z0-9-]+\.json$/.test(n)).sort();
  } catch {
    return new OutletSlugs(map);
  }
  for (const n of names) {
    try {
      const title = (JSON.parse(await readFile(path.join(dir, n), 'utf8')) as { title?: unknown }).title;
      if (typeof title === 'string' && !map.has(title)) map.set(title, n.slice(0, -5));
    } catch {
      // not a feed we wrote: its name stays taken by nobody we know
    }
  }
  return new OutletSlugs(map);
}
