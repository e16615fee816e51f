/**
 * "Is a cost indicator": the one home of that rule (domain §2: 成本 indicators are upper bounds). A frame may
 * write 成本 at level 1 (`成本指标`) or level 2 (`14-成本指标`); either makes the indicator a cost.
 */
export const isCostIndicator = (level1: string | undefined, level2: string | undefined): boolean =>
  `${level1 ?? ""}${level2 ?? ""}`.includes("成本")
