// Rows of a table that a document's paragraphs ran together: a Word or PDF copy made from a text
// joins lines that end without a stop, so 社会团体 17.1 19.2 12.3 and the row under it come as
// 社会团体 17.1 19.2 12.3民办非企业单位 14.8 16.1 8.8. Where a run of figures with spaces between
// them ends right against a label, the label begins a row of its own.

/** A figure: digits with thousands commas, a decimal part, a sign, a percent. */
const FIGURE = "[-+]?[0-9０-９][0-9０-９,，.．]*[%％]?";

/** Two or more figures a space apart, then a character that opens a label, not a unit or a date. */
const FUSED = new RegExp(
  String.raw`(?<=(?:^|\s)${FIGURE}(?:[ \t\u3000]+${FIGURE})+)(?=[\u4e00-\u9fa5])(?![年月日时分秒万亿千百元角个家人名户张床次项所处件倍岁天号届期批条座间种类宗起位辆台套只周次])`,
  "gu",
);

/** Where a line is cut so that each fused row stands alone: offsets at which a new row begins. */
export function fusedRowStarts(text: string): number[] {
  if (!/\d\s+[-+]?\d/.test(text)) return [];
  return [...text.matchAll(FUSED)].map((m) => m.index ?? 0).filter((at) => at > 0);
}

/**
 * A page's furniture a Word or PDF copy ran into the line after it: where the page sits on its site,
 * ending in 正文 (当前位置：首页 > 新闻 > 正文), runs into the title (…> 正文某市民政局关于…); a title runs
 * into the time it was put up (…位列全省第一 2023 年 05 月 06 日 10:08:49) and the note after it
 * (来源：). Each begins a line again.
 */
const CRUMB_END =
  /^[^。，；]{0,40}?(?:位置|首页|首頁)[^。，；]{0,120}?>\s*正文\s*(?=[^\s\d])(?!来源|來源|发布|發布|时间|時間|日期|作者|编辑|編輯)/u;
const STAMP =
  /(?<=[^\s\d:：-])\s*(?:\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|\d{4}-\d{1,2}-\d{1,2})\s*\d{1,2}:\d{2}(?::\d{2})?\s*(?:(?:来源|來源|信息来源|作者|编辑|編輯|浏览|瀏覽|点击|點擊|阅读|閱讀)[^。，；]{0,30})?$/u;

