import * as Flag from "effect/cli/Flag"

/** `--year`: the fiscal year, for deadlines written without one (`9月前`). */
export const yearFlag = Flag.Int("year").pipe(
  Flag.withMetavar("年份"),
  Flag.withDescription("财政年度，用于没写年份的期限（如 9月前）"),
  Flag.filter(
    (year) => year >= 1949 && year <= 2200,
    () => "应为 1949 到 2200 之间的年份",
  ),
  Flag.optional,
)

/**
 * `--allow-symlinks`: accept an output folder that is a symbolic link leading elsewhere, and replace links
 * at report paths by the new files (never writing to what they point at). Off by default: a link planted
 * in the output folder must not make a run (as root under cron) overwrite a file elsewhere.
 */
export const allowSymlinksFlag = Flag.Boolean("allow-symlinks").pipe(
  Flag.withDescription(
    "允许输出目录是指向别处的符号链接，并以新文件替换报告路径上的符号链接（不写链接指向的文件）；默认拒绝",
  ),
  Flag.withDefault(false),
)
