// Facts from tables flattened to text. A cell's meaning comes from its row label and its column
// header, each of which may be what is counted (社会团体), a period (2019年底, 2023年) or a place
// (福田区, 全市); the caption (表2 2019年末部分区社会组织数量（单位：家）) fills in what neither says.

import type { SegmentedDocument, Sentence } from "../../schemas/document.js";
import type { Fact } from "../../schemas/fact.js";
import type { Quantity } from "../../schemas/quantity.js";
import { findDates, isoDate, yearDate } from "../context/dates.js";
import { findPlace, type PlaceContext } from "../context/place.js";
import { classify } from "../meaning/classify.js";
import { parseNumeral } from "../quantities/numerals.js";
import { findQuantities } from "../quantities/quantities.js";
import { groupedHeader } from "./groupedHeader.js";
import { aboveJunk } from "./interruptions.js";
import { narrowsSeries } from "./narrowing.js";
import { readMarker } from "./sections.js";
import { COUNT_UNITS, listedUnit, seriesUnit } from "./seriesUnit.js";

const NUMERIC_CELL = /^[\d.,，．:：()（）\-—~%％万亿千百余多约近超逾以上下内元家个人名项场次期套所户位\s]+$/;
const UNIT_WORD = /^(?:家|个|人|名|项|场|次|期|套|所|户|位|元|万元|亿元|千元|%|％|学时|小时|人次|场次|节次)$/;
const SERIAL = /^(?:\d{1,3}|[一二三四五六七八九十]+|序号)$/;
/**
 * A row or column of all: 合计, or 全市 where the issuer is not known (its meaning is the issuer's place);
 * or one that says only that it counts (数量（家）, 个数 beside 社会团体 | 民办非企业单位 | 基金会, a
 * table of kinds across collapsed to its header and one row): the other cell's words say what.
 */
const TOTAL_WORD =
  /^(?:合计|总计|小计|总数|合计数|总量|共计|全[国省市区县]|(?:期末|年末)(?:总数|数)|实有数|数量|数目|个数|家数)$/;
/** Columns of changes and shares beside the counts: 比上年末增减, 增减幅度（%）, 占比, 2023年比（2022年）. */
const CHANGE_HEADER =
  /增减|增长|增幅|同比|环比|比上年|比去年|比年初|较上年|\d\s*年(?:末|底)?比|变化|变动|净增|新增|新登记|新成立|注销|撤销|减少|幅度|占比|比重|百分比|[（(]%[）)]/;
/**
 * Columns of another period than the table's own: 上年同期, 去年同期, 上年末, 上期, 上月. Their figures are
 * the same series at a date the table does not state, so they give no fact (see indicatorRows for 上期).
 */
const PREVIOUS_HEADER =
  /^(?:(?:上年|去年|上一?期|上一?季度?|上个?月|上年度|上半年)(?:同期|末|底|年末|年底|期末)?|同期)(?:数|值|数据|累计|实有数)?$/;
/** Columns of rates: 增长（%）, 增幅, 同比, 环比, 占比, 比重. */
const RATE_HEADER = /[%％]|增长率|增幅|幅度|同比|环比|占比|比重|百分比/;
/** A yearbook's change column cut short after 比 (2023年比, for 2023年比2022年增减%): a rate as its whole header says. */
const YEAR_COMPARED = /\d\s*年(?:末|底)?比$/;
/** A header's first cell naming the column of row labels: 项目, 指标, 类别, 区域, 年份. */
const CORNER =
  /^(?:项\s*目|指\s*标(?:\s*名\s*称)?|类\s*别|区\s*域|地\s*区|名\s*称|分\s*类|类\s*型|年\s*份|年\s*度)$/;
/** Columns of what a row's things have or do, not of the things: 职工人数, 床位数, 党员数, 资产. */
const MEASURE_HEADER =
  /^[\u4e00-\u9fa5]{0,8}(?:人数|人员数?|人次|床位数?|党员数?|党组织数?|户数|资产|收入|支出|金额|经费|面积)$/;
