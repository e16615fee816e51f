/**
 * Pass 4c — resolve-serial-date: a date cell pasted as its Excel serial number (`44,561` in a 时效 indicator
 * is 2021-12-31), seen in published tables exported from Excel. Only a bare whole number in the serial
 * range of 2000–2099 in a 时效 indicator is read so, with an issue that says it was.
 */
import { pass } from "../draft.ts"

/** Excel's day 0 (its serials count from 1899-12-30, past its 1900 leap-year slip). */
const excelEpoch = Date.UTC(1899, 11, 30)
const from2000 = 36_526
const to2099 = 73_050

export const resolveSerialDate = pass(["timely"], (draft, features) => {
  if (draft.kind !== "quantity" || !features.timely || draft.literal === null) return
  if (draft.unit !== null || draft.percent || draft.magnitude !== null || !/^\d+$/u.test(draft.literal))
    return
  const serial = Number(draft.literal)
  if (serial < from2000 || serial > to2099) return
  const day = new Date(excelEpoch + serial * 86_400_000)
  draft.kind = "deadline"
  draft.op = "<="
  draft.literal = null
  draft.date = {
    year: day.getUTCFullYear(),
    month: day.getUTCMonth() + 1,
    day: day.getUTCDate(),
    part: null,
    before: false,
  }
  draft.issues.push({ code: "excel_serial_date", severity: "warning", data: { serial } })
})
