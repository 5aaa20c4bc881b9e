import { describe, expect, it } from "vitest";
import { displayWidth, toTable } from "../report/render/format.js";

describe("displayWidth", () => {
  it.each([
    ["abc", 3],
    ["社会组织", 8],
    ["１２３", 6],
    ["ｱｲ", 2],
    ["〔2024〕", 8],
    ["😀", 2],
    ["e\u0301", 1],
    ["a\u200bb", 2],
  ])("%j takes %i columns", (text, width) => {
    expect(displayWidth(text)).toBe(width);
  });

  it("lines up a table's columns whatever the script", () => {
    const lines = toTable(
      [
        { a: "社会组织", b: 1 },
        { a: "ok😀", b: 22 },
      ],
      ["a", "b"],
    )
      .trimEnd()
      .split("\n");
    const at = (line: string) => displayWidth(line.slice(0, line.lastIndexOf(" ") + 1));
    expect(new Set(lines.filter((l) => !/^[-\s]+$/.test(l)).map(at)).size).toBe(1);
  });
});
