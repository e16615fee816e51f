import type { Severity } from "@jixiao/core"

/** ANSI styling that collapses to plain text when colours are off (pipes, `NO_COLOR`, tests). */
export interface Style {
  readonly bold: (text: string) => string
  readonly dim: (text: string) => string
  readonly red: (text: string) => string
  readonly yellow: (text: string) => string
  readonly cyan: (text: string) => string
  readonly green: (text: string) => string
}

const wrap =
  (open: number) =>
  (text: string): string =>
    `\x1b[${open}m${text}\x1b[0m`
const plain = (text: string): string => text

/** A style with or without colours. */
export const makeStyle = (colors: boolean): Style =>
  colors
    ? { bold: wrap(1), dim: wrap(2), red: wrap(31), yellow: wrap(33), cyan: wrap(36), green: wrap(32) }
    : { bold: plain, dim: plain, red: plain, yellow: plain, cyan: plain, green: plain }

/** 错误 / 警告 / 提示. */
export const severityName: Readonly<Record<Severity, string>> = {
  error: "错误",
  warning: "警告",
  info: "提示",
}

/** The severity word, coloured by how serious it is. */
export const severityLabel = (severity: Severity, style: Style): string => {
  const name = severityName[severity]
  return severity === "error"
    ? style.red(name)
    : severity === "warning"
      ? style.yellow(name)
      : style.cyan(name)
}
