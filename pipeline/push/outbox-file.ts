// The outbox as a JSON Lines journal in output/state/outbox.jsonl, until the corpus state moves to a
// database. Each mark appends one line with a single write(2) before the call returns, so a process
// killed at any point (kill -9) loses nothing it was told; a torn last line is the only damage such a
// kill can leave, and it is skipped. Opening folds the journal into one line per story and rewrites
// it atomically, so the file holds what is owed, not the history.
import { closeSync, fsyncSync, openSync, readFileSync, writeSync } from 'node:fs';
import { writeAtomic } from '../write/atomic.js';
import { PushError } from './errors.js';
import { offerDecision, sha256, type Attempt, type Delivered, type Outbox, type OutboxEntry } from './outbox.js';

const HEADER = { outbox: 'copydesk', version: 1 };

type Line =
  | { waiting: OutboxEntry }
  | { offer: { story: string; body: string; sha256: string; at: string } }
  | { attempt: Attempt & { story: string; sha256: string; at: string } }
  | { delivered: Delivered }
  | { drop: { story: string } };

/** A damaged outbox file: the run cannot know what the CMS holds (exit 2, with what to do). */
export class OutboxFileError extends PushError {}

export class FileOutbox implements Outbox {
  private readonly wait = new Map<string, OutboxEntry>();
  private readonly done = new Map<string, Delivered>();
  private fd: number | null = null;

  private constructor(private readonly file: string) {}

  static async open(file: string): Promise<FileOutbox> {
    const box = new FileOutbox(file);
    let text = '';
    try {
      text = readFileSync(file, 'utf8');
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw new OutboxFileError(`the outbox ${file} is unreadable (${(e as Error).message})`);
    }
    box.load(text);
    await writeAtomic(file, box.compacted());
    box.fd = openSync(file, 'a');
    return box;
  }

  private load(text: string): void {
    const lines = text.split('\n');
    lines.forEach((line, i) => {
      if (!line.trim()) return;
      let v: Line & { outbox?: string; version?: number };
      try {
        v = JSON.parse(line);
      } catch (e) {
        // Only the last line can be torn by a kill; anything else is damage to report.
        if (i === lines.length - 1) return;
        throw new OutboxFileError(`the outbox ${this.file}, line ${i + 1}, is not JSON (${(e as Error).message}); move the file away to rebuild it from the feed`);
      }
      if (v.outbox) {
        if (v.outbox !== HEADER.outbox || v.version !== HEADER.version) throw new OutboxFileError(`the outbox ${this.file} is not a copydesk outbox of version ${HEADER.version}`);
      } else this.apply(v);
    });
  }

  private apply(v: Line): void {
    if ('waiting' in v) this.wait.set(v.waiting.story, v.waiting);
    else if ('offer' in v) {
      const { story, body, sha256, at } = v.offer;
      this.wait.set(story, { story, body, sha256, state: 'pending', attempts: 0, last_status: null, last_error: null, queued: at, updated: at });
    } else if ('attempt' in v) {
      const { story, sha256, at, state, status, error, attempts } = v.attempt;
      const w = this.wait.get(story);
      if (w?.sha256 === sha256) this.wait.set(story, { ...w, state, attempts, last_status: status, last_error: error, updated: at });
    } else if ('delivered' in v) {
      this.done.set(v.delivered.story, v.delivered);
      if (this.wait.get(v.delivered.story)?.sha256 === v.delivered.sha256) this.wait.delete(v.delivered.story);
    } else if ('drop' in v) this.wait.delete(v.drop.story);
  }

  private append(v: Line): void {
    this.apply(v);
    if (this.fd === null) throw new Error('the outbox is closed');
    writeSync(this.fd, JSON.stringify(v) + '\n');
  }

  private compacted(): string {
    const byStory = <T>(m: Map<string, T>) => [...m.keys()].sort().map((k) => m.get(k)!);
    return [HEADER, ...byStory(this.done).map((delivered) => ({ delivered })), ...byStory(this.wait).map((waiting) => ({ waiting }))].map((l) => JSON.stringify(l) + '\n').join('');
  }

  delivered(story: string): Delivered | undefined {
    return this.done.get(story);
  }

  waiting(): OutboxEntry[] {
    return [...this.wait.values()].sort((a, b) => (a.story < b.story ? -1 : a.story > b.story ? 1 : 0));
  }

  offer(story: string, body: string, url: string, at: string): boolean {
    const sha = sha256(body);
    const decision = offerDecision({ delivered: this.done.get(story), waiting: this.wait.get(story) }, sha, url);
    if (decision === 'drop') this.append({ drop: { story } });
    if (decision !== 'queue') return false;
    this.append({ offer: { story, body, sha256: sha, at } });
    return true;
  }

  markDelivered(story: string, sha: string, url: string, status: number, at: string): void {
    this.append({ delivered: { story, sha256: sha, url, status, at } });
  }

  markAttempt(story: string, sha: string, attempt: Attempt, at: string): void {
    this.append({ attempt: { story, sha256: sha, at, ...attempt } });
  }

  close(): void {
    if (this.fd === null) return;
    fsyncSync(this.fd);
    closeSync(this.fd);
    this.fd = null;
  }
}
