import { describe, expect, it } from 'vitest';
import { flatten, fold, nameKey, tokenize } from './text.js';
import { inline } from './fixtures/model.js';

describe('tokens', () => {
  it('tells capitalised words, capitals, initials and numbers apart', () => {
    const shapes = tokenize('Cde. A. A. Gromyko met KIM Il Sung in 1961, Yu. V. Andropov').map((t) => `${t.text}:${t.shape}`);
    expect(shapes).toEqual(['Cde:cap', 'A:initial', 'A:initial', 'Gromyko:cap', 'met:lower', 'KIM:upper', 'Il:cap', 'Sung:cap', 'in:lower', '1961:number', 'Yu:initial', 'V:initial', 'Andropov:cap']);
  });

  it('leaves a possessive out of the word and marks it', () => {
    const [t] = tokenize("Kudryavtsev's Diary");
    expect(t.text).toBe('Kudryavtsev');
    expect(t.possessive).toBe(true);
  });

  it('knows a line written in capitals', () => {
    const tokens = tokenize('SOVIET AMBASSADOR IN THE DPRK\nTyped by Plyvkina');
    expect(tokens[0].upperLine).toBe(true);
    expect(tokens.at(-1)!.upperLine).toBe(false);
  });

  it('folds case, accents and letters without a decomposition', () => {
    expect(fold('Bolesław JELEŃ')).toBe('boleslaw jelen');
    expect(nameKey('S.M. Kudryavtsev')).toBe(nameKey('S. M. KUDRYAVTSEV'));
  });
});

describe('flat text', () => {
  it('removes brackets and records where supplied text lies', () => {
    const { flat, supplied } = flatten(inline('the [Eleanor] Roosevelt [Tractors for Freedom] committee'));
    expect(flat).toBe('the Eleanor Roosevelt Tractors for Freedom committee');
    expect(supplied.map((s) => flat.slice(s.start, s.end))).toEqual(['Eleanor', 'Tractors for Freedom']);
  });
});
