import { DuckDBInstance } from "@duckdb/node-api";
import { describe, expect, it } from "vitest";
import { createTableSql, type TableSpec } from "../schemas/tables.js";
import { appendRows } from "../store/append.js";

const listed: TableSpec = {
  name: "listed",
  description: "rows with a list",
  columns: [
    { name: "id", type: "INTEGER", notNull: true, description: "row" },
    { name: "items", type: "VARCHAR[]", description: "a list" },
  ],
};

describe("appendRows", () => {
  it("writes an empty list as an empty list, not as NULL, and lists of any text as given", async () => {
    const instance = await DuckDBInstance.create(":memory:");
    const connection = await instance.connect();
    await connection.run(createTableSql(listed));
    const items = [[], ["5A"], ["福民函〔2024〕25号", "a, b", "[x]", "'q'", '"dq"', ""], null];
    await appendRows(
      connection,
      listed,
      items.map((list, id) => ({ id, items: list })),
    );
    const read = await connection.runAndReadAll("SELECT items FROM listed ORDER BY id");
    expect(read.getRowObjectsJson().map((row) => row.items)).toEqual(items);
    connection.closeSync();
    instance.closeSync();
  });
});
