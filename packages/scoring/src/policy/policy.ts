/**
 * A scoring policy: everything domain.md §3 marks as *policy*, as data. The default is the national
 * self-evaluation frame; provincial variants are presets or policy files (JSON, validated by `decodePolicy`).
 * Numbers are decimal strings or numbers in the file; they are read exactly (never through floats).
 */

/** Indicator groups by 一级指标: 产出, 效益, 满意度, and 成本 where a frame makes cost a level-1 group. */
export type Group = "output" | "benefit" | "satisfaction" | "cost"

/** Grade names, best first. */
export type Grade = "优" | "良" | "中" | "差"

/** Qualitative tiers (domain §3.3). */
export type TierName = "achieved" | "partial" | "failed"

export interface Policy {
  /** Preset or file name, e.g. `national`. */
  readonly name: string
  /** One line in Chinese saying what it is and where it comes from. */
  readonly description: string
  readonly weights: {
    /**
     * `groups`: each group has fixed points, split evenly among its indicators where the table gives no 分值.
     * `free`: the table's 分值 decide; indicators without one share `indicators` points evenly.
     */
    readonly mode: "groups" | "free"
    /** Points of the budget-execution block (预算执行率). */
    readonly budget: number | string
    /** Points per group in `groups` mode; a group absent from a project is redistributed per `missingGroup`. */
    readonly groups: Readonly<Partial<Record<Group, number | string>>>
    /** Points of all indicators together in `free` mode (e.g. Sichuan's 90). */
    readonly indicators: number | string
    /** Where a missing group's points go: to the other groups in proportion, or nowhere (the maximum drops). */
    readonly missingGroup: "proportional" | "drop"
    /** Groups whose points are counted inside another group (e.g. 满意度 inside 效益 in a 20/40/40 frame). */
    readonly mergeInto: Readonly<Partial<Record<Group, Group>>>
  }
  /** Reverse (≤, <) indicators that miss: `ratio` weight × target ÷ actual, or `linear` weight × max(0, 1 − (actual − target) ÷ target). */
  readonly reverseFormula: "ratio" | "linear"
  /**
   * Ranges (`2-4次`) missed: below the lower bound graded like `≥ min` (`positive`), above the upper bound
   * like `≤ max` (`reverse`, with `reverseFormula`), or `met` (exceeding a span is no fault), or left to a
   * person (`review`).
   */
  readonly range: { readonly below: "positive" | "review"; readonly above: "reverse" | "met" | "review" }
  /**
   * An actual this many times off its target, either way (`85.3万元` against `≥50亿元`), is left to a person
   * as a likely magnitude error (`magnitude_suspect`), never scored 0 or full (1000 by default).
   */
  readonly magnitudeSuspect: number | string
  /** `=` on a cost (成本) indicator: an upper bound (national practice) or an exact value. */
  readonly costEquals: "upper_bound" | "exact"
  readonly qualitative: {
    /** Each tier's band as [min, max] shares of the weight, in percent. Half-open except the top of `achieved`. */
    readonly bands: Readonly<Record<TierName, readonly [number | string, number | string]>>
    /** The share given when the evaluator names a tier but no score. */
    readonly defaultShare: Readonly<Record<TierName, number | string>>
  }
  /** Deadline missed: share of the weight kept (0 by default). */
  readonly lateShare: number | string
  /** Flag over-achievement when actual ÷ target reaches this (1.3 by default). */
  readonly overAchievement: number | string
  /**
   * A project with no budget block (no sheet, no row, or no readable 全年预算数): `zero` scores the block 0;
   * `rescale` scales the indicator scores up to the whole 100 (one published template's rule, domain §3.1).
   */
  readonly missingBudget: "zero" | "rescale"
  /** An execution rate above this (2 = 200 %) is not believed: the block waits for a person (amounts in 元 under 万元). */
  readonly budgetRatePlausible: number | string
  /** A budget execution rate below this needs an explanation (Sichuan: 0.9). */
  readonly budgetExplainBelow: number | string
  readonly rounding: { readonly decimals: number; readonly mode: "half_up" | "truncate" }
  /** Grade bands by lower bound (included), best first: 优 ≥ 90, 良 ≥ 80, 中 ≥ 60, 差 ≥ 0. */
  readonly grades: ReadonlyArray<{ readonly grade: Grade; readonly min: number | string }>
  /** How project totals roll up to units and the department. */
  readonly rollup: "budget_weighted" | "mean"
  /**
   * Custom formulas (mathjs expressions, compiled once, evaluated per indicator with exact numbers).
   * Variables: `actual`, `target`, `weight` for indicators; `rate`, `weight` for the budget block.
   * The result is clamped to [0, weight].
   */
  readonly formulas: {
    readonly positive?: string | undefined
    readonly reverse?: string | undefined
    readonly budget?: string | undefined
  }
  /** Mid-year monitoring (domain §5): when a light turns yellow or red, and which gaps in a form are findings. */
  readonly monitor: MonitorPolicy
}

/** Lights against 序时进度: deviation = (序时进度 − 完成率) ÷ 序时进度, in percent; half-open bands. */
export interface LightThresholds {
  /** Yellow from this deviation (included); green below it. */
  readonly yellowFrom: number | string
  /** Red from this deviation (included). */
  readonly redFrom: number | string
}

/** The monitoring part of a policy. */
export interface MonitorPolicy {
  /** Indicators (quantities, ranges, per-item targets) against 序时进度. */
  readonly indicators: LightThresholds
  /** 预算执行进度 (executed ÷ 全年预算数) against 序时进度. */
  readonly budget: LightThresholds
  /** A deadline this many days ahead or fewer, with nothing showing completion, is yellow. */
  readonly deadlineWarnDays: number | string
  /** A value to date above the annual target by more than this percent is a finding (Hebei: 15). */
  readonly overAchievement: number | string
  /** Which lights need a 偏差原因: yellow and red (national forms), or red only (Ningxia). */
  readonly reasonFor: "yellow_red" | "red"
  /** 完成目标可能性 of 有可能 or 完全不可能 needs a 偏差原因 (Tianjin). */
  readonly likelihoodNeedsReason: boolean
}
