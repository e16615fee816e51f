/**
 * Yes and no, in one table: targets of `是否…` indicators (`否`), actuals that answer them (`无`, `未发生`),
 * and the zero of a count (`零`, `0`). Every reader of a yes or a no asks here.
 */
const answers: Readonly<Record<string, boolean>> = {
  是: true,
  有: true,
  已: true,
  能: true,
  存在: true,
  发生: true,
  已发生: true,
  出现: true,
  否: false,
  无: false,
  没有: false,
  不: false,
  未: false,
  零: false,
  "0": false,
  不存在: false,
  未发生: false,
  未出现: false,
  没有发生: false,
}

/** `true` for a yes (`是`, `有`, `发生`), `false` for a no (`否`, `无`, `未发生`), undefined for anything else. */
export const yesOrNo = (text: string): boolean | undefined =>
  Object.hasOwn(answers, text.trim()) ? answers[text.trim()] : undefined
