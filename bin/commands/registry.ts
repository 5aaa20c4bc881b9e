import type { Command } from "../command.js";

/** Every command, loaded lazily so that `civstat quantities` does not pay for DuckDB or Plot. */
export const commands: Record<string, { summary: string; load: () => Promise<Command> }> = {};

export function register(name: string, summary: string, load: () => Promise<Command>): void {
  commands[name] = { summary, load };
}

// Each command lives in its own file next to this one.
register(
  "ingest",
  "read PDF, DOCX, text and HTML files into the database",
  async () => (await import("./ingest.js")).ingest,
);
register(
  "docs",
  "list the ingested documents with their metadata",
  async () => (await import("./docs.js")).docs,
);
register(
  "remove",
  "delete a document or file from the database",
  async () => (await import("./remove.js")).remove,
);
register(
  "facts",
  "list the statistics extracted from the documents",
  async () => (await import("./facts.js")).facts,
);
register(
  "quantities",
  "parse the quantities in lines of text",
  async () => (await import("./quantities.js")).quantities,
);
register(
  "search",
  "find the sentences about a subject",
  async () => (await import("./search.js")).searchCommand,
);
register(
  "checks",
  "list conflicting figures and sub-counts that do not add up",
  async () => (await import("./checks.js")).checks,
);
register("report", "render a notebook as a report", async () => (await import("./report.js")).report);
register("query", "run SQL on the database, read-only", async () => (await import("./query.js")).query);
register("schema", "list tables, views and columns", async () => (await import("./schema.js")).schema);
register("export", "write every table as Parquet", async () => (await import("./export.js")).exportCommand);
register("draft", "write a reply's basic situation", async () => (await import("./draft.js")).draft);
register(
  "explain",
  "show how figures became facts: noun, key, date and why",
  async () => (await import("./explain.js")).explain,
);
register(
  "catalogue",
  "list the metric keys with their labels and phrasings",
  async () => (await import("./catalogue.js")).catalogue,
);
