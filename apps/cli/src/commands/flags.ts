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
