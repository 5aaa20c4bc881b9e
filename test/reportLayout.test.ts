import { describe, expect, it } from "vitest";
import { isFigureColumn, isFigureText } from "../report/render/alignment.js";
import { parsePeriod, periodLabel, timeAxis } from "../report/render/periods.js";
import { tableOfContents } from "../report/render/tableOfContents.js";

describe("figure columns, set right-aligned", () => {
  it("knows figures as reports write them from dates and names", () => {
    for (const t of ["811", "3万余", "3万余名", "+12", "-5.7%", "近2000家", "不少于5", "0"]) {
      expect(isFigureText(t), t).toBe(true);
    }
    for (const t of ["2021年", "2022年6月30日", "福民函〔2022〕27号", "福田区", "口径不同"]) {
      expect(isFigureText(t), t).toBe(false);
    }
  });

  it("takes a column of changes with 口径不同 among them, not a column of names or dates", () => {
    expect(isFigureColumn(["-46", "口径不同", "+14"])).toBe(true);
    expect(isFigureColumn(["福田区", "深圳市"])).toBe(false);
    expect(isFigureColumn(["2021年", "2022年6月30日"])).toBe(false);
    expect(isFigureColumn(["口径不同", "口径不同", "+1"])).toBe(false);
  });
});

describe("periods on a time axis", () => {
  it("draws a year in its middle, a month in its middle, a day on its day", () => {
    expect(parsePeriod("2021")?.at.toISOString().slice(0, 10)).toBe("2021-07-02");
    expect(parsePeriod("2023-06")?.at.toISOString().slice(0, 10)).toBe("2023-06-15");
    expect(parsePeriod("2024-05-31")?.precision).toBe("day");
    expect(parsePeriod("2024-02-30")).toBeNull();
    expect(periodLabel("2023-06")).toBe("2023年6月");
  });

  it("cuts an axis over several years into whole years labelled in their middle", () => {
    const axis = timeAxis([new Date("2021-07-02"), new Date("2024-05-31")]);
    expect(axis.ticks.map((t) => t.label)).toEqual(["2021年", "2022年", "2023年", "2024年"]);
    expect(axis.domain.map((d) => d.toISOString().slice(0, 10))).toEqual(["2021-01-01", "2025-01-01"]);
    expect(axis.boundaries).toHaveLength(3);
  });
});

describe("tableOfContents", () => {
  const body = "<h2>甲</h2><h3>一</h3><h3>二</h3><h2>乙</h2><p>x</p>";

  it("links every h2 and h3, h3 under its h2", () => {
    const { html, toc } = tableOfContents(body);
    expect(html).toContain('<h2 id="sec-1">甲</h2>');
    expect(toc).toBe(
      '<nav class="toc" aria-label="目录"><h2>目录</h2><ol><li><a href="#sec-1">甲</a><ol><li><a href="#sec-2">一</a></li><li><a href="#sec-3">二</a></li></ol></li><li><a href="#sec-4">乙</a></li></ol></nav>',
    );
  });

  it("gives a short report none", () => {
    expect(tableOfContents("<h2>甲</h2><h3>一</h3>").toc).toBe("");
  });
});
