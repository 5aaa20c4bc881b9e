// The --metric, --region and --doc filters that facts and checks share: each names something the
// database holds, or the command stops with the closest names.

import { CivstatError } from "../schemas/basics/errors.js";
import { CATALOGUE } from "../schemas/catalogue.js";
import type { Connection } from "../store/database.js";
import { documentExists, type FactFilters, filterValues } from "../store/facts.js";
import type { OptionSpec } from "./command.js";
import { didYouMean } from "./suggest.js";

/** The options of the three filters, as facts and checks declare them. */
export const filterOptions = {
  metric: {
    type: "string",
    value: "KEY",
    description: "a catalogue key (social_org.total) or family (social_org)",
  },
  region: { type: "string", value: "NAME", description: "only facts about this place (福田区)" },
  doc: {
    type: "string",
    value: "ID",
    description: "only this document: number (福民函〔2024〕25号), file name or id",
  },
} satisfies Record<string, OptionSpec>;

/** Whether a --metric, --region or --doc names something there is; throws E_NOT_FOUND with the closest names when not. */
export async function checkFilter(
  connection: Connection,
  column: "metric" | "region" | "doc",
  value: string | undefined,
): Promise<void> {
  if (value === undefined) return;
  const found = await filterValues(connection, column);
  const keys = [...CATALOGUE.map((m) => m.key), ...found];
  const names = column === "metric" ? [...keys, ...keys.map((k) => k.split(".")[0] as string)] : found;
  const wanted = column === "metric" ? value.replace(/\.?\*$|\.$/, "") : value.replace(/\s+/g, "");
  if (column === "doc" && (await documentExists(connection, wanted))) return;
  if (column !== "doc" && names.includes(wanted)) return;
  const what = { metric: "metric", region: "region", doc: "document" }[column];
  const hint =
    didYouMean(wanted, names) ||
    (column === "metric"
      ? " (civstat catalogue lists the keys)"
      : column === "doc"
        ? " (civstat docs lists them)"
        : "");
  throw new CivstatError("E_NOT_FOUND", `unknown ${what}: ${value}${hint}`);
}

/** The filters given on the command line, each checked against the database. */
export async function checkedFilters(
  connection: Connection,
  values: Record<string, unknown>,
): Promise<FactFilters> {
  const filters: FactFilters = {
    metric: values.metric as string | undefined,
    region: values.region as string | undefined,
    doc: values.doc as string | undefined,
  };
  await checkFilter(connection, "metric", filters.metric);
  await checkFilter(connection, "region", filters.region);
  await checkFilter(connection, "doc", filters.doc);
  return filters;
}
