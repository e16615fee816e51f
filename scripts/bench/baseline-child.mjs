// The baseline of `pnpm bench`, run as its own small process: parses CSV files with csv-parse's streaming
// API and the options jixiao's readers use, and prints the number of records. Plain JavaScript, so that
// nothing but csv-parse is loaded (the very copy @jixiao/core depends on). It reads in chunks of the size
// jixiao's streamed assess reads (CHUNK_BYTES in apps/cli/src/io/csv-file.ts; 64 KB is also the
// faster size for csv-parse alone).
import { createReadStream } from "node:fs"
import { createRequire } from "node:module"
import { resolve } from "node:path"

const { parse } = createRequire(resolve("packages/core/package.json"))("csv-parse")
let records = 0
for (const file of process.argv.slice(2)) {
  const parser = createReadStream(file, { highWaterMark: 1 << 16 }).pipe(
    parse({
      bom: true,
      relax_column_count: true,
      relax_quotes: true,
      info: true,
      record_delimiter: ["\r\n", "\n", "\r"],
    }),
  )
  for await (const _ of parser) records++
}
console.log(records)
