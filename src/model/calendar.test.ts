import { expect, it } from 'vitest';
import { isCalendarDate, isLeapYear } from './calendar.js';

it('knows the Gregorian leap years', () => {
  expect([1960, 2000, 2024].map(isLeapYear)).toEqual([true, true, true]);
  expect([1961, 1900, 2100].map(isLeapYear)).toEqual([false, false, false]);
});

it('accepts real months and days only', () => {
  expect(isCalendarDate(1961, 6, 3)).toBe(true);
  expect(isCalendarDate(1961, 6)).toBe(true);
  expect(isCalendarDate(1960, 2, 29)).toBe(true);
  expect(isCalendarDate(1961, 2, 29)).toBe(false);
  expect(isCalendarDate(1900, 2, 29)).toBe(false);
  expect(isCalendarDate(1961, 4, 31)).toBe(false);
  expect(isCalendarDate(1961, 13)).toBe(false);
  expect(isCalendarDate(1961, 0)).toBe(false);
  expect(isCalendarDate(1961, 1, 0)).toBe(false);
});
