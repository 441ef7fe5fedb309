// A CMS stand-in for the push tests: a real HTTP server on 127.0.0.1 that keeps the contract (PUT
// /stories/<id>, Idempotency-Key = id:sha256(body)) and fails on purpose as a plan says: any status
// (with Retry-After), a stall past the client's timeout, a connection dropped before or during the
// answer. A key it already applied is answered 200 again without applying twice, as a CMS honouring
// idempotency keys would; `applied` counts real applications, `replays` the repeats.
import { createHash } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export type Fault = { status: number; retryAfter?: string; body?: string } | 'stall' | 'drop' | 'drop-mid-answer';

export interface Received {
  n: number;
  story: string;
  key: string;
  body: string;
  method: string;
  headers: http.IncomingHttpHeaders;
  /** What the stand-in did: a status, or the fault. */
  answer: number | 'stall' | 'drop' | 'drop-mid-answer';
  at: number;
}

/** Decides the answer to the n-th request (1-based); undefined answers 200. */
export type Plan = (r: { n: number; story: string; key: string; tries: number; body: string }) => Fault | undefined;

export class CmsStandIn {
  readonly requests: Received[] = [];
  /** Story -> the body applied last, and under which key. */
  readonly applied = new Map<string, { key: string; body: string }>();
  /** Key -> times applied (never more than 1 with idempotency honoured). */
  readonly appliedKeys = new Map<string, number>();
  replays = 0;
  inFlight = 0;
  maxInFlight = 0;
  /** Delay before each normal answer (ms), to make pushes slow enough to interrupt. */
  delayMs = 0;
  onRequest?: (r: Received) => void;
  private readonly tries = new Map<string, number>();
  private readonly sockets = new Set<Socket>();
  private server = http.createServer((req, res) => this.handle(req, res));

  constructor(public plan: Plan = () => undefined) {
    this.server.on('connection', (s) => {
      this.sockets.add(s);
      s.on('close', () => this.sockets.delete(s));
    });
  }

  async start(): Promise<string> {
    await new Promise<void>((r) => this.server.listen(0, '127.0.0.1', r));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/cms`;
  }

  async close(): Promise<void> {
    for (const s of this.sockets) s.destroy();
    await new Promise<void>((r) => this.server.close(() => r()));
  }

  private handle(req: http.IncomingMessage, res: http.ServerResponse): void {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      const story = decodeURIComponent((req.url ?? '').replace(/^\/cms\/stories\//, ''));
      const key = String(req.headers['idempotency-key'] ?? '');
      const tries = (this.tries.get(key) ?? 0) + 1;
      this.tries.set(key, tries);
      const n = this.requests.length + 1;
      const fault = this.plan({ n, story, key, tries, body });
      const r: Received = { n, story, key, body, method: req.method ?? '', headers: req.headers, answer: typeof fault === 'object' ? fault.status : (fault ?? 200), at: Date.now() };
      this.requests.push(r);
      this.onRequest?.(r);
      if (fault === 'stall') return; // never answer; the client's timeout must give up
      if (fault === 'drop') return void req.socket.destroy();
      if (fault === 'drop-mid-answer') {
        res.writeHead(200, { 'content-length': '100' });
        res.write('partial');
        return void setTimeout(() => req.socket.destroy(), 10);
      }
      if (fault) {
        res.writeHead(fault.status, { 'content-type': 'text/plain', ...(fault.retryAfter ? { 'retry-after': fault.retryAfter } : {}) });
        return void res.end(fault.body ?? `status ${fault.status}`);
      }
      // Contract checks a real CMS would make: path, method, type and a key that matches the body.
      const sha = createHash('sha256').update(body, 'utf8').digest('hex');
      if (req.method !== 'PUT' || req.headers['content-type'] !== 'application/json' || key !== `${story}:${sha}`) {
        res.writeHead(400, { 'content-type': 'text/plain' });
        return void res.end(`bad request: ${req.method} ${req.url} key=${key}`);
      }
      this.inFlight++;
      this.maxInFlight = Math.max(this.maxInFlight, this.inFlight);
      setTimeout(() => {
        this.inFlight--;
        if (this.appliedKeys.has(key)) {
          this.replays++;
          res.writeHead(200, { 'idempotent-replayed': 'true' });
          return void res.end('{"ok":true,"replayed":true}');
        }
        this.appliedKeys.set(key, 1);
        this.applied.set(story, { key, body });
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end('{"ok":true}');
      }, this.delayMs);
    });
  }
}

/** A plan failing every third request, cycling through the faults the contract must survive. */
export function everyThird(faults: Fault[]): Plan {
  let k = 0;
  return ({ n }) => (n % 3 === 0 ? faults[k++ % faults.length] : undefined);
}
