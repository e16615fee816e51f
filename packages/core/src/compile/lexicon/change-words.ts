/**
 * Words of change from a baseline: `比上年增长8%` rises, `较上年下降5%` falls. The compiler reads targets with
 * them and scoring reads actuals that state their own change (`增长9%`, `压减6%`) with the same lists.
 */
export const riseWords: ReadonlyArray<string> = ["增长", "提高", "提升", "增加", "上升", "增幅", "涨幅"]
export const fallWords: ReadonlyArray<string> = ["下降", "降低", "减少", "压减", "压缩", "减幅", "降幅"]
