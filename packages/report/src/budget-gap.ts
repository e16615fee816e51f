/** Why a project's budget block was not scored from its row, in the words every report and the terminal use. */
export const budgetGapText: Readonly<Record<"not_given" | "no_row" | "unreadable" | "needs_review", string>> =
  {
    not_given: "未提供预算执行表",
    no_row: "预算执行表中没有该项目",
    unreadable: "预算金额无法识别",
    needs_review: "预算执行率不合常理，待人工核对",
  }
