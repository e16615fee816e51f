/**
 * Schemas of a scoring policy. `PolicySchema` is a whole policy (every preset passes it); `PolicyFileSchema`
 * is a policy file: `extends` names a preset and every other key is optional, objects merging into the
 * preset and arrays replacing. Decode both with `policyParseOptions`, so that unknown keys are errors.
 */
import { Schema, SchemaTransformation, Struct } from "effect"
import {
  bandInOrder,
  bandsInOrder,
  gradesInOrder,
  lightsInOrder,
  mergesValid,
  sharesInBands,
  weightsTotal100,
} from "./checks.ts"
import { compare, type PolicyNumber } from "./exact.ts"
import { presetNames } from "./presets.ts"

/** Options for every policy decode: report all issues, reject unknown keys, keep the offending input. */
export const policyParseOptions = { errors: "all", onExcessProperty: "error", reportInput: true } as const

const DecimalString = Schema.String.check(Schema.isPattern(/^-?\d+(\.\d+)?$/))

/** A number as JSON number or decimal string (`"0.9"`), kept as written so that it is read exactly later. */
const Num = Schema.Union([Schema.Finite, DecimalString]).annotate({ code: "invalid_number" })

/** A number within [min, max] (max open-ended when absent), compared exactly. */
const inRange = (min: PolicyNumber, max?: PolicyNumber) =>
  Num.check(
    Schema.makeFilter(
      (value: PolicyNumber) => compare(value, min) >= 0 && (max === undefined || compare(value, max) <= 0),
      { code: "out_of_range", data: max === undefined ? { min } : { min, max } },
    ),
  )

const Points = inRange(0)
const Share = inRange(0, 100)
const Group = Schema.Literals(["output", "benefit", "satisfaction", "cost"])
const Band = Schema.Tuple([Share, Share]).check(bandInOrder)
const tierStruct = <S extends Schema.Top>(value: S) =>
  Schema.Struct({ achieved: value, partial: value, failed: value })

/** An integer 0–6, also written as a string (`"2"`), decoded to a number. */
const Decimals = Num.check(
  Schema.makeFilter((value: PolicyNumber) => /^\d$/.test(String(value)) && compare(value, 6) <= 0, {
    code: "out_of_range",
    data: { min: 0, max: 6, kind: "integer" },
  }),
).pipe(
  Schema.decodeTo(
    Schema.Number,
    SchemaTransformation.transform<number, PolicyNumber>({ decode: Number, encode: (n) => n }),
  ),
)

/** A mathjs expression; its symbols are checked when the policy is loaded (see `check-formulas.ts`). */
const Formula = Schema.String.check(
  Schema.makeFilter((text: string) => text.trim() !== "", { code: "empty_formula" }),
)

const Weights = Schema.Struct({
  mode: Schema.Literals(["groups", "free"]),
  budget: Points,
  groups: Schema.Struct({
    output: Schema.optionalKey(Points),
    benefit: Schema.optionalKey(Points),
    satisfaction: Schema.optionalKey(Points),
    cost: Schema.optionalKey(Points),
  }),
  indicators: Points,
  missingGroup: Schema.Literals(["proportional", "drop"]),
  mergeInto: Schema.Struct({
    output: Schema.optionalKey(Group),
    benefit: Schema.optionalKey(Group),
    satisfaction: Schema.optionalKey(Group),
    cost: Schema.optionalKey(Group),
  }).check(mergesValid),
})

const Bands = tierStruct(Band)
const Shares = tierStruct(Share)
const Rounding = Schema.Struct({ decimals: Decimals, mode: Schema.Literals(["half_up", "truncate"]) })
const Grades = Schema.Array(
  Schema.Struct({ grade: Schema.Literals(["优", "良", "中", "差"]), min: Share }),
).check(gradesInOrder)

const LightsFields = Schema.Struct({ yellowFrom: inRange(0, 100), redFrom: inRange(0, 100) })
const Lights = LightsFields.check(lightsInOrder)
const Monitor = Schema.Struct({
  indicators: Lights,
  budget: Lights,
  deadlineWarnDays: inRange(0, 366),
  overAchievement: inRange(0),
  reasonFor: Schema.Literals(["yellow_red", "red"]),
  likelihoodNeedsReason: Schema.Boolean,
})

const fields = {
  name: Schema.String,
  description: Schema.String,
  weights: Weights.check(weightsTotal100),
  reverseFormula: Schema.Literals(["ratio", "linear"]),
  costEquals: Schema.Literals(["upper_bound", "exact"]),
  range: Schema.Struct({
    below: Schema.Literals(["positive", "review"]),
    above: Schema.Literals(["reverse", "met", "review"]),
  }),
  magnitudeSuspect: inRange(2),
  qualitative: Schema.Struct({ bands: Bands.check(bandsInOrder), defaultShare: Shares }).check(sharesInBands),
  lateShare: Share,
  overAchievement: inRange(1),
  budgetExplainBelow: inRange(0, 1),
  missingBudget: Schema.Literals(["zero", "rescale"]),
  budgetRatePlausible: inRange(1),
  rounding: Rounding,
  grades: Grades,
  rollup: Schema.Literals(["budget_weighted", "mean"]),
  formulas: Schema.Struct({
    positive: Schema.optionalKey(Formula),
    reverse: Schema.optionalKey(Formula),
    budget: Schema.optionalKey(Formula),
  }),
  monitor: Monitor,
}

/** A whole policy, with the checks across fields (band order, shares inside bands, weights adding up to 100). */
export const PolicySchema = Schema.Struct(fields)

/** Every key optional, one level down (the checks across fields wait for the merged policy). */
const partial = <F extends Schema.Struct.Fields>(struct: Schema.Struct<F>) =>
  struct.mapFields(Struct.map(Schema.optionalKey))

/** A policy file: an optional base preset and any subset of a policy's keys, at any depth. */
export const PolicyFileSchema = Schema.Struct({
  extends: Schema.optionalKey(Schema.Literals(presetNames).annotate({ code: "unknown_preset" })),
  ...Struct.map(
    {
      ...fields,
      weights: partial(Weights),
      qualitative: Schema.Struct({ bands: partial(Bands), defaultShare: partial(Shares) }).mapFields(
        Struct.map(Schema.optionalKey),
      ),
      rounding: partial(Rounding),
      monitor: partial(
        Schema.Struct({
          ...Monitor.fields,
          indicators: partial(LightsFields),
          budget: partial(LightsFields),
        }),
      ),
      range: partial(
        Schema.Struct({
          below: Schema.Literals(["positive", "review"]),
          above: Schema.Literals(["reverse", "met", "review"]),
        }),
      ),
    },
    Schema.optionalKey,
  ),
})

/** A decoded policy file. */
export type PolicyFile = typeof PolicyFileSchema.Type
