/**
 * Debian's Chromium, driven by playwright-core: Playwright's own browser download cannot work on a
 * closed network. Every browser test launches it here, with the same flags.
 */
import { execFileSync } from "node:child_process"
import { existsSync } from "node:fs"
import { type Browser, chromium } from "playwright-core"

/** Where scripts/ensure-chromium.sh puts Chromium. */
export const executablePath = "/usr/bin/chromium"

/** What to say when Chromium (or poppler) is missing: by name, rather than a quiet skip. */
export const missingTool = (tool: string) =>
  `${tool} not found: the browser tests need Debian's chromium, fonts-noto-cjk and poppler-utils. Run \`bash scripts/ensure-chromium.sh\` as root (未找到 ${tool}，请以 root 运行 scripts/ensure-chromium.sh 安装)`

/** Whether a command is on the PATH. */
export const hasCommand = (command: string): boolean => {
  try {
    execFileSync("sh", ["-c", `command -v ${command}`], { stdio: "ignore" })
    return true
  } catch {
    return false
  }
}

/** Chromium headless and quiet: no network of its own, no sandbox (CI runs as root). */
export const launchChromium = (env: Readonly<Record<string, string>> = {}): Promise<Browser> => {
  if (!existsSync(executablePath)) throw new Error(missingTool(executablePath))
  return chromium.launch({
    executablePath,
    headless: true,
    env: { ...process.env, ...env } as Record<string, string>,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  })
}
