// Bundles the CLI into one ESM file so that `jixiao` starts fast (no barrel imports at run time).
import { build } from "esbuild";
import { fileURLToPath } from "node:url";
const here = fileURLToPath(new URL(".", import.meta.url));
await build({
  entryPoints: [`${here}src/main.ts`],
  outfile: `${here}dist/jixiao.mjs`,
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  conditions: ["@jixiao/source"],
  packages: "bundle",
  external: ["exceljs"],
  banner: { js: "import { createRequire as __jixiaoRequire } from 'node:module'; const require = __jixiaoRequire(import.meta.url);" },
  logLevel: "warning",
  legalComments: "none"
});
