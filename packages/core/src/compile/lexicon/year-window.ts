/**
 * The years a target or an actual may name: 1990 to 2100. Project-expenditure performance targets began in
 * the 2000s and run a few years ahead; a year outside the window is a typing slip (`0024年` for 2024, a
 * two-digit year that JavaScript's Date would read as 1924). It is an error in a target and unreadable in an
 * actual, never silently moved into the 1900s.
 */
export const YEAR_WINDOW = { min: 1990, max: 2100 } as const

/** Whether a year lies in the {@link YEAR_WINDOW}. */
export const plausibleYear = (year: number): boolean => year >= YEAR_WINDOW.min && year <= YEAR_WINDOW.max
