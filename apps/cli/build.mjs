// Bundles the CLI into one ESM file so that `jixiao` starts fast (no barrel imports at run time).

import { readFileSync } from "node:fs"
import { createRequire } from "node:module"
import { dirname, relative } from "node:path"
import { fileURLToPath } from "node:url"
import { build } from "esbuild"

const here = fileURLToPath(new URL(".", import.meta.url))
const outfile = `${here}dist/jixiao.mjs`
const { version } = JSON.parse(readFileSync(`${here}package.json`, "utf8"))

// exceljs stays out of the bundle (it is large) and out of start-up: core imports it statically, so the
// import is replaced by a proxy that loads the real module on first use, i.e. only when an .xlsx is read.
// It is a dependency of @jixiao/core, not of the CLI, so it is resolved from core's directory and
// required relative to the bundle (pnpm does not hoist it to where dist/ could find it by name).
const coreRequire = createRequire(`${here}../../packages/core/package.json`)
const lazyExternal = (name) => ({
  name: `lazy-${name}`,
  setup(build) {
    build.onResolve({ filter: new RegExp(`^${name}$`) }, () => ({ path: name, namespace: "lazy-external" }))
    build.onLoad({ filter: /.*/, namespace: "lazy-external" }, () => {
      const target = relative(dirname(outfile), coreRequire.resolve(name)).split("\\").join("/")
      return {
        loader: "js",
        contents: `
          let loaded;
          // The banner's createRequire, under its own name so that esbuild leaves the call alone.
          const load = () => (loaded ??= __jixiaoRequire(import.meta.url)(${JSON.stringify(target.startsWith(".") ? target : `./${target}`)}));
          export default new Proxy({}, {
            get: (_, key) => load()[key],
            has: (_, key) => key in load()
          });
        `,
      }
    })
  },
})

await build({
  entryPoints: [`${here}src/main.ts`],
  outfile,
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  conditions: ["@jixiao/source"],
  packages: "bundle",
  plugins: [lazyExternal("exceljs")],
  banner: {
    js: "import { createRequire as __jixiaoRequire } from 'node:module'; const require = __jixiaoRequire(import.meta.url);",
  },
  logLevel: "warning",
  legalComments: "none",
  // `jixiao --version` reads this constant (src/version.ts): no package.json lookup at start-up.
  define: { __JIXIAO_VERSION__: JSON.stringify(version) },
})
