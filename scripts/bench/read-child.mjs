// The floor of `pnpm bench`'s parsers section: the files' bytes read as the baseline reads them
// (fs.createReadStream, 64 KB chunks) into nothing. Prints the number of bytes read.
import { createReadStream } from "node:fs"

let bytes = 0
for (const file of process.argv.slice(2)) {
  for await (const chunk of createReadStream(file, { highWaterMark: 1 << 16 })) bytes += chunk.length
}
console.log(bytes)
