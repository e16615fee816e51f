// A bundle's source made ASCII-only, so that V8 keeps it as a one-byte string (build.mjs).

const nonAscii = /[\u0080-\uffff]/g

/** Every non-ASCII UTF-16 unit as a `\uXXXX` escape. */
const escapeNonAscii = (text) =>
  text.replace(nonAscii, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`)

/**
 * The source of a bundle esbuild built with `charset: "ascii"`, ASCII-only. esbuild escapes every non-ASCII
 * character it prints except in regular expression literals, the raw text of tagged templates and comments,
 * which it copies as written: those are escaped here, one UTF-16 unit at a time (`\u5904`). That is the same
 * character in a regular expression, with or without the u flag (a pair of escaped surrogates is one code
 * point there), in a string, an identifier, and in the strings a tag function reads (the cooked ones: the
 * only tag of ours with such text is report's `html`). It would not be after a backslash (an identity
 * escape), nor in the raw strings String.raw reads: either is refused, naming `file` (a refusal may be
 * overcautious, `/[\\处]/` say, but it stops the build, never makes a different bundle). What changes is only
 * how the text shows: a regular expression's `source` has the escapes (composed into another one, it reads
 * the same). A review on 2026-12-04 tokenized both bundles: their non-ASCII text was in regular expressions,
 * comments and `html` templates only.
 */
export const asciiSource = (text, file) => {
  const fail = (why) => {
    throw new Error(`${file}: ${why}; the bundle cannot be made ASCII-only (apps/cli/ascii-source.mjs)`)
  }
  if (/\\[\u0080-\uffff]/.test(text)) fail("a backslash before a non-ASCII character")
  if (/String\.raw`[^`]*[\u0080-\uffff]/.test(text)) fail("String.raw of a non-ASCII text")
  return escapeNonAscii(text)
}
