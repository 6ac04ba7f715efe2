import { describe, expect, it } from 'vitest';
import { isIsoDate } from './checks.js';

describe('isIsoDate', () => {
  it.each(['1961', '1961-06', '1961-06-03', '2000-02-29', '1961-06-03T10:15:00Z', '-0044-03-15'])('accepts %s', (value) => {
    expect(isIsoDate(value)).toBe(true);
  });
  it.each(['June 1961', '1961-13', '1961-06-31', '1900-02-29', '61-06-03', '1961/06/03', '', '1961-6-3'])('refuses %s', (value) => {
    expect(isIsoDate(value)).toBe(false);
  });
});
