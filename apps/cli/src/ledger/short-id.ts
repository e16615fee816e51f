/** How many characters of a run id are shown: enough to be unique in practice, and a valid prefix. */
export const shortIdLength = 12

/** The first characters of a run id. */
export const shortId = (id: string): string => id.slice(0, shortIdLength)
