/**
 * Progress of a build. On a terminal: one bar redrawn in place (documents done, per second, time
 * left). Elsewhere (a pipe, a log file, CI): a plain line every tenth of the way, at most one
 * every few seconds, so logs stay short.
 */
export interface ProgressOptions {
  total: number;
  /** A terminal that can redraw a line. */
  tty: boolean;
  write: (text: string) => void;
  now?: () => number;
}

const BAR_WIDTH = 24;
const LINE_EVERY_MS = 5_000;

export function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds)) return '--:--';
  const s = Math.round(seconds);
  const h = Math.floor(s / 3600);
  const mm = String(Math.floor((s % 3600) / 60)).padStart(2, '0');
  const ss = String(s % 60).padStart(2, '0');
  return h > 0 ? `${h}:${mm}:${ss}` : `${mm}:${ss}`;
}

export class Progress {
  private done = 0;
  private failed = 0;
  private readonly start: number;
  private lastLine = 0;
  private lastDecile = 0;
  private lastDraw = 0;
  private readonly now: () => number;

  constructor(private readonly options: ProgressOptions) {
    this.now = options.now ?? (() => performance.now());
    this.start = this.now();
  }

  /** One document finished. */
  tick(failed = false): void {
    this.done++;
    if (failed) this.failed++;
    const t = this.now();
    if (this.options.tty) {
      // Redrawing costs a write: at most ten a second, and always the last.
      if (t - this.lastDraw >= 100 || this.done === this.options.total) {
        this.lastDraw = t;
        this.options.write(`\r${this.line(t)}\x1b[K`);
      }
      return;
    }
    const decile = Math.floor((this.done * 10) / Math.max(1, this.options.total));
    if ((decile > this.lastDecile && t - this.lastLine >= LINE_EVERY_MS) || this.done === this.options.total) {
      this.lastDecile = decile;
      this.lastLine = t;
      this.options.write(this.line(t) + '\n');
    }
  }

  line(t = this.now()): string {
    const { total } = this.options;
    const seconds = (t - this.start) / 1000;
    const rate = seconds > 0 ? this.done / seconds : 0;
    const left = rate > 0 ? (total - this.done) / rate : Infinity;
    const counts = `${this.done}/${total} documents, ${rate.toFixed(1)}/s, ${formatDuration(left)} left${this.failed ? `, ${this.failed} failed` : ''}`;
    if (!this.options.tty) return `build: ${counts}`;
    const filled = Math.round((BAR_WIDTH * this.done) / Math.max(1, total));
    return `[${'#'.repeat(filled)}${'.'.repeat(BAR_WIDTH - filled)}] ${counts}`;
  }

  /** Ends the bar's line on a terminal. */
  finish(): void {
    if (this.options.tty && this.done > 0) this.options.write('\n');
  }
}
