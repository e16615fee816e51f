/**
 * A string that holds its own characters. A cell cut out of a chunk's text is, in V8, a slice of that text
 * (for 13 characters or more): a project name kept for the whole run (the census, the taken sets) kept
 * its 64 KB chunk alive with it, and at 10⁶ indicators the main thread's heap grew by hundreds of MB of
 * chunks held by one name each. Text kept that long is copied once: joined to a character, which makes a
 * new string when the join is flattened, then cut back (a slice of the copy, not of the chunk).
 */
export const ownCopy = (text: string): string => (text.length < 13 ? text : ` ${text}`.slice(1))
