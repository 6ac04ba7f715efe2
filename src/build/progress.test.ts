import { expect, it } from 'vitest';
import { Progress, formatDuration } from './progress.js';

function clock() {
  let t = 0;
  return { now: () => t, advance: (ms: number) => (t += ms) };
}

it('draws a bar in place on a terminal: done, per second, time left', () => {
  const c = clock();
  const out: string[] = [];
  const p = new Progress({ total: 4, tty: true, write: (s) => out.push(s), now: c.now });
  c.advance(1000);
  p.tick();
  c.advance(1000);
  p.tick(true);
  expect(out.at(-1)).toBe('\r[############............] 2/4 documents, 1.0/s, 00:02 left, 1 failed\x1b[K');
  p.finish();
  expect(out.at(-1)).toBe('\n');
});

it('writes a few plain lines when not on a terminal', () => {
  const c = clock();
  const out: string[] = [];
  const p = new Progress({ total: 1000, tty: false, write: (s) => out.push(s), now: c.now });
  for (let i = 0; i < 1000; i++) {
    c.advance(100);
    p.tick();
  }
  expect(out.length).toBeLessThanOrEqual(11);
  expect(out.at(-1)).toBe('build: 1000/1000 documents, 10.0/s, 00:00 left\n');
  expect(out.every((l) => !l.includes('\r'))).toBe(true);
});

it('formats durations', () => {
  expect(formatDuration(59.6)).toBe('01:00');
  expect(formatDuration(3725)).toBe('1:02:05');
  expect(formatDuration(Infinity)).toBe('--:--');
});
