/**
 * The longest cell jixiao reads as a target or an actual: 2,000 characters. Published targets and reported
 * actuals are at most a few hundred characters; a longer cell is a paste gone wrong (a whole report, a
 * column of numbers in one cell), and is refused with its length instead of being compiled. compileTarget
 * and parseActual both ask here; the callers attach the cell's file, row and column.
 */
export const MAX_CELL_LENGTH = 2_000

/** The length of a cell over {@link MAX_CELL_LENGTH}, or undefined when the cell is within it. */
export const overCellLimit = (text: string): number | undefined =>
  text.length > MAX_CELL_LENGTH ? text.length : undefined