const ORDINAL_HEADER = /^(?:序号|编号|薪级|档次|级别|等级|排名|名次|年份)$/;
const CAPTION = /^(?:表|附表)\s*\d*|单位\s*[:：]|^[^。，；！？,;!?]{2,30}(?:统计表|情况表|一览表|汇总表)$/;
/** A row of a rate per head: 每千人口床位数, 人均…. */
const PER_HEAD = /^(?:每|人均|平均每)/;

/** A column beyond the header's: its header says nothing. */
const NO_HEAD = { ordinal: false, rate: false, change: false, previous: false, unit: "" };

const isNumeric = (cell: string) => /\d/.test(cell) && NUMERIC_CELL.test(cell);

/** A row's first cell that is a bare year (2021), a row's label in a table of years down. */
const isBareYear = (cell: string) => /^(?:19|20)\d{2}$/.test(cell);

/** Cells of a row, between tabs or pipes; runs of spaces flattened to tabs leave empty cells, which carry nothing. */
function cellsOf(row: Sentence): string[] {
  const cells = row.text
    .split(/[\t|]/)
    .map((c) => c.trim())
    .filter(Boolean);
  // 合  计 spread over two cells by the spaces that aligned it.
  if (/^[\u4e00-\u9fa5]$/.test(cells[0] ?? "") && /^[\u4e00-\u9fa5]$/.test(cells[1] ?? "")) {
    cells.splice(0, 2, `${cells[0]}${cells[1]}`);
  }
  return cells;
}

/** 乡镇（个）, 金额(万元): a header naming its column's unit. */
const headerUnit = (cell: string): string =>
  /[（(]\s*(万?(?:家|个|人|名|户|张)|项|场|次|所|元|万元|亿元|千元|学时|小时|人次|[元张人]\/(?:千人|人|户|月|年)(?:[、·](?:月|年))?|%|％)\s*[）)]$/.exec(
    cell,
  )?.[1] ?? "";

type Meaning =
  | { kind: "period"; date: string }
  | { kind: "place"; place: string }
  | { kind: "subject"; text: string };

