import { relative, resolve } from "node:path";
import { toTable } from "../../report/render/format.js";
import { CivstatError } from "../../schemas/basics/errors.js";
import { withDatabase } from "../../store/database.js";
import { exportTables } from "../../store/exportTables.js";
import { sqlMessage } from "../../store/userSql.js";
import type { Command } from "../command.js";
import { dbOption, waitOption } from "../options.js";

const size = (bytes: number) =>
  bytes < 1024
    ? `${bytes} B`
    : bytes < 1024 ** 2
      ? `${(bytes / 1024).toFixed(1)} kB`
      : `${(bytes / 1024 ** 2).toFixed(1)} MB`;

export const exportCommand: Command = {
  name: "export",
  summary: "Write every table and view of the database as a Parquet file, for other engines to read.",
  positionals: [],
  options: {
    db: dbOption,
    wait: waitOption,
    out: { type: "string", value: "DIR", description: "folder to write <table>.parquet files into" },
  },
  details: `Views (fact_points, fact_conflicts) are written as tables. DECIMAL and 128-bit integer
columns become DOUBLE; lists stay lists. Each file is written to a temporary name and renamed, so a
failed export never leaves half a file. civstat schema describes the columns.

Examples:
  civstat export --out data/parquet
  duckdb -c "SELECT metric, value FROM 'data/parquet/fact_points.parquet'"
  python -c "import pandas; print(pandas.read_parquet('data/parquet/facts.parquet').head())"`,
  async run({ values }, io) {
    if (typeof values.out !== "string") throw new CivstatError("E_BAD_USAGE", "give --out DIR");
    const dir = resolve(io.cwd, values.out);
    const started = Date.now();
    const files = await withDatabase(
      String(values.db),
      { readOnly: true, wait: values.wait === true },
      ({ connection }) =>
        exportTables(connection, dir).catch((error: unknown) => {
          throw new CivstatError("E_SQL", sqlMessage(error), { cause: error });
        }),
    );
    const rows = files.map((f) => ({
      file: relative(io.cwd, f.path),
      kind: f.kind,
      rows: f.rows,
      size: size(f.bytes),
    }));
    io.stdout.write(toTable(rows, ["file", "kind", "rows", "size"], 80));
    io.stderr.write(
      `civstat export: ${files.length} files in ${Date.now() - started} ms → ${relative(io.cwd, dir) || "."}\n`,
    );
    return 0;
  },
};
