import { defineConfig } from "vitest/config"

// `pnpm stress`: the heavy reliability cases (10 MB cells, endless input, large runs) that are too slow for the
// default test run. Each file in test/stress measures time and peak memory and asserts the documented limits.
const conditions = ["@jixiao/source"]

export default defineConfig({
  resolve: { conditions },
  ssr: { resolve: { conditions } },
  test: {
    include: ["test/stress/**/*.stress.ts"],
    globalSetup: ["./test/support/build-cli.ts"],
    testTimeout: 600_000,
    fileParallelism: false,
  },
})