/** The time a note gives (时间：2022-01-04 15:41), with the text after it that is no further note. */
const NOTE_TIME =
  /(?:时间|時間|日期|发布时间|發布時間|发布日期|發布日期|更新时间|更新時間)\s*[:：]\s*\d{4}[-/]\d{1,2}[-/]\d{1,2}(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?\s*(?=[\u4e00-\u9fa5])(?!来源|來源|作者|编辑|編輯|浏览|瀏覽|点击|點擊|阅读|閱讀|字体|字體|分享|发布|發布|责任|責任)/gu;
/** A page's date with no note before it, between a title and what follows (…超6700万2017-12-18金砖会议前…). */
const BARE_STAMP = /(?<=[\u4e00-\u9fa5])\d{4}-\d{2}-\d{2}(?=[\u4e00-\u9fa5])/gu;

/** A table's twelve-digit 地区编码 run into the period after it: 地区编码:4304000000002023年6月. */
const CODE_THEN_PERIOD = /(?<=地区(?:编码|代码)\s*[:：]\s*\d{12})(?=(?:19|20)\d{2}\s*年)/u;

/** Where a line is cut so that the furniture run into it and what follows stand apart. */
export function runOnStarts(text: string): number[] {
  const starts: number[] = [];
  // Each pattern is tried only on a line holding the marks it needs: most lines hold none.
  const dated = text.includes("-") || text.includes("/");
  const coded = text.includes("地区") ? CODE_THEN_PERIOD.exec(text) : null;
  if (coded) starts.push(coded.index);
  // The text after a note's time (时间：2024/04/27 14:12:14某市民政局发布…) begins a line again.
  if (dated) for (const m of text.matchAll(NOTE_TIME)) starts.push((m.index ?? 0) + m[0].length);
  // So do a page's date run in between a title and the text after it, and that text.
  if (dated)
    for (const m of text.matchAll(BARE_STAMP)) starts.push(m.index ?? 0, (m.index ?? 0) + m[0].length);
  const crumb = text.includes("正文") ? CRUMB_END.exec(text) : null;
  if (crumb?.[0].includes(">")) starts.push(crumb[0].length);
  const stamp = /\d:\d/.test(text) ? STAMP.exec(text) : null;
  const before = stamp ? text.slice(crumb?.[0].includes(">") ? crumb[0].length : 0, stamp.index) : "";
  if (stamp && [...before.trim()].length >= 6 && !/[。，；：:,;]/.test(before)) {
    starts.push(stamp.index + (stamp[0].length - stamp[0].trimStart().length));
  }
  return [...new Set(starts)].filter((at) => at > 0 && at < text.length).sort((a, b) => a - b);
}

// A Word copy that ran a table's rows into one paragraph, printed as a PDF, has that paragraph wrapped
// at the page's width: 社会团体 412 436 455 基金会 28 / 31 35, a row cut in its figures (or in its
// label: …基金会 28 31 35 社会工 / 作服务机构 96 118). The cut lines are joined again before the rows
// are told apart, and a row begins after a space too (…436 455 基金会 28).

const LABEL = String.raw`[\u4e00-\u9fa5][\u4e00-\u9fa5()（）]*`;
/**
 * A row between pipes that a page's width cut before its closing pipe: the rest of its last cell on
 * the next line, up to that pipe (| 基金会 | 个 | 31 | 28 | 1. ⏎ 0 |, … | 13.5 ⏎ |). The rest ends the
 * row; left on a line of its own, the cell ran into the next row's label (13.5注册志愿者).
 */
export function wrappedPipeJoins(lines: readonly string[]): (string | null)[] {
  return lines.map((line, i) => {
    const next = lines[i + 1];
    if (next === undefined || !/^\s*\|(?:[^|]*\|){2,}[^|]*[^|\s][^|]*$/.test(line)) return null;
    return /^[^|]{0,12}\|\s*$/.test(next) ? "" : null;
  });
}

/** A row's unit in a cell of its own, between its label and its figures: 社会团体 个 720 701. */
const UNIT_CELL_WORD = "(?:万?(?:个|家|人|名|户|张|项|所|处)|人次|万元|亿元|元)";
const NOT_UNIT =
  "(?![年月日时分秒万亿千百元角个家人名户张床次项所处件倍岁天号届期批条座间种类宗起位辆台套只周次])";
/** Where a row begins after a run of figures, a space between them or none. */
const ROW_AFTER_FIGURES = new RegExp(
  String.raw`(?<=(?:^|\s)${FIGURE}(?:[ \t\u3000]+${FIGURE})+[ \t\u3000]*)${NOT_UNIT}(?=${LABEL}[:：]?[ \t\u3000]*${FIGURE})`,
  "gu",
);
const HAS_ROW_AFTER_FIGURES = new RegExp(ROW_AFTER_FIGURES.source, "u");
/** A line's end: figures a space apart, then nothing or the head of a label. */
const ENDS_IN_CELLS = new RegExp(
  String.raw`${FIGURE}(?:[ \t\u3000]+${FIGURE})*(?:[ \t\u3000]+${LABEL})?[ \t\u3000]*$`,
  "u",
);
const STARTS_WITH_FIGURE = new RegExp(String.raw`^[ \t\u3000]*${FIGURE}(?:\s|$)`, "u");
/** A line's end: a figure, then the next row's label and its unit cell, its figure cut off (…1,336 基金会 个). */
const ENDS_IN_UNIT_CELL = new RegExp(
  String.raw`(?:^|\s)${FIGURE}[ \t\u3000]+${LABEL}[ \t\u3000]+${UNIT_CELL_WORD}[ \t\u3000]*$`,
  "u",
);
const STARTS_WITH_LABEL_TAIL = new RegExp(
  String.raw`^[\u4e00-\u9fa5()（）]{1,12}[ \t\u3000]*${FIGURE}(?:\s|$)`,
  "u",
);

/** How a line would join the next were it cut inside a run of cells, by the shape of the cut alone. */
function cutJoin(line: string, next: string | undefined): string | null {
  if (next === undefined || !/\d/.test(line)) return null;
  // A line's end is all that is looked at: a long line costs no more.
  // A row's label and unit cell before the cut, its figure after it.
  if (ENDS_IN_UNIT_CELL.test(line.slice(-80))) return STARTS_WITH_FIGURE.test(next) ? " " : null;
  const end = ENDS_IN_CELLS.exec(line.slice(-160));
  if (!end) return null;
  // The line ends in figures, or in a label's head after a row's figures.
  if (/[0-9０-９%％][ \t\u3000]*$/.test(line)) return STARTS_WITH_FIGURE.test(next) ? " " : null;
  if (!/^[ \t\u3000]*\S*[0-9０-９]/.test(end[0])) return null;
  if (STARTS_WITH_FIGURE.test(next)) return " ";
  return STARTS_WITH_LABEL_TAIL.test(next) ? "" : null;
}

/**
 * A line that may be part of a table's cells a page's width cut: it holds a figure and no sentence's
 * stop, nor a tab (a row whose cells are set apart by tabs is a row as the table gave it).
 */
const cellish = (line: string) => /\d/.test(line) && !/[。，；！？;!?\t]/.test(line);

/**
 * How each line joins the next where a page's width cut a run of table cells: " " between figures
 * (or after a label, before its figures), "" inside a label, null where the line ends as it should.
 * The cuts are joined only in a block of lines of cells where, once joined, a row begins right after
 * another's figures: the rows were run together.
 */
export function wrappedCellJoins(lines: readonly string[]): (string | null)[] {
  const joins = lines.map((line, i) => (cellish(line) ? cutJoin(line, lines[i + 1]) : null));
  let start = 0;
  while (start < lines.length) {
    let end = start;
    while (end < lines.length && cellish(lines[end] ?? "")) end++;
    // Lines start..end-1 are a block; the text of each run of lines the cuts join.
    let joined = "";
    let runTogether = false;
    for (let k = start; k < end; k++) {
      joined += lines[k] ?? "";
      const join = k < end - 1 ? (joins[k] ?? null) : null;
      if (join !== null) {
        joined += join;
        continue;
      }
      if (HAS_ROW_AFTER_FIGURES.test(joined) || oneFigureRowsUnderHeader(joined)) runTogether = true;
      joined = "";
    }
    for (let k = start; k < Math.max(end, start + 1); k++) {
      if (!runTogether || k >= end - 1) joins[k] = null;
    }
    start = Math.max(end, start + 1);
  }
  return joins;
}

/** Where a row with its unit cell begins after a run of figures, a space before it. */
const UNIT_ROW_AFTER_FIGURES = new RegExp(
  String.raw`(?<=(?:^|\s)${FIGURE}(?:[ \t\u3000]+${FIGURE})+[ \t\u3000]+)(?=${LABEL}[ \t\u3000]+${UNIT_CELL_WORD}[ \t\u3000]+${FIGURE})`,
  "gu",
);
/**
 * An indicator table's header inside a line, its words a space apart (指标名称 单位 本月 上年同期),
 * with the line's title before it and its first row after it: 某市社会服务统计月报 指标名称 单位 本月 上年同期 社会组织 个 1532 1490 ….
 */
const INLINE_HEADER = new RegExp(
  String.raw`(?<=^|[ \t\u3000])(?:指标名称|统计指标|指标|项目)(?:[ \t\u3000]+(?:计量单位|单位|代码|数量|本期数?|本月数?|本季度?数?|本年累计|累计|期末数|上年同期数?|上年数据|上期数?|上月数?|上季度数?|同比(?:增长)?%?|环比(?:增长)?%?|增减%?|增长%?))+(?=[ \t\u3000]+${LABEL}[ \t\u3000]+(?:${UNIT_CELL_WORD}[ \t\u3000]+)?${FIGURE})`,
  "u",
);

/**
 * Under such a header, a row of one figure with its unit cell after another: an indicator table of
 * one column run onto one line (指标名称 单位 数量 社会团体 个 1,336 基金会 个 12 街道 个 54).
 */
const UNIT_ROW_AFTER_FIGURE = new RegExp(
  String.raw`(?<=[ \t\u3000]${UNIT_CELL_WORD}[ \t\u3000]+${FIGURE}[ \t\u3000]+)(?=${LABEL}[ \t\u3000]+${UNIT_CELL_WORD}[ \t\u3000]+${FIGURE}(?:[ \t\u3000]|$))`,
  "gu",
);

/** An inline header with rows of one figure and a unit cell run together after it. */
function oneFigureRowsUnderHeader(text: string): boolean {
  const header = /指标|项目/.test(text) ? INLINE_HEADER.exec(text) : null;
  if (!header) return false;
  return new RegExp(UNIT_ROW_AFTER_FIGURE.source, "u").test(text.slice(header.index + header[0].length));
}

/** Where rows begin in a line that holds two or more run together with spaces between them. */
export function spacedRowStarts(text: string): number[] {
  // The header's words are looked for only where they are: most lines hold none.
  const header = /指标|项目/.test(text) ? INLINE_HEADER.exec(text) : null;
  if (!header && !/\d\s+[-+]?\d/.test(text)) return [];
  const around = header ? [header.index, header.index + header[0].length + 1] : [];
  const afterHeader = header ? header.index + header[0].length : 0;
  const oneFigureRows = header
    ? [...text.slice(afterHeader).matchAll(UNIT_ROW_AFTER_FIGURE)].map((m) => afterHeader + (m.index ?? 0))
    : [];
  return [
    ...around,
    ...oneFigureRows,
    ...[...text.matchAll(ROW_AFTER_FIGURES)].map((m) => m.index ?? 0),
    ...[...text.matchAll(UNIT_ROW_AFTER_FIGURES)].map((m) => m.index ?? 0),
  ].filter((at) => at > 0 && at < text.length);
}

// A bilingual table's section heading a Word copy ran in between the header and the first row:
// 2022年比Change over一、社会组织 Social Organizations社会团体 Groups 41.2 …. The heading begins a
// line where it meets the English before it, and the row begins one where the heading's English meets it.
const SECTION_AFTER_LATIN = /(?<=[A-Za-z])(?=[一二三四五六七八九十]{1,3}、[\u4e00-\u9fa5])/gu;
const SECTION_HEAD =
  /^[一二三四五六七八九十]{1,3}、[\u4e00-\u9fa5()（）]+[ \t\u3000]+[A-Za-z][A-Za-z ]*(?=[\u4e00-\u9fa5])/u;

/** Where a bilingual section heading run into the lines about it begins, and where the row after it does. */
export function sectionStarts(text: string): number[] {
  if (!/[一二三四五六七八九十]、/.test(text) || !/[A-Za-z]/.test(text)) return [];
  const starts = [...text.matchAll(SECTION_AFTER_LATIN)].map((m) => m.index ?? 0);
  for (const at of [0, ...starts]) {
    const head = SECTION_HEAD.exec(text.slice(at));
    if (head) starts.push(at + head[0].length);
  }
  return starts.filter((at) => at > 0 && at < text.length);
}
