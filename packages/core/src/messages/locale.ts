/** The languages of jixiao's message catalogues: Chinese first (what users read), English for logs and tests. */
export type Locale = "zh-CN" | "en"
