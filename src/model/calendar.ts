/** The proleptic Gregorian calendar, as ISO 8601 and XML Schema's date types count days. */

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Whether `month` (1–12) and, when given, `day` name a real month and day of `year`. */
export function isCalendarDate(year: number, month: number, day?: number): boolean {
  if (!Number.isInteger(month) || month < 1 || month > 12) return false;
  if (day === undefined) return true;
  const days = month === 2 && isLeapYear(year) ? 29 : DAYS_IN_MONTH[month - 1]!;
  return Number.isInteger(day) && day >= 1 && day <= days;
}
