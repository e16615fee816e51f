// One candidate CSV parser of `pnpm bench`'s parsers section, run as its own small process:
// `node parser-child.mjs NAME FILE…` loads scripts/bench/parsers/NAME.mjs (and so that parser alone),
// parses each file read in 64 KB chunks, as the baseline reads them (baseline-child.mjs), and prints the
// number of rows, which the bench holds against csv-parse's count: a parser that read other rows than
// csv-parse did is reported as such, never timed as a winner.
import { createReadStream } from "node:fs"
import { resolve } from "node:path"
import { pathToFileURL } from "node:url"

const [name, ...files] = process.argv.slice(2)
const parser = await import(pathToFileURL(resolve("scripts/bench/parsers", `${name}.mjs`)).href)
let rows = 0
const count = () => {
  rows++
}
for (const file of files) await parser.parseStream(createReadStream(file, { highWaterMark: 1 << 16 }), count)
console.log(rows)
