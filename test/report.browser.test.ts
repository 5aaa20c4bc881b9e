// The built-in reports opened in headless Chromium from disk: no console errors or exceptions, no
// request that leaves the file system, every chart drawn with a size, citations with tooltips, and
// a full-page screenshot in test/output/reports/screenshots/. At a phone's width (390 px) the page
// does not scroll sideways, tables scroll inside their own boxes, and charts fit the screen with
// their text at least 11 px. Skips when Chromium is not installed
// (apt-get install chromium, or CHROMIUM=/path/to/chrome). Run alone:
//   npx vitest run test/report.browser.test.ts

import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Browser, findChromium } from "./helpers/chromium.js";
import type { CorpusDb } from "./helpers/corpusDb.js";
import { run } from "./helpers/io.js";
import { reportDatabase } from "./helpers/reportDb.js";

const ROOT = join(import.meta.dirname, "..");
const SCREENSHOTS = join(import.meta.dirname, "output", "reports", "screenshots");
const chromium = findChromium();
if (!chromium) {
  console.warn(
    "report.browser.test.ts: skipped, no Chromium found (apt-get install chromium, or set CHROMIUM=/path/to/chrome)",
  );
}

const REPORTS: [string, string[], number][] = [
  ["trends", [], 7],
  ["annual", ["--param", "year=2024"], 0],
  ["corpus", [], 2],
];

describe.skipIf(!chromium)("reports in headless Chromium", () => {
  let db: CorpusDb;
  let browser: Browser;
  const out = () => join(db.dir, "reports");

  beforeAll(async () => {
    db = await reportDatabase();
    for (const [name, params] of REPORTS) {
      const result = await run(
        ["report", `notebooks/${name}.md`, ...params, "--db", db.path, "--out", out()],
        {
          cwd: ROOT,
        },
      );
      if (result.code !== 0) throw new Error(result.stderr);
    }
    browser = await Browser.launch(chromium as string);
  });
  afterAll(async () => {
    await browser?.close();
    db?.remove();
  });

  it.each(REPORTS)(
    "%s.html opens offline without errors and draws its charts",
    async (name, _params, charts) => {
      const page = await browser.open(pathToFileURL(join(out(), `${name}.html`)).href);
      try {
        const shape = await page.evaluate<{
          charts: number;
          drawn: number;
          marks: number;
          tables: number;
          cites: number;
          citesWithTooltip: number;
          notes: number;
          title: string;
        }>(`(() => {
        const svgs = [...document.querySelectorAll("figure.chart .wide > svg")];
        const cites = [...document.querySelectorAll("a.cite")];
        return {
          charts: svgs.length,
          drawn: svgs.filter((s) => { const r = s.getBoundingClientRect(); return r.width > 200 && r.height > 100; }).length,
          marks: document.querySelectorAll("figure.chart svg circle, figure.chart svg rect").length,
          tables: document.querySelectorAll("table").length,
          cites: cites.length,
          citesWithTooltip: cites.filter((a) => /第\\d+页|：“/.test(a.title)).length,
          notes: document.querySelectorAll(".notes li").length,
          title: document.title,
        };
      })()`);
        mkdirSync(SCREENSHOTS, { recursive: true });
        writeFileSync(join(SCREENSHOTS, `${name}.png`), await page.screenshot());
        expect(page.report.consoleErrors).toEqual([]);
        expect(page.report.exceptions).toEqual([]);
        expect(page.report.requests.filter((url) => !/^(file|data|about):/.test(url))).toEqual([]);
        expect(shape.charts).toBe(charts);
        expect(shape.drawn).toBe(charts);
        if (charts) expect(shape.marks).toBeGreaterThan(charts);
        expect(shape.tables).toBeGreaterThan(0);
        if (name !== "corpus") {
          expect(shape.cites).toBeGreaterThan(0);
          expect(shape.citesWithTooltip).toBe(shape.cites);
          expect(shape.notes).toBeGreaterThan(0);
        }
        expect(shape.title.length).toBeGreaterThan(0);
      } finally {
        await page.close();
      }
    },
  );

  it.each(REPORTS)("%s.html fits a phone's width (390 px)", async (name) => {
    const page = await browser.open(pathToFileURL(join(out(), `${name}.html`)).href, 390, 844);
    try {
      const fit = await page.evaluate<{
        pageWidth: number;
        tables: number;
        tablesInScrollBoxes: number;
        widestBox: number;
        charts: number;
        chartsInView: number;
        smallestTextScale: number;
      }>(`(() => {
        const tables = [...document.querySelectorAll("table")];
        const boxes = tables.map((t) => t.parentElement);
        const charts = [...document.querySelectorAll("figure.chart > div > svg")].filter((s) => s.getBoundingClientRect().width > 0);
        const scale = (s) => s.getBoundingClientRect().width / s.viewBox.baseVal.width;
        return {
          pageWidth: Math.max(document.documentElement.scrollWidth, document.body.scrollWidth),
          tables: tables.length,
          tablesInScrollBoxes: boxes.filter((b) => b && b.classList.contains("table") && ["auto", "scroll"].includes(getComputedStyle(b).overflowX)).length,
          widestBox: Math.max(0, ...boxes.map((b) => b ? b.getBoundingClientRect().right : 0)),
          charts: document.querySelectorAll("figure.chart").length,
          chartsInView: charts.filter((s) => s.getBoundingClientRect().right <= 390 && s.getBoundingClientRect().left >= 0).length,
          smallestTextScale: Math.min(1, ...charts.map(scale)),
        };
      })()`);
      mkdirSync(SCREENSHOTS, { recursive: true });
      writeFileSync(join(SCREENSHOTS, `${name}-390.png`), await page.screenshot());
      expect(fit.pageWidth).toBeLessThanOrEqual(390);
      expect(fit.tablesInScrollBoxes).toBe(fit.tables);
      expect(fit.widestBox).toBeLessThanOrEqual(390);
      // One chart shown per figure (the one drawn for a phone), inside the screen, 12 px text ≥ 11 px.
      expect(fit.chartsInView).toBe(fit.charts);
      expect(fit.smallestTextScale * 12).toBeGreaterThanOrEqual(11);
    } finally {
      await page.close();
    }
  });
});
