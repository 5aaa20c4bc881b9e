import { existsSync } from "node:fs";
import { displayWidth } from "../../report/render/format.js";
import { withDatabase } from "../../store/database.js";
import { describeSchema, type RelationInfo } from "../../store/schemaInfo.js";
import { type Command, choice } from "../command.js";
import { dbOption, formatOption } from "../options.js";

const FORMATS = ["text", "jsonl"] as const;

const pad = (text: string, width: number) => text + " ".repeat(Math.max(0, width - displayWidth(text)));

/** What civstat query and notebooks find beside the database's own tables and views. */
const SESSION_NOTE = `civstat query and notebooks also find, for their session only: the views series_points
and series_flags, the tables catalogue, units and kinds, and the macros civ_label, civ_unit,
civ_kind, civ_period, civ_when, civ_date, civ_num, civ_signed and civ_amount.`;

export function schemaText(relations: readonly RelationInfo[]): string {
  const nameWidth = Math.max(...relations.flatMap((r) => r.columns.map((c) => c.name.length)));
  const typeWidth = Math.max(...relations.flatMap((r) => r.columns.map((c) => c.type.length)));
  const blocks = relations.map((r) => {
    const rows = r.rows === null ? "" : `, ${r.rows} ${r.rows === 1 ? "row" : "rows"}`;
    const lines = [`${r.name} (${r.kind}${rows})${r.description ? `: ${r.description}` : ""}`];
    for (const c of r.columns) {
      const type = `${c.type}${c.notNull ? "!" : ""}`;
      lines.push(`  ${pad(c.name, nameWidth)}  ${pad(type, typeWidth + 1)}  ${c.description}`.trimEnd());
    }
    if (r.missing.length) {
      lines.push(
        `  (missing here, made by an older civstat: ${r.missing.join(", ")}; ingest into a new database)`,
      );
    }
    return lines.join("\n");
  });
  return `${blocks.join("\n\n")}\n\n! NOT NULL\n\n${SESSION_NOTE}\n`;
}

export function schemaJsonLines(relations: readonly RelationInfo[]): string {
  return relations
    .flatMap((r) =>
      r.columns.map((c) =>
        JSON.stringify({
          relation: r.name,
          kind: r.kind,
          column: c.name,
          type: c.type,
          not_null: c.notNull,
          description: c.description,
        }),
      ),
    )
    .map((line) => `${line}\n`)
    .join("");
}

export const schema: Command = {
  name: "schema",
  summary: "List the database's tables and views, each column with its type and meaning.",
  positionals: [],
  options: {
    db: dbOption,
    format: formatOption(FORMATS, "text"),
  },
  details: `With no database at --db, lists the tables and views civstat creates (without row counts).

Examples:
  civstat schema
  civstat schema --format jsonl | jq -r 'select(.relation == "facts") | .column'`,
  async run({ values }, io) {
    const format = choice(values.format, FORMATS, "format");
    const path = String(values.db);
    const exists = path !== ":memory:" && existsSync(path);
    if (!exists) io.stderr.write(`civstat schema: no database at ${path}; the schema civstat creates:\n`);
    const relations = await withDatabase(exists ? path : ":memory:", { readOnly: exists }, ({ connection }) =>
      describeSchema(connection, { counts: exists }),
    );
    io.stdout.write(format === "jsonl" ? schemaJsonLines(relations) : schemaText(relations));
    return 0;
  },
};
