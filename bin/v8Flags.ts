// V8's flags for civstat's runs, set before any worker starts (V8's flags are the process's: the
// workers share them). Measured with `npm run bench` (README, Performance):
// - Eight times V8's optimisation budget. The runs are short (a few hundred documents, a second or
//   two of each kind of work), and by default each thread (the writer and every worker) spent more
//   time compiling the extractors than the compiled code saved: ingesting 200 PDFs took 13% less
//   CPU, 2,000 texts the same.
// - A young generation of 2 MB a semi-space. Each thread's young generation grows to hold what a
//   batch of documents allocates and stays that size: peak memory at 2,000 texts went from
//   269–271 MB to 261 MB, at the same CPU.
import { setFlagsFromString } from "node:v8";

setFlagsFromString("--interrupt-budget=600000");
setFlagsFromString("--max-semi-space-size=2");
