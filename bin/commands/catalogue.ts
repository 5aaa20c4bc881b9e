import { formatRows } from "../../report/render/format.js";
import { CATALOGUE } from "../../schemas/catalogue.js";
import { type Command, choice } from "../command.js";
import { bomOf, bomOption, formatOption } from "../options.js";

const FORMATS = ["table", "csv", "jsonl"] as const;
const COLUMNS = ["key", "label", "unit", "mode", "description", "subject", "clause", "context"];

const source = (pattern: RegExp | undefined) => pattern?.source ?? null;

export const catalogue: Command = {
  name: "catalogue",
  summary:
    "List the metric catalogue: each key with its Chinese label, unit, and the phrasings that map to it.",
  positionals: [],
  options: { format: formatOption(FORMATS, "table"), bom: bomOption },
  details: `Examples:
  civstat catalogue
  civstat catalogue --format jsonl | jq .subject

The catalogue lives in schemas/catalogue.ts. A quantity takes the first key whose subject, clause
and context patterns all match; keys listed earlier are the more specific. Quantities with no key
are kept as facts with the key "other" and the words they count as subject.`,
  async run({ values }, io) {
    const format = choice(values.format, FORMATS, "format");
    const bom = bomOf(values, format);
    const rows = CATALOGUE.map((m) => ({
      key: m.key,
      label: m.label,
      unit: m.unit,
      mode: m.mode,
      description: m.description,
      subject: source(m.subject),
      clause: source(m.clause),
      context: source(m.context),
    }));
    io.stdout.write(
      formatRows(format, rows, COLUMNS, {
        columns: ["key", "label", "unit", "mode", "description"],
        empty: "",
        bom,
      }),
    );
    return 0;
  },
};
