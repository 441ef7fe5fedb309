// Progress on a terminal: files done of total and the rate, redrawn in place on stderr. Silent when
// stderr is not a TTY (CI logs, cron mail), where only the final summary is printed.
export class Progress {
  private done = 0;
  private t0 = Date.now();
  private last = 0;
  constructor(private readonly total: number, private readonly label: string, private readonly enabled = process.stderr.isTTY === true) {}
  tick(): void {
    this.done++;
    const now = Date.now();
    if (!this.enabled || (now - this.last < 100 && this.done < this.total)) return;
    this.last = now;
    const rate = this.done / Math.max((now - this.t0) / 1000, 0.001);
    process.stderr.write(`\r${this.label} ${this.done}/${this.total} files  ${rate.toFixed(1)} files/s   `);
  }
  end(): void {
    if (this.enabled) process.stderr.write('\n');
  }
}
