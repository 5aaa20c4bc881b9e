import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readTxt } from "../pipeline/read/txt.js";
import { walk } from "../pipeline/run/walk.js";
import { run } from "./helpers/io.js";

const SENTENCE = "截至2024年5月底，福田区登记的社会组织共751家，其中社会团体306家。\n";
/** About 25 KB of UTF-8 text. */
const LONG = SENTENCE.repeat(250);

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "civstat-lost-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("symbolic links in a folder", () => {
  it("are followed to files and folders; a loop and a link to nothing are named", async () => {
    const root = join(dir, "links");
    const elsewhere = join(dir, "elsewhere");
    mkdirSync(join(root, "sub"), { recursive: true });
    mkdirSync(elsewhere, { recursive: true });
    writeFileSync(join(root, "a.txt"), SENTENCE);
    writeFileSync(join(elsewhere, "b.txt"), SENTENCE.replace("751", "752"));
    writeFileSync(join(elsewhere, "c.txt"), SENTENCE.replace("751", "753"));
    symlinkSync(join(elsewhere, "b.txt"), join(root, "b-link.txt"));
    symlinkSync(elsewhere, join(root, "sub", "folder-link"));
    symlinkSync(root, join(root, "sub", "loop"));
    symlinkSync(join(dir, "missing.txt"), join(root, "gone.txt"));
    const { files, skipped } = await walk([root], dir);
    expect(files.map((f) => f.slice(root.length + 1))).toEqual([
      "a.txt",
      "b-link.txt",
      "sub/folder-link/b.txt",
      "sub/folder-link/c.txt",
    ]);
    expect(skipped.map((s) => [s.path.slice(root.length + 1), s.reason.split(":")[0]])).toEqual([
      ["gone.txt", "symbolic link to nothing (its target is missing)"],
      ["sub/loop", "symbolic link loop"],
    ]);
  });

  it("ingests a linked file and says which links it did not follow", async () => {
    const result = await run(["ingest", "links", "--db", join(dir, "links.duckdb")], { cwd: dir });
    expect(result.stderr).toMatch(/ingested +links\/b-link\.txt/);
    expect(result.stderr).toContain("links/gone.txt: symbolic link to nothing");
    expect(result.stderr).toContain("links/sub/loop: symbolic link loop");
  });
});

describe("a UTF-8 text with a bad byte", () => {
  const withBadByte = () => {
    const bytes = Buffer.from(LONG, "utf8");
    const at = bytes.indexOf(Buffer.from("社会团体", "utf8"), 12_000);
    return new Uint8Array(Buffer.concat([bytes.subarray(0, at), Buffer.from([0xff]), bytes.subarray(at)]));
  };

  it("is read as UTF-8 with the byte replaced, and a warning saying how many characters were", () => {
    const read = readTxt(withBadByte());
    expect(read.encoding).toBe("utf-8");
    expect(read.pages[0]?.text).toContain("共751家，其中\uFFFD社会团体306家");
    expect(read.warnings).toEqual(["1 character replaced with U+FFFD: bytes not valid in utf-8"]);
  });

  it("is ingested, not refused, and the warning is printed", async () => {
    const file = join(dir, "bad-byte.txt");
    writeFileSync(file, withBadByte());
    const result = await run(["ingest", file, "--db", join(dir, "bad-byte.duckdb")]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toContain("bad-byte.txt: warning: 1 character replaced with U+FFFD");
  });

  it("still takes a GBK text with a little Chinese in much ASCII as GB18030", () => {
    const gbk = new Uint8Array([
      ...Buffer.from("Report 2024, total count: 751 (".repeat(20), "ascii"),
      0xc9,
      0xe7,
      0xbb,
      0xe1, // 社会 in GBK
      ...Buffer.from(")\n", "ascii"),
    ]);
    const read = readTxt(gbk);
    expect(read.encoding).toBe("gb18030");
    expect(read.pages[0]?.text).toContain("(社会)");
    expect(read.warnings).toEqual([]);
  });
});
