/**
 * How far V8 lets a heap grow past what survived its last full collection. By default it raises the limit
 * to up to about four times the survivors while a program allocates fast, and an assessment streaming a
 * big table allocates fast all the time: at 10⁶ indicators the main thread's heap reached 400–470 MB around
 * 150–250 MB of live data. Growing by half at a time collects sooner: in two same-run pairs at 10⁶ the peak
 * RSS was 640 and 650 MB against 729 and 734 MB without the flag, at no cost in time seen; growing by a fifth
 * gave 618–624 MB, but took 10–17 % longer in three pairs (docs/performance.md). V8's flags belong to the process: set here, before the rest of the
 * CLI is loaded, they hold for the grading workers too. Imported first by main.ts for this side effect.
 */
import { setFlagsFromString } from "node:v8"

setFlagsFromString("--heap-growing-percent=50")
