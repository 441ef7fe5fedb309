// One PUT, answered or not within the timeout. node:http rather than fetch: nothing retries behind
// our back (every request sent is one we count), and a stalled or dropped connection is one clear
// error. The answer's body is read only as far as the report quotes it.
import http from 'node:http';
import https from 'node:https';
import { retryAfterMs, verdict, type Verdict } from './contract.js';

/** How much of a refusing CMS's answer the report quotes. */
const BODY_START_CHARS = 300;

export interface Answer {
  verdict: Verdict;
  /** HTTP status; null when no answer came (timeout, refused or dropped connection). */
  status: number | null;
  retryAfterMs?: number;
  /** The start of the answer's body, or what went wrong on the wire. */
  detail: string;
}

export class Sender {
  private readonly agents = { http: new http.Agent({ keepAlive: true }), https: new https.Agent({ keepAlive: true }) };

  constructor(private readonly timeoutMs: number) {}

  put(url: URL, headers: Record<string, string>, body: Buffer): Promise<Answer> {
    const lib = url.protocol === 'https:' ? https : http;
    const agent = url.protocol === 'https:' ? this.agents.https : this.agents.http;
    return new Promise((resolve) => {
      let settled = false;
      const done = (a: Answer) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        resolve(a);
      };
      const req = lib.request(url, { method: 'PUT', headers, agent }, (res) => {
        const status = res.statusCode ?? 0;
        const chunks: Buffer[] = [];
        let size = 0;
        res.on('data', (c: Buffer) => {
          if (size < BODY_START_CHARS * 4) chunks.push(c);
          size += c.length;
        });
        res.on('end', () =>
          done({
            verdict: verdict(status),
            status,
            retryAfterMs: retryAfterMs(res.headers['retry-after']),
            detail: Buffer.concat(chunks).toString('utf8').replace(/\s+/g, ' ').trim().slice(0, BODY_START_CHARS),
          }),
        );
        // A connection dropped mid-answer: the status may say 2xx, but the CMS did not finish
        // answering, so the story is sent again (with the same key).
        res.on('error', () => {});
        res.on('close', () => {
          if (!res.complete) done({ verdict: 'retry', status: null, detail: `connection dropped during the answer (status ${status})` });
        });
      });
      const timer = setTimeout(() => {
        req.destroy();
        done({ verdict: 'retry', status: null, detail: `no answer within ${this.timeoutMs} ms` });
      }, this.timeoutMs);
      req.on('error', (e) => done({ verdict: 'retry', status: null, detail: wireError(e) }));
      req.end(body);
    });
  }

  close(): void {
    this.agents.http.destroy();
    this.agents.https.destroy();
  }
}

function wireError(e: Error): string {
  const code = (e as NodeJS.ErrnoException).code;
  return code ? `${code}: ${e.message}` : e.message;
}
