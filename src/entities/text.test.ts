import { describe, expect, it } from 'vitest';
import { flatten, fold, nameKey, spacedText, tokenize } from './text.js';
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

describe('the written form of a name', () => {
  it('makes each run of white space one space and trims, as the regular expression does', () => {
    const cases = ['Kim Il Sung', 'Kim  Il\nSung', ' Kim', 'Kim ', 'Kim\u00a0Il', 'Kim\tIl', '', ' ', 'Sa’dabad Palace', 'A.\n  A. Gromyko'];
    for (const text of cases) expect(spacedText(`>${text}<`, 1, text.length + 1)).toBe(text.replace(/\s+/g, ' ').trim());
  });

  it('reads the tokens of a line of non-ASCII words and marks as before', () => {
    const tokens = tokenize('“Chou En-lai” — Kaesŏng’s envoy: Łódź.\nZhou');
    expect(tokens.map((t) => `${t.text}:${t.norm}:${t.sentenceStart ? 'S' : ''}${t.possessive ? 'P' : ''}`)).toEqual([
      'Chou:chou:S', 'En-lai:en-lai:', 'Kaesŏng:kaesong:P', 'envoy:envoy:', 'Łódź:lodz:S', 'Zhou:zhou:S',
    ]);
  });
});
