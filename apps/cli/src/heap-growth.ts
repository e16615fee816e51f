/**
 * How far V8 lets a heap grow past what survived its last full collection. By default it grows the limit to
 * up to about four times the survivors while a program allocates fast, and an assessment streaming a big
 * table allocates fast all the time: at 10⁶ indicators the main thread's heap reached 400–470 MB around
 * 150–250 MB of live data, and the process's peak RSS 1,060 MB. Growing by a fifth at a time collects more
 * often; in the same run the peak fell to about 760 MB at the same speed (docs/performance.md). V8's flags
 * belong to the process: set here, before the rest of the CLI is loaded, they hold for the grading workers
 * too. Imported first by main.ts for this side effect alone.
 */
import { setFlagsFromString } from "node:v8"

setFlagsFromString("--heap-growing-percent=20")
