/**
 * "The same project" (and the same unit, the same indicator): the one home of how names are compared.
 *
 * - Across files (an actual row, a budget row, last year's run against the target table), names match
 *   with white space ignored: `购置 经费` in the actuals sheet is the table's `购置经费`. A row that
 *   names no unit matches a project of that name in any unit, when only one unit has it.
 * - Within one target table, rows group into projects by unit and name exactly as written: two spellings
 *   are two projects the department wrote, and matching across files then treats them as sharing a name.
 */

/** A name as it is matched across files: white space dropped. */
export const nameKey = (text: string): string => text.replace(/\s/gu, "")

/** A project as it is matched across files: its unit and name, each by {@link nameKey}. */
export const projectKey = (unit: string, name: string): string => `${nameKey(unit)}\u0000${nameKey(name)}`

/** An indicator as it is matched across files (last year's run): unit, project and indicator names. */
export const indicatorKey = (unit: string, project: string, indicator: string): string =>
  `${projectKey(unit, project)}\u0000${nameKey(indicator)}`

/** The rows of one project within one target table: unit and name exactly as written. */
export const tableProjectKey = (unit: string, name: string): string => `${unit}\u0000${name}`
