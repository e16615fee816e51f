/** Mid-year monitoring (绩效运行监控, domain §5): lights against 序时进度, form rules, and a projection. */
export type { MonitorFinding, MonitorFindingCode } from "./findings.ts"
export type { Forecast, ForecastSource } from "./forecast.ts"
export { LIGHTS, type Light } from "./lights.ts"
export {
  forecastSourceNames,
  formatMonitorFinding,
  formatTimeProgressError,
  lightNames,
  treatmentNames,
} from "./messages.ts"
export type * from "./model.ts"
export { type MonitorInput, monitor } from "./monitor.ts"
export {
  type MonitorMeta,
  type MonitorResultsJson,
  monitoringToJson,
  PROJECTION_NOTE,
} from "./results-json.ts"
export { fiscalDateAt, type TimeProgress, type TimeProgressError, timeProgress } from "./time-progress.ts"
export { MONITOR_KIND_LEXICON, type Treatment, treatmentOf } from "./treatment.ts"
