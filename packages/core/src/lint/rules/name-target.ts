/**
 * What the reader and the template left in an indicator's name: a target taken from the name because
 * both target cells were empty (`资金拨付率100%`), and a template placeholder never filled in
 * (`资金拨付率(≥**%)`). Both point at the name.
 */
import { hasPlaceholder } from "../../compile/context/name-unit.ts"
import type { IndicatorRule, RawFinding } from "../rule.ts"

export const targetFromName: IndicatorRule = ({ indicator }) =>
  indicator.targetSource === "name"
    ? [
        {
          code: "target_from_name",
          severity: "warning",
          field: "name",
          at: indicator.at,
          data: { name: indicator.name },
        },
      ]
    : []

export const namePlaceholder: IndicatorRule = ({ indicator }): RawFinding[] =>
  hasPlaceholder(indicator.name)
    ? [
        {
          code: "name_placeholder",
          severity: "warning",
          field: "name",
          at: indicator.at,
          data: { name: indicator.name },
        },
      ]
    : []
