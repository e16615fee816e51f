/** One CSV field: quoted when it holds a comma, a quote or a line break (RFC 4180). */
export const csvField = (value: string | number): string => {
  const text = String(value)
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text
}

/** One CSV line, CRLF-terminated as spreadsheet exports are. */
export const csvLine = (fields: ReadonlyArray<string | number>): string =>
  `${fields.map(csvField).join(",")}\r\n`
