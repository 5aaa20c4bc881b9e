// A statistics table whose cells lost their spaces and whose rows a Word copy ran together: under a
// header 指标名称单位数量, the line 街道165区公所 holds the row 街道 165 and the row 区公所, and
// 合计1203其中：社会团体560 the rows 合计 1203 and 其中：社会团体 560. A row's last figure ends where a
// label begins. Where the next row opens with its ordinal, the ordinal may be glued to the figure
// (…个 75642.社会服务业经费 after 1.行政区划): the digits that make the ordinal after the last one
// (2.) begin the row, the rest (7564) are the figure.

/**
 * The header of such a table, its words glued or spaced, with the columns of other periods after it
 * (上年同期, 九月份, 本季度末, 环比).
 */
const HEADER =
  /指\s*标(?:\s*名\s*称)?\s*(?:计\s*量\s*)?单\s*位\s*(?:代\s*码\s*)?(?:数\s*量|本\s*期)(?:\s*(?:上\s*季\s*度|上\s*期|上\s*月|上\s*年\s*数\s*据|上\s*年\s*同\s*期|上\s*年\s*末|本\s*(?:月|季\s*度|年)\s*末?|期\s*末|累\s*计|[一二三四五六七八九十]{1,3}\s*月\s*份?|环\s*比|同\s*比|比\s*上\s*年\s*增\s*减\s*[%％]?))*/u;

/** A sentence ends the table. */
const PROSE = /[。，；]/;

/** Characters that measure a figure, or date it, rather than open a label. */
const NOT_LABEL = "年月日时分秒万亿千百元角个家人名户张床次项所处件倍岁天号届期批条座间种类宗起位辆台套只周";

/** A figure right after a label, a unit or a space, with a label straight after it. */
const FIGURE_THEN_LABEL = new RegExp(
  String.raw`(?<=(?:^|[\u4e00-\u9fa5）)·\s])[-+]?[0-9][0-9,]*(?:\.[0-9]+)?[%％]?)(?=[\u4e00-\u9fa5])(?![${NOT_LABEL}])`,
  "gu",
);

/** A section heading glued to the figure before it: …JZH011114000(二)民政事业费, …30.4二、乡级. */
const SECTION_AFTER_DIGIT =
  /(?<=[0-9])(?=[（(][一二三四五六七八九十]{1,3}[）)]|[一二三四五六七八九十]{1,3}、)/gu;
const SECTION = /[（(][一二三四五六七八九十]{1,3}[）)]|[一二三四五六七八九十]{1,3}、/gu;

/** A row's ordinal: digits, a point, then the label's first character. */
const ORDINAL = /([0-9]+)[.．](?=[\u4e00-\u9fa5])/gu;

/**
 * Where rows begin in each line of a page: in the lines from a statistics table's header to the
 * first sentence, after a figure glued to the next label, before the next ordinal glued to a figure,
 * before a section glued to one, and around the header itself where it shares its line.
 */
export function gluedFigureCuts(lines: readonly string[]): number[][] {
  let inTable = false;
  let lastOrdinal = 0;
  return lines.map((line) => {
    const cuts: number[] = [];
    let from = 0;
    const header = HEADER.exec(line);
    if (header) {
      inTable = true;
      lastOrdinal = 0;
      from = header.index + header[0].length;
      cuts.push(header.index, from);
    } else if (inTable && PROSE.test(line)) {
      inTable = false;
    }
    if (!inTable) return [];
    const body = line.slice(from);
    const events: { at: number; kind: "section" | "ordinal"; digits?: string }[] = [];
    for (const m of body.matchAll(SECTION)) events.push({ at: m.index ?? 0, kind: "section" });
    for (const m of body.matchAll(ORDINAL))
      events.push({ at: m.index ?? 0, kind: "ordinal", digits: m[1] ?? "" });
    events.sort((a, b) => a.at - b.at);
    for (const event of events) {
      if (event.kind === "section") {
        lastOrdinal = 0;
        continue;
      }
      const digits = event.digits ?? "";
      const next = String(lastOrdinal + 1);
      const before = body[event.at - 1] ?? "";
      if (digits.length > next.length && digits.endsWith(next) && /[\s,A-Za-z]/.test(before)) {
        // The figure and the next row's ordinal, glued: the row begins at the ordinal.
        cuts.push(from + event.at + digits.length - next.length);
        lastOrdinal += 1;
      } else if (digits.length <= 2 && !/[0-9,.]/.test(before)) {
        lastOrdinal = Number(digits);
      }
    }
    for (const m of body.matchAll(FIGURE_THEN_LABEL)) cuts.push(from + (m.index ?? 0));
    for (const m of body.matchAll(SECTION_AFTER_DIGIT)) cuts.push(from + (m.index ?? 0));
    return [...new Set(cuts)].filter((at) => at > 0 && at < line.length).sort((a, b) => a - b);
  });
}
