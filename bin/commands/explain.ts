import { readFile } from "node:fs/promises";
import { explainFact, explanationText } from "../../extractors/explain.js";
import { readDocument } from "../../pipeline/read/read.js";
import { textDocument } from "../../pipeline/read/textDocument.js";
import { processDocument } from "../../pipeline/run/process.js";
import { CivstatError } from "../../schemas/basics/errors.js";
import type { Fact } from "../../schemas/fact.js";
import { withDatabase } from "../../store/database.js";
import { factOrigin } from "../../store/facts.js";
import { type Command, choice } from "../command.js";
import { dbOption, formatOption, waitOption } from "../options.js";

const FORMATS = ["table", "jsonl"] as const;

/** The facts of the fact's document as they are read now, from its file. */
async function factFromDatabase(db: string, id: string, wait: boolean): Promise<Fact> {
  const origin = await withDatabase(db, { readOnly: true, wait }, ({ connection }) =>
    factOrigin(connection, id),
  );
  if (!origin) {
    throw new CivstatError(
      "E_NOT_FOUND",
      `no fact ${id} in ${db} (a fact's id is the start of its document's id, a colon and its position: see the id column of civstat facts)`,
    );
  }
  const bytes = await readFile(origin.path).catch(() => {
    throw new CivstatError("E_NOT_FOUND", `${origin.path}: the file of fact ${id} is no longer there`);
  });
  const { facts } = processDocument(await readDocument(origin.path, new Uint8Array(bytes)));
  const fact = facts.find((f) => f.id === origin.factId);
  if (!fact)
    throw new CivstatError("E_NOT_FOUND", `${origin.file} no longer gives fact ${id}: ingest it again`);
  return fact;
}

export const explain: Command = {
  name: "explain",
  summary:
    "Show how figures became facts: the counted noun, its head and modifiers, the key, the date and its source.",
  positionals: [{ name: "fact-id", description: "a fact's id, as civstat facts shows it (3f2a9c1b:12)" }],
  options: {
    text: { type: "string", value: "TEXT", description: "explain every figure of this text instead" },
    date: {
      type: "string",
      value: "YYYY-MM-DD",
      description: "with --text: the date of the document it comes from",
    },
    db: dbOption,
    format: formatOption(FORMATS, "table"),
    wait: waitOption,
  },
  details: `Examples:
  civstat explain 3f2a9c1b:12
  civstat explain --text "截至去年底，全市已拥有社工机构147家" --date 2019-03-25`,
  async run({ values, positionals }, io) {
    const format = choice(values.format, FORMATS, "format");
    const date = values.date as string | undefined;
    if (date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(date)) {
      throw new CivstatError("E_BAD_USAGE", `--date ${date}: write it as YYYY-MM-DD`);
    }
    let facts: Fact[];
    if (typeof values.text === "string") {
      facts = processDocument(textDocument(values.text), date ? { issued: date } : {}).facts;
    } else if (positionals[0]) {
      facts = [await factFromDatabase(String(values.db), positionals[0], values.wait === true)];
    } else {
      throw new CivstatError("E_BAD_USAGE", "name a fact id, or give --text");
    }
    if (!facts.length) {
      io.stdout.write("no figures found\n");
      return 0;
    }
    const explained = facts.map(explainFact);
    io.stdout.write(
      format === "jsonl"
        ? explained.map((e) => `${JSON.stringify(e)}\n`).join("")
        : `${explained.map(explanationText).join("\n\n")}\n`,
    );
    return 0;
  },
};
