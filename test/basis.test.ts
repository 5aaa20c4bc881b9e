// Like with like, and dates as the text gave them: a change only between figures that count the same
// thing, and 截至 only before a date the text stated.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { countedNoun } from "../extractors/meaning/counted.js";
import { type CorpusDb, corpusDatabase } from "./helpers/corpusDb.js";
import { run } from "./helpers/io.js";

let corpus: CorpusDb;
beforeAll(async () => {
  corpus = await corpusDatabase(["txt", "docx", "pdf"]);
});
afterAll(() => corpus?.remove());

const draft = (topic: string) => run(["draft", "--region", "福田区", "--topic", topic, "--db", corpus.path]);
const prose = (markdown: string) => (markdown.split("\n")[2] ?? "").replace(/\[\^\d+\]/g, "");

describe("the counted noun of a subject", () => {
  it.each([
    ["已组建的党组织总数", "党组织"],
    ["党支部总数", "党支部"],
    ["福田区登记注册各类社会组织机构", "社会组织"],
    ["区属社会组织", "社会组织"],
    ["在岗社会工作者", "社会工作者"],
    ["持证社工", "持证社会工作者"],
    ["社会工作专业人才总量", "社会工作专业人才"],
    ["项目社工", "项目社工"],
    ["4A级", null],
  ])("%s → %s", (subject, counted) => {
    expect(countedNoun(subject)).toBe(counted);
  });
});

describe("figures that count different things (统计口径)", () => {
  it("are not compared in a draft: 157 党组织 (2022) and 145 党支部 (2021) stand side by side", async () => {
    const { stdout, code } = await draft("social_org");
    expect(code).toBe(0);
    expect(prose(stdout)).toContain("社会组织党组织157个；2021年党支部145个（口径不同，不作比较）");
    expect(stdout).not.toMatch(/较2021年的145个/);
    expect(stdout).not.toContain("增加12个");
  });

  it("are listed by checks with both sources, and not as conflicting", async () => {
    const { stdout } = await run(["checks", "--db", corpus.path, "--format", "jsonl"]);
    const rows = stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(rows.filter((r) => r.metric === "social_org.party_orgs")).toEqual([
      expect.objectContaining({
        check: "different_basis",
        as_of: "2021",
        value: 145,
        sources: "福民函〔2022〕27号 p2",
        other: "157 党组织 in 福民函〔2022〕27号 p1 (2022-06-30); this figure counts 党支部",
      }),
    ]);
  });
});

describe("dates a draft writes", () => {
  it("does not date the 社工站 of 福民函〔2023〕32号 by the reply's signature: it cites the reply", async () => {
    const { stdout } = await draft("social_work");
    expect(stdout).not.toContain("截至2023年8月1日");
    expect(prose(stdout)).toContain("据福民函〔2023〕32号（2023年8月1日），福田区共有社工站（点）102个");
    expect(prose(stdout)).toContain("截至2023年6月，福田区共有在岗社会工作者846名");
  });
});

describe("a draft of several topics, for a region as written", () => {
  it("writes a paragraph per topic under one title, finding 福田区 from 福田", async () => {
    const result = await run([
      "draft",
      "--region",
      "福田",
      "--topic",
      "social_org",
      "--topic",
      "community",
      "--db",
      corpus.path,
    ]);
    expect(result.code).toBe(0);
    const lines = result.stdout.split("\n");
    expect(lines[0]).toBe("# 福田区社会组织、城乡社区基本情况");
    expect(lines[2]).toMatch(/^截至2024年5月31日，福田区登记的社会组织共751家/);
    expect(lines[4]).toMatch(/^据福民函〔2023〕32号（2023年8月1日），福田区共有街道10个/);
  });

  it("lists the close regions when none matches", async () => {
    const result = await run(["draft", "--region", "福山", "--topic", "community", "--db", corpus.path]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("no figures for region 福山; did you mean 福田区?");
  });
});
