// esbuild inlines the version from apps/cli/package.json (see build.mjs); running from source says "dev".
declare const __JIXIAO_VERSION__: string | undefined

/** The version of `jixiao`, as `--version` prints it. */
export const version: string = typeof __JIXIAO_VERSION__ === "string" ? __JIXIAO_VERSION__ : "0.0.0-dev"
