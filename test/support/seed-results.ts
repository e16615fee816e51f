/** The seed's results for the end-to-end tests: the one builder, in @jixiao/report's test support. */

import { seedResults as build } from "@jixiao/report/testing"
import type { ResultsJson } from "@jixiao/scoring"

/** The seed's results; `engineVersion` is what the reports print as the engine that made them. */
export const seedResults = (engineVersion = "test"): Promise<ResultsJson> => build({ engineVersion })
