import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { flatten, fold, nameKey, spacedText, tokenize, type Shape, type Token } from './text.js';
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

/**
 * The tokenizer reads each character once, through a table of character classes. This is the
 * plain statement of what it must find (a regular expression per character, case by
 * `toLowerCase`/`toUpperCase`, lines measured in a pass of their own): both must agree on any text.
 */
function plainTokens(flat: string): Omit<Token, 'rare' | 'acronym' | 'personWord'>[] {
  const word = (i: number): boolean => i < flat.length && /[\p{L}\p{N}\p{M}]/u.test(flat[i]);
  const upperCh = (ch: string): boolean => ch !== ch.toLowerCase();
  const lowerCh = (ch: string): boolean => ch !== ch.toUpperCase();
  const upperLines = flat.split('\n').map((line) => {
    const upper = [...line.split('')].filter(upperCh).length;
    const lower = [...line.split('')].filter((ch) => !upperCh(ch) && lowerCh(ch)).length;
    return upper >= 4 && upper > 3 * lower;
  });
  const shapeOf = (w: string): Shape => {
    if (/^[0-9]/.test(w)) return 'number';
    if (!upperCh(w[0])) return lowerCh(w[0]) ? 'lower' : /\p{N}/u.test(w[0]) ? 'number' : 'other';
    if (w.split('').slice(1).some(lowerCh)) return 'cap';
    return w.length === 1 ? 'initial' : 'upper';
  };
  const out: Omit<Token, 'rare' | 'acronym' | 'personWord'>[] = [];
  let line = 0;
  let newLine = true;
  let mark = '';
  for (let i = 0; i < flat.length; ) {
    if (!word(i)) {
      if (flat[i] === '\n') [line, newLine, mark] = [line + 1, true, ''];
      else if (flat[i] !== ' ' && flat[i] !== '\t') mark = flat[i];
      i++;
      continue;
    }
    const start = i;
    while (word(i) || (/['’-]/.test(flat[i] ?? '') && word(i + 1))) i++;
    if (flat[i] === '(' && flat[i + 2] === ')' && i + 2 < flat.length && lowerCh(flat[i + 1])) i += 3;
    const possessive = i - start > 2 && /['’]s$/.test(flat.slice(start, i));
    const end = possessive ? i - 2 : i;
    const text = flat.slice(start, end);
    let shape = shapeOf(text);
    if ((shape === 'initial' || (shape === 'cap' && text.length === 2)) && flat[end] === '.') shape = 'initial';
    const sentenceStart = newLine || '.!?:;"“”«»'.includes(mark || '@');
    out.push({ start, end, text, norm: fold(text), shape, line, upperLine: upperLines[line], sentenceStart, possessive });
    [newLine, mark] = [false, ''];
  }
  return out;
}

describe('the tokenizer', () => {
  const strip = (tokens: Token[]) => tokens.map(({ rare: _r, acronym: _a, personWord: _p, ...t }) => t);

  it('reads the words of a text as the plain statement of its rules does', () => {
    const pieces = ['Kim', 'KIM', 'il', 'S.', 'Yu.', ' ', '  ', '\n', ', ', '. ', '“', '”', '’s', "'s", '-', '–', '(b)', 'VKP', '(', ')', '1961', '20th',
      'Łódź', 'Kaesŏng', 'ǅemal', 'ß', 'Ⅻ', 'ⅻ', '𝐀', 'é', 'e\u0301', 'Ⓐ', 'ПРАВДА', 'Москва', '毛泽东', ':', '?', '«', '\t', 'x', 'A'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        expect(strip(tokenize(text))).toEqual(plainTokens(text));
      }),
      { numRuns: Number(process.env.FC_RUNS ?? 300) },
    );
  });
});
