import { describe, expect, it } from 'vitest';
import { PipelineError } from '../model/index.js';
import { readTranscription } from './read.js';

const bytes = (s: string) => new TextEncoder().encode(s);

describe('readTranscription: control characters', () => {
  it('keeps a stray control character visible and inert as its control picture, and says so', () => {
    const { text, normalisations } = readTranscription(bytes('**June 3, 1961**\n\nA bell\u0007 rang\u001f twice.\n'), 'bell.md');
    expect(text).toContain('A bell\u2407 rang\u241f twice.');
    expect(normalisations.join(' ')).toMatch(/control pictures/);
  });

  it('still refuses a file with a NUL byte or with control characters throughout as binary', () => {
    expect(() => readTranscription(bytes('text\u0000more'), 'nul.md')).toThrow(PipelineError);
    const dense = Array.from({ length: 400 }, (_, i) => (i % 3 ? 'x' : '\u0002')).join('');
    expect(() => readTranscription(bytes(dense), 'dense.md')).toThrow(/binary file/);
  });
});
