// V8's flags for civstat's runs, set before any worker starts (V8's flags are the process's: the
// workers share them). Measured with `npm run bench` (docs/performance.md):
// - Eight times V8's optimisation budget. The runs are short (a few hundred documents, a second or
//   two of each kind of work), and by default each thread (the writer and every worker) spent more
//   time compiling the extractors than the compiled code saved: ingesting 200 PDFs took 13% less
//   CPU, 2,000 texts the same.
// - A young generation of 8 MB a semi-space (it applies to the workers, which start after it). At
//   2 MB a document's working data outlived the young generation and was promoted, so the old
//   generation was marked and compacted over and over: in paired runs 8 MB took 24% less CPU for
//   2,000 texts (47 s to 36 s) and 7% less for 200 PDFs, for 17–21 MB more peak memory. 16 MB was
//   no faster and took 25 MB more again.
import { setFlagsFromString } from "node:v8";

setFlagsFromString("--interrupt-budget=600000");
setFlagsFromString("--max-semi-space-size=8");
