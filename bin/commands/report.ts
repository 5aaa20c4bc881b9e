import { relative } from "node:path";
import { parseParamFlags } from "../../report/params.js";
import { renderReport } from "../../report/report.js";
import { DEFAULT_DB } from "../../store/database.js";
import type { Command } from "../command.js";
import { bomOption, limitOptions, queryLimitsOf, waitOption } from "../options.js";
import { regionAsWritten } from "./draft.js";

const kb = (bytes: number) => `${Math.round(bytes / 1024)} kB`;

export const report: Command = {
  name: "report",
  summary:
    "Render a notebook (Markdown with sql and chart cells) into a self-contained HTML page, a Markdown file with PNG charts, and a CSV per query.",
  positionals: [{ name: "notebook.md", description: "the notebook to render", required: true }],
  options: {
    db: {
      type: "string",
      value: "PATH",
      description: "database file (opened read-only)",
      default: DEFAULT_DB,
    },
    out: {
      type: "string",
      value: "DIR",
      description: "folder to write the report into",
      default: "data/reports",
    },
    param: {
      type: "string",
      multiple: true,
      value: "KEY=VALUE",
      description: "a notebook parameter, bound to $KEY in its SQL; repeat for more",
    },
    wait: waitOption,
    bom: {
      ...bomOption,
      description: "start each CSV with a byte order mark, so that Excel reads it as UTF-8",
    },
    ...limitOptions,
  },
  details: `Writes DIR/<name>.html, DIR/<name>.md and DIR/<name>/ (chart-N.png, <query>.csv).

Examples:
  civstat report notebooks/trends.md
  civstat report notebooks/annual.md --param year=2024
  civstat report notebooks/trends.md --param region=福田
  civstat report my-notebook.md --db data/civstat.duckdb --out reports --param region=福田区

PNG charts need a font with Chinese glyphs: one is looked for in $CIVSTAT_FONT, in node_modules
(@expo-google-fonts/noto-sans-sc) and in the system font folders (Debian: fonts-noto-cjk). Without
one the Markdown links SVG charts instead and a warning says what was looked for.`,
  async run({ values, positionals }, io) {
    const notebook = positionals[0] as string;
    const outcome = await renderReport(
      {
        notebook,
        db: String(values.db),
        out: String(values.out),
        params: parseParamFlags((values.param as string[] | undefined) ?? []),
        cwd: io.cwd,
        limits: queryLimitsOf(values),
        wait: values.wait === true,
        bom: values.bom === true,
        matchRegion: regionAsWritten,
      },
      { warn: (message) => io.stderr.write(`civstat report: warning: ${message}\n`) },
    );
    const rel = (p: string) => relative(io.cwd, p) || p;
    io.stderr.write(
      `civstat report: ${notebook} → ${rel(outcome.html)} (${kb(outcome.bytes.html)}), ${rel(outcome.markdown)}; ` +
        `${outcome.charts} chart${outcome.charts === 1 ? "" : "s"}${outcome.charts ? (outcome.png ? " as PNG" : " as SVG") : ""}, ` +
        `${outcome.tables} CSV; ${(outcome.ms.total / 1000).toFixed(1)} s\n`,
    );
    return 0;
  },
};