/** #社会团体, 其中：基金会: a part of the column or row before, named without its mark. */
const PART_MARK = /^(?:[#＃]\s*|(?:其中|内含|含)[:：]?)/;

function meaningOf(header: string, ctx: PlaceContext): Meaning {
  const named = header.replace(PART_MARK, "");
  const cell = headerUnit(named) ? named.replace(/[（(][^（）()]*[）)]$/, "") : named;
  const [date] = findDates(cell);
  if (date && date.start === 0 && cell.length - date.text.length <= 2)
    return { kind: "period", date: isoDate(date) };
  if (/^(?:19|20)\d{2}$/.test(cell)) return { kind: "period", date: cell };
  const place = findPlace(`${cell}社会`, ctx);
  if (place.explicit && place.place && (cell === place.place || /^全[国省市区县]$/.test(cell))) {
    return { kind: "place", place: place.place };
  }
  if (/^[\u4e00-\u9fa5]{2,6}(?:街道|镇|乡)$/.test(cell) && !/^(?:乡镇|镇街|城乡)/.test(cell))
    return { kind: "place", place: cell };
  return { kind: "subject", text: cell };
}

interface Caption {
  subject: string | null;
  date: string | null;
  unit: string;
  /** 单位：万张、张: a unit in 万 for the counts and the plain one for the rates per head, or nothing. */
  pair: { scaled: string; plain: string } | null;
  /** The caption says its figures are each year's end (各年末数, 年底数): a column of a year is its end. */
  yearEnd: boolean;
  /** 单位：万人、个: the units the caption lists, each for the rows whose series it counts. */
  listed: string[];
}

function readCaption(text: string): Caption {
  const stated = /单位\s*[:：]\s*([^\s）)，,]+)/.exec(text)?.[1] ?? "";
  // 单位：个、人: one unit for some columns, another for others; each column's series tells which.
  const unit = /、/.test(stated) ? "" : stated;
  const listed = stated.split("、");
  const scaled = listed.find((u) => u.startsWith("万"));
  const plain = listed.find((u) => scaled === `万${u}`);
  const pair = listed.length === 2 && scaled && plain ? { scaled, plain } : null;
  // The most precise date of a caption: 2022年…（截止到2022年12月31日） → 2022-12-31.
  // A report's own dates (报出日期：…) say when it was made, not what it counts.
  const counted = text.replace(/(?:报出|填报|制表|编制|印发|发布)日期\s*[:：]\s*\S+/g, "");
  const [date] = findDates(counted).sort(
    (a, b) =>
      Number(b.day !== null) - Number(a.day !== null) || Number(b.month !== null) - Number(a.month !== null),
  );
  const subject = text
    .replace(/[（(][^）)]*[）)]/g, "")
    .replace(/\s*单位\s*[:：]\s*\S+\s*$/, "")
    .replace(/^(?:附表|表)\s*\d*\s*/, "")
    .replace(/^近[一二三四五六七八九十\d]+年/, "")
    .replace(/(?:如下|见下表)?[：:]$/, "")
    .replace(date?.text ?? "\u0000", "")
    .replace(/^(?:部分|各|全)?(?:区|市|县|省|街道)?/, "")
    .replace(/(?:数量|情况|基本情况|统计表?|一览表|汇总表?|分布)+$/, "")
    .trim();
  const yearEnd = /(?:年末|年底)(?:数|数据|情况)?\s*[）)]|[各历](?:年)?(?:年末|年底)/.test(counted);
  return {
    subject: subject || null,
    date: date ? isoDate(date) : null,
    unit,
    pair,
    yearEnd,
    listed: listed.length > 1 ? listed : [],
  };
}

/** A column's period, at the year's end where the caption says each figure is. */
const periodDate = (date: string, caption: Caption): string =>
  caption.yearEnd && /^\d{4}$/.test(date) ? yearDate(date, true) : date;

const classifyCell = (subject: string, unit: string) =>
  classify({
    subject,
    clause: subject,
    before: "",
    after: "",
    context: subject,
    tail: "",
    unit,
    mode: "stock",
  });

/** A cell's quantities; a bare number takes the unit its series is counted in (社会团体 | 188 → 188家). */
function quantitiesOf(
  cell: string,
  unitText: string,
  subject: string,
  reading: (subject: string, unit: string) => string,
): Quantity[] {
  const found = findQuantities(`${cell}${unitText}`);
  // 1200 alone reads as a bare number, like 900 reads as nothing: both take the series' unit.
  if (unitText || found.some((q) => q.unit !== "")) return found;
  const value = parseNumeral(cell.replace(/[\s,，]/g, ""));
  // 0.5 under 社会组织总数（万个）: a fraction is no count of whole things, its unit was stated elsewhere.
  if (value === null || !Number.isInteger(value)) return [];
  const unit = seriesUnit((u) => reading(subject, u));
  if (!unit) return [];
  const span = { start: 0, end: cell.length, numberStart: 0, numberEnd: cell.length };
  return [{ text: cell, ...span, value, unit, unitText: "", qualifier: "exact", kind: "count" }];
}

/**
 * Rows a line ran together (社会团体 | 310 | 325 | 基金会 | 12 | 14 under 指标 | 2022年 | 2023年): as
 * many rows as the header is wide, each a label and its figures; any other line one row.
 */
function runTogether(cells: string[], width: number): string[][] {
  if (width < 2 || cells.length <= width || cells.length % width !== 0) return [cells];
  const rows: string[][] = [];
  for (let i = 0; i < cells.length; i += width) rows.push(cells.slice(i, i + width));
  const whole = rows.every(
    ([label, ...figures]) => label !== undefined && !isNumeric(label) && figures.every(isNumeric),
  );
  return whole ? rows : [cells];
}

