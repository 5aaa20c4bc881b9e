// civstat's runs are short: a few hundred documents, a second or two of each kind of work. V8's
// default optimises a function after little work, so each thread (the writer and every worker)
// spent more time compiling the extractors than the compiled code saved. Eight times that
// budget cut the CPU of ingesting 200 PDFs by about 13% and left 2,000 texts as they were
// (README, Performance). V8's flags are the process's: set before any worker starts, workers share them.
import { setFlagsFromString } from "node:v8";

setFlagsFromString("--interrupt-budget=600000");