export function tableFacts(
  doc: SegmentedDocument,
  rows: readonly Sentence[],
  place: PlaceContext,
  firstId: number,
): Fact[] {
  const facts: Fact[] = [];
  // The cells of a row or column share a subject: each subject and unit is classified once.
  const readings = new Map<string, string>();
  const reading = (subject: string, unit: string): string => {
    const key = `${unit}\t${subject}`;
    let metric = readings.get(key);
    if (metric === undefined) {
      metric = classifyCell(subject, unit);
      readings.set(key, metric);
    }
    return metric;
  };
  let body = [...rows];
  // The caption may be the line above the table or its first row.
  const top = aboveJunk(doc.text, rows[0]?.start ?? 0);
  const above = doc.text.slice(Math.max(0, top - 120), top);
  // …近三年社会组织数量如下： introduces a table as a caption does.
  let captionText = above.slice(above.lastIndexOf("\n") + 1).replace(/^.*[。；]/, "");
  // A line that only gives the unit (单位：家) stands under the caption that says what is counted.
  if (/^单位\s*[:：]\s*\S{1,6}$/.test(captionText.trim())) {
    const lines = above.split("\n");
    const title = (lines.at(-2) ?? "").replace(/^.*[。；]/, "");
    if (title && !/[，,]/.test(title)) captionText = `${title} ${captionText}`;
  }
  if (!CAPTION.test(captionText) && !/[：:]$/.test(captionText)) captionText = "";
  while (body[0] && cellsOf(body[0]).length <= 2 && CAPTION.test(body[0].text)) {
    captionText += ` ${cellsOf(body[0]).join(" ")}`;
    body = body.slice(1);
  }
  const caption = readCaption(captionText.trim());
  // 2023年新登记社会组织情况: each figure counts some of its series, none the series itself.
  const narrowed = narrowsSeries(captionText) || narrowsSeries(above.slice(above.lastIndexOf("\n") + 1));
  const [head] = body;
  if (!head) return facts;
  const headCells = cellsOf(head);
  // A yearbook table's number in the corner (22-33 before the groups a Word copy ran it into) is no figure.
  const hasHeader = !headCells.some(
    (c, k) => isNumeric(c) && !/^(?:19|20)\d{2}\s*年?/.test(c) && !(k === 0 && /^\d{1,2}-\d{1,3}$/.test(c)),
  );
  // 区域 | 社会组织总数 | 其中 over | | 社会团体 | 基金会: the parts named on the second line take 其中's place.
  const second = body[1] ? cellsOf(body[1]) : [];
  const part = headCells.findIndex((c) => /^其中[:：]?$/.test(c));
  const twoLines =
    hasHeader && part > 0 && part === headCells.length - 1 && second.length > 1 && !second.some(isNumeric);
  // 单位数（个） | 职工人数（人） over 2022 | 2023 | 2022 | 2023: each column under its year and its group.
  const grouped =
    hasHeader && !twoLines && !second.some((c) => isNumeric(c) && !/^(?:19|20)\d{2}\s*年?$/.test(c))
      ? groupedHeader(headCells, second, body[2] ? cellsOf(body[2]).length : 0)
      : null;
  const header = grouped
    ? grouped.header
    : twoLines
      ? [...headCells.slice(0, part), ...second]
      : hasHeader
        ? headCells
        : [];
  // The column of units, if the header names one (-1 would be the label column of a header without its corner).
  const unitColumn = header.findIndex((c) => /^(?:计量)?单位$/.test(c));
  const isUnitColumn = (column: number) => unitColumn >= 0 && column === unitColumn;
  const corner = hasHeader && CORNER.test(header[0] ?? "");
  const yearsDown = corner && /^年\s*[份度]$/.test(header[0] ?? "");
  const columns = header.map((c) => meaningOf(c, place));
  const groups = header.map((_, i) => grouped?.groups[i] ?? null);
  const groupMeanings = groups.map((g) => (g ? meaningOf(g, place) : undefined));
  // What each column's header (with its group's) says of all its cells, read once per table.
  const heads = header.map((h, i) => {
    const said = `${groups[i] ?? ""}${h}`;
    return {
      ordinal: ORDINAL_HEADER.test(h),
      rate: RATE_HEADER.test(said) || (YEAR_COMPARED.test(h) && !headerUnit(h)),
      change: CHANGE_HEADER.test(said),
      previous: PREVIOUS_HEADER.test(h.replace(/\s+/g, "").replace(/[（(][^（）()]*[）)]$/, "")),
      unit: headerUnit(h) || headerUnit(groups[i] ?? ""),
    };
  });
  // 社会组织总数（万个） over 社会团体 | 17.1: a unit in 万 a label gave, for the rows under it that give none.
  let tenThousands = "";
  const rowsOfCells = body
    .slice(twoLines || grouped ? 2 : hasHeader ? 1 : 0)
    .flatMap((row) => runTogether(cellsOf(row), header.length).map((cells) => ({ row, cells })));
  for (const { row, cells } of rowsOfCells) {
    // 民办非企业单位个 | 470: a label run into its unit where the PDF left them too close.
    const glued = /^(.+?)(家|个|人|名|项|场|次|所|户|元|万元|亿元)$/.exec(cells[0] ?? "");
    if (unitColumn === 1 && cells.length === header.length - 1 && glued?.[1] && glued[2]) {
      cells.splice(0, 1, glued[1], glued[2]);
    }
    // Under a corner (项目, 年份, 区域) a row that begins with its label lines up from the left: 社会团体 | 2210 |
    // 2350 | 140 under 项目 | 2022年 | 2023年 leaves out the figure past the last column, and 2022年 | 730 |
    // 310 | 420 under four columns lacks only its last, empty cell (备注).
    const leftAligned =
      corner &&
      cells.length !== header.length &&
      !isNumeric(cells[0] ?? "") &&
      !SERIAL.test(cells[0] ?? "") &&
      (cells.length < header.length || cells.slice(1).every(isNumeric));
    const pastHeader = leftAligned && cells.length > header.length;
    // Otherwise, with a header, cells line up from the right (a first column may be unlabelled).
    const offset = hasHeader && !leftAligned ? header.length - cells.length : 0;
    // Under 年份 (or 年度), a row opens with its year, bare or not: 2021 | 2100 | 1000 is 2021's row.
    const yearLabel = yearsDown && isBareYear(cells[0] ?? "") ? [0] : [];
    const labels = [
      ...yearLabel,
      ...cells.flatMap((c, j) =>
        !isUnitColumn(j + offset) && c && !isNumeric(c) && !UNIT_WORD.test(c) && !SERIAL.test(c) ? [j] : [],
      ),
    ];
    // A label left of the header's columns names a group of rows (高级社会工作者 over its grades); the
    // row's own label is the one under the header, where there is one.
    const labelAt = labels.find((j) => j + offset >= 0) ?? labels[0] ?? -1;
    // 其中：社会团体, 社会组织合计（家）: the label without its list word or its unit.
    const labelCell = cells[labelAt] ?? "";
    // 一、社会组织, (一)社会团体, 1.基金会: a row's ordinal is no part of what it counts.
    const marked = readMarker(labelCell.replace(PART_MARK, ""));
    const unmarked =
      marked.level !== null && marked.level <= 4 ? marked.label : labelCell.replace(PART_MARK, "");
    const label = unmarked.replace(/[（(][^（）()]{1,6}[）)]$/, "");
    if (!label || label.length > 30) continue;
    const rowMeaning = meaningOf(label, place);
    const statedUnit =
      (unitColumn >= 0 ? cells[unitColumn - offset] : cells.find((c) => UNIT_WORD.test(c))) ??
      headerUnit(labelCell);
    // Only a row with a fraction takes it: 17.1 cannot count whole organisations, 975 may.
    const fraction = cells.some((c, j) => {
      const head = heads[j + offset];
      return j !== labelAt && isNumeric(c) && /\.\d/.test(c) && !head?.rate && !head?.change;
    });
    // 单位：万张、张 over 床位数 and 每千人口床位数: the count in 万, the rate per head in the plain unit.
    const pairUnit = caption.pair ? (PER_HEAD.test(label) ? caption.pair.plain : caption.pair.scaled) : "";
    const rowUnit =
      statedUnit ||
      (fraction ? tenThousands : "") ||
      pairUnit ||
      listedUnit(caption.listed, (_, unit) => reading(label, unit));
    if (!cells.some((c, j) => j !== labelAt && isNumeric(c)) || statedUnit) {
      tenThousands = statedUnit.startsWith("万") ? statedUnit : "";
    }
    cells.forEach((cell, j) => {
      const column = j + offset;
      if (j === labelAt || !isNumeric(cell) || isUnitColumn(column)) return;
      if (pastHeader && column >= header.length) return;
      const head = heads[column] ?? NO_HEAD;
      if (head.ordinal || head.previous) return;
      const colMeaning = columns[column];
      const groupMeaning = groupMeanings[column];
      const meanings = [rowMeaning, colMeaning, groupMeaning].filter((m): m is Meaning => m !== undefined);
      const subjects = meanings.flatMap((m) => (m.kind === "subject" ? [m.text] : []));
      let subject = subjects.find((t) => !TOTAL_WORD.test(t)) ?? subjects[0] ?? caption.subject ?? label;
      if (TOTAL_WORD.test(subject) && caption.subject) subject = caption.subject;
      // 社会团体 under 职工人数: the column counts something the row's organisations have, not them.
      const measure = [colMeaning, groupMeaning].find(
        (m) => m?.kind === "subject" && MEASURE_HEADER.test(m.text),
      );
      if (rowMeaning.kind === "subject" && subject === rowMeaning.text && measure?.kind === "subject") {
        subject = `${subject}${measure.text}`;
      }
      const period = meanings.find((m) => m.kind === "period");
      const where = meanings.find((m) => m.kind === "place");
      // 增长（%）, 同比, 占比: a column of rates is in percent whatever unit its row counts in.
      const unitText = /[\u4e00-\u9fa5%％]$/.test(cell)
        ? ""
        : head.rate
          ? "%"
          : rowUnit || head.unit || caption.unit;
      for (const q of quantitiesOf(cell, unitText, subject, reading)) {
        const metric = head.change || narrowed ? "other" : reading(subject, q.unit);
        if (q.unit === "" && metric === "other") continue;
        // 5.5 under 个 is a change or a rate in the wrong column, not a count of whole things.
        if (COUNT_UNITS.includes(q.unit) && !Number.isInteger(q.value)) continue;
        const otherHeader =
          colMeaning?.kind === "subject" && !subject.includes(colMeaning.text) ? colMeaning.text : null;
        facts.push({
          id: firstId + facts.length,
          sentenceId: row.id,
          metric,
          subject: otherHeader ? `${subject}（${otherHeader}）` : subject,
          value: q.value,
          max: q.max ?? null,
          unit: q.unit,
          qualifier: q.qualifier,
          asOf:
            period?.kind === "period"
              ? periodDate(period.date, caption)
              : (caption.date ?? doc.meta.period ?? doc.meta.issued),
          asOfSource:
            period?.kind === "period" || caption.date
              ? "heading"
              : doc.meta.period
                ? "title"
                : doc.meta.issued
                  ? "document"
                  : "none",
          region: where?.kind === "place" ? where.place : place.region,
          page: row.page,
          snippet: row.text.replaceAll("\t", " | "),
          quantityText: q.text,
          start: row.start,
          end: row.end,
          parentId: null,
          role: "figure",
          flags: [],
        });
      }
    });
  }
  return facts;
}
