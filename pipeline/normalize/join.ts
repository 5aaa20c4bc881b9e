// Join lines broken by the page width into paragraphs; keep headings, titles, dates and table rows
// as lines of their own. Blank lines count only where a text uses them between paragraphs alone.

import { matchUnit } from "../../extractors/quantities/units.js";
import { cellKind } from "../../extractors/tables/cells.js";
import { isAsciiAlnum, isWide } from "../../schemas/basics/chars.js";
import { type Mapped, MappedBuilder } from "../../schemas/basics/mapped.js";
import {
  endsCaption,
  endsSentence,
  hasInnerPunctuation,
  isAnnexHeading,
  isCrumb,
  isDateLine,
  isDocNumberLine,
  isPageNote,
  isParenthetical,
  isTitleLike,
  opensBracket,
  opensLead,
  startsBlock,
  startsWithItemMarker,
} from "./markers.js";
import { isPipeHeader, isPipeRow } from "./pipeRows.js";
import type { SourceLine } from "./sourceLines.js";

/** Without a known line width, a line this wide (em) that stops mid-sentence goes on. */
const MIN_WRAPPED = 20;
/** A note under a title (来源：…) is no wider than this (em); a wider line is a paragraph's. */
const MAX_NOTE = 40;
/** With a known line width W, a line narrower than this share of W ends its paragraph. */
const SHORT_SHARE = 0.75;
/** How far under W (em) a line may measure and still be full: digits and dropped spaces vary. */
const FULL_SLACK = 1.25;

export interface Paragraph {
  text: Mapped;
  heading: boolean;
}

export interface JoinOptions {
  /** The usual full line width in em, or null when lines are not hard-wrapped. */
  width: number | null;
  /** The text indents the first line of its paragraphs (and not the others). */
  indents: boolean;
  /** Blank lines stand between paragraphs only (see blankLines.ts). */
  blankLines: boolean;
}

/** Blanks that indent a first line: two full-width spaces, two or more spaces, a tab. */
const INDENT_BLANKS = 2;
const isIndented = (line: SourceLine): boolean => line.indent >= INDENT_BLANKS;

/**
 * Whether indentation marks paragraphs: some lines are indented (3 at least) and most are not,
 * as in a hard-wrapped text whose first lines begin with 　　.
 */
export function usesIndentation(lines: readonly SourceLine[]): boolean {
  const indented = lines.filter(isIndented).length;
  return indented >= 3 && indented <= lines.length * 0.6;
}

/** The first line of a paragraph is indented by this much (em) in official documents. */
const INDENT = 2;

/** Whether `line` fills the printed line (less `indent` em). */
const isFull = (line: SourceLine, width: number | null, indent = 0): boolean =>
  width !== null && line.width >= width - indent - FULL_SLACK;

/**
 * A title set on two lines, the first the longer (关于…的建议 / 第20240061号的答复): the second ends
 * with a document type, neither has sentence punctuation, the first is no document number or marker.
 * A title is also followed by a short note in brackets: （征求意见稿）, (单位：元/月).
 */
function continuesTitle(a: SourceLine, b: SourceLine): boolean {
  if (isTitleLike(a.plain) && isParenthetical(b.plain)) return true;
  return (
    isTitleLike(b.plain) &&
    b.width < a.width &&
    !/[。！？；，：,;]/.test(a.plain) &&
    !startsBlock(a.plain) &&
    !isDocNumberLine(a.plain)
  );
}

/** The words after a clause mark a clause has just begun with (其中, 全区共有): few, with no figure. */
const MAX_CLAUSE_START = 8;
const CLAUSE_STOP = new RegExp(`[，、,；;](?:[\\u4e00-\\u9fa5]{1,${MAX_CLAUSE_START}})?$`);

/** A line that stops inside a sentence: on a clause mark, or on a clause just begun after one. */
function stopsInClause(text: string): boolean {
  return CLAUSE_STOP.test(text.replace(HEADING_NUMBER, "")) && !isTitleLike(text);
}

/** A row of cells closed by its last pipe: 地区 | 社会团体 | 基金会 |. */
const isClosedRow = (text: string): boolean =>
  /\S\s*\|\s*$/.test(text) && text.split("|").length > 2 && isPipeRow(text);

/** Cells between pipes, the empty ones left out. */
const pipeCellsOf = (text: string): string[] =>
  text
    .split("|")
    .map((c) => c.trim())
    .filter(Boolean);

/** Three or more short cells between pipes, no sentence in them: a table's header or a site's menu. */
const isCellLine = (text: string): boolean => {
  const cells = pipeCellsOf(text);
  return cells.length >= 3 && cells.every((c) => [...c].length <= 16 && !/[。，；！？,;!?]/.test(c));
};

/** A row of cells between pipes whose last cell is a figure: 社会组织 | 2,106 | 2,050 | 2.7. */
const endsInFigureCell = (text: string): boolean =>
  isPipeRow(text) && cellKind(pipeCellsOf(text).at(-1) ?? "") === "number" && pipeCellsOf(text).length >= 2;

/** A row of cells between pipes that opens with a label and holds a figure: 社会团体 | 1,002 | 990. */
const opensWithLabelCell = (text: string): boolean => {
  const cells = pipeCellsOf(text);
  return (
    isPipeRow(text) &&
    cells.length >= 2 &&
    cellKind(cells[0] ?? "") === "label" &&
    cells.slice(1).some((c) => cellKind(c) === "number")
  );
};

/** Whether line `b` continues the paragraph that line `a` belongs to. */
export function continues(
  a: SourceLine,
  b: SourceLine,
  { width, indents, blankLines }: JoinOptions,
): boolean {
  const at = a.plain;
  const bt = b.plain;
  if (a.heading || b.heading || at.includes("\t") || bt.includes("\t")) return false;
  // A web address the line's end cut goes on in the next line, whatever line it stands in.
  if (cutAddress(at, bt)) return true;
  // A row of cells closed by its last pipe is whole: 地区 | 社会团体 | 基金会 | never runs on into the
  // next line, a row or a line of another kind (来源：…, an advert between two rows).
  if (isClosedRow(at)) return false;
  // Nor does a header of cells left open (指标名称 | 单位 | 本期 | 上年同期 | 同比增长) run on into the
  // row of figures under it, however wide it is.
  if (isPipeHeader(at, bt)) return false;
  // No line opens with a clause mark: one that does goes on with the line before (…386 / 家 / ，其中…).
  if (/^[，、；。,;]/.test(bt) && !isPipeRow(bt)) return true;
  // Nor with the rest of a date the line's end cut at its hyphen (…正文2021-01- / 26 10:10:00来源：…): a
  // page's time stamp broken where the layout may break a line, in a crumb or a note alike.
  if (cutDate(at, bt)) return true;
  // Nor does a line of no cells (首页 > 数据发布, 编辑：…) run on into a row, unless it opens a bracket,
  // nor into a line of short cells between pipes (a table's header: 指标 | 本季度末 | 上年同期 | 同比).
  if ((isPipeRow(bt) || isCellLine(bt)) && !at.includes("|") && !opensBracket(at)) return false;
  // A row that ends in a figure never runs on into the next row, which opens with its label:
  // 社会组织 | 2,106 | 2,050 | 2.7 over 社会团体 | 1,002 | 990 | 1.2, however wide the rows are.
  if (endsInFigureCell(at) && opensWithLabelCell(bt)) return false;
  if (startsBlock(bt) || isDateLine(bt) || isAnnexHeading(bt)) return false;
  // Where a web page sits on its site (当前位置：首页 > 资讯) is a line of its own: no title runs on
  // into it, nor it into the lead.
  if (isCrumb(at) || isCrumb(bt)) return false;
  // Nor does a title or a lead run on into the note under it (更新时间：…, 来源：…, 2023-05-07 10:40) or
  // into an abstract (摘要 本文…), nor a photo's caption into the lead (…（资料图片） / 【某某网讯】…); a
  // short note stands alone.
  if (endsCaption(at)) return false;
  if (
    isPageNote(bt) ||
    opensLead(bt) ||
    (isPageNote(at) && !/^【?(?:摘|内容提要)/.test(at) && a.width <= MAX_NOTE)
  )
    return false;
  // A mirror that doubled every line break leaves a blank line inside a sentence too: a line that
  // stops on a clause mark, or on a clause just begun after one (截至2023年底，全区共有 / 社会组织468家，
  // 其中 / 社会团体201家。), goes on into Han text across it.
  if (blankLines && b.blankBefore && stopsInClause(at) && /^[\u4e00-\u9fa5]/.test(bt) && !isTitleLike(bt))
    return true;
  if ((indents && isIndented(b)) || (blankLines && b.blankBefore)) return false;
  // An indented line after one that is not starts a paragraph, whatever the rest of the text does.
  if (isIndented(b) && !isIndented(a)) return false;
  // A title is followed by its addressees (各县（区）民政局：), never continued by them.
  if (isTitleLike(at) && /[:：]$/.test(bt)) return false;
  if (isDateLine(at) || isAnnexHeading(at)) return false;
  if (continuesTitle(a, b)) return true;
  if (cutFromUnit(at, bt) || countCutInTwo(at, bt) || gradeCutInTwo(at, bt) || cutAtPoint(at, bt))
    return true;
  if (isTitleLike(at) && !isFull(a, width, INDENT)) return false;
  if (opensBracket(at)) return true;
  // A full line ending a clause of a list (…69万家; / 2018年超过76万家;…) goes on: a paragraph ends
  // with a full stop, and the next item, where one begins, is marked (一是, （二）).
  if (/[；;]$/.test(at) && isFull(a, width)) return true;
  // After a full line ending a sentence, the next line goes on if it is not a first line: indented
  // where the text indents, else as wide as a full line (a first line is shorter by its indent).
  if (endsSentence(at)) return isFull(a, width) && (indents || isFull(b, width));
  // A heading stands alone; a marked line as wide as an indented first line runs on into its text.
  if (startsWithItemMarker(at) && !hasInnerPunctuation(at) && !isFull(a, width, INDENT)) return false;
  if (width !== null ? a.width >= width * SHORT_SHARE : a.width >= MIN_WRAPPED) return true;
  // A line cut inside a sentence (…其中社会团体203家、民办非企 / 业单位415家。) goes on whatever its
  // width: it stops after a clause mark, mid-word, and the next line ends the sentence, or is cut
  // inside it the same way, as a web page broken at every few words leaves it (截至2023年底，全区共有
  // / 社会组织468家，其中 / 社会团体201家。).
  // A page that made its marks ASCII (截至2023年底,全区共有) is cut the same way.
  return (
    /[，、,\u4e00-\u9fa5]$/.test(at) &&
    hasClauseComma(at) &&
    /^[\u4e00-\u9fa5]/.test(bt) &&
    (endsSentence(bt) || (/[，、,\u4e00-\u9fa5]$/.test(bt) && hasClauseComma(bt) && !isTitleLike(bt)))
  );
}

/** A date cut after a hyphen (2021-01- / 26, 2021- / 01-26): the next line opens with its day or month. */
function cutDate(line: string, next: string): boolean {
  return (
    (/(?<!\d)(?:19|20)\d{2}-\d{1,2}-$/.test(line) && /^\d{1,2}(?!\d|[.,]\d)/.test(next)) ||
    (/(?<!\d)(?:19|20)\d{2}-$/.test(line) && /^\d{1,2}-\d{1,2}(?!\d)/.test(next))
  );
}

/** A heading's number and its mark, 、 or the ASCII comma a page put for it: 一、, 二,, 3、. */
const HEADING_NUMBER = /^(?:[一二三四五六七八九十]+|\d{1,2})[、,]/;

/**
 * A comma between clauses, full width or ASCII, after a heading's number (一,基本情况 has none), and
 * not the comma grouping a figure's digits (1,208).
 */
const hasClauseComma = (text: string): boolean => /[，、]|,(?!\d)/.test(text.replace(HEADING_NUMBER, ""));

const isDigit = (ch: string | undefined): boolean => ch !== undefined && ch >= "0" && ch <= "9";

/**
 * A figure at a line's end, with its 万 or 亿 and 余 or 多, after Chinese text or punctuation (not
 * inside a Latin word or a code); alone on its line only as a year (2008 / 年到2018年), never as a
 * page number.
 */
const FIGURE_END = /(?:^(?=(?:19|20)\d\d$)|[^A-Za-z0-9.\-/])\d(?:[\d.,]*\d)?[万亿]?[余多]?$/;
/** What may follow a figure and never begins a sentence: 万, 亿, 余, 多, 号, 年 and other units. */
const AFTER_FIGURE = /^[万亿余多号%‰]/;

/** A line opening with what a figure before it counts or measures: 家，…, 万人, 年以来. */
const opensWithMeasure = (text: string): boolean => AFTER_FIGURE.test(text) || matchUnit(text, 0) !== null;

/**
 * A figure cut from what it counts (…社会组织2469 / 家，…, 1.2万 / 人, 截至2024 / 年底): a web page
 * that set the figure apart, or a PDF whose font changed after it, broke the line there. No
 * sentence, heading or row of cells begins with a measure word.
 */
function cutFromUnit(line: string, next: string): boolean {
  return !line.includes("|") && !next.includes("|") && FIGURE_END.test(line) && opensWithMeasure(next);
}

/**
 * A grade the line's end cut from its 级 (…5A级社会组织18家、4A / 级129家, …共评出5A / 级1家): no line
 * opens with 级, and a grade ends no heading.
 */
function gradeCutInTwo(line: string, next: string): boolean {
  return (
    !inCells(line) &&
    !inCells(next) &&
    /(?:^|[、，,；;\u4e00-\u9fa5])[1-5]\s?A$/.test(line) &&
    /^级/.test(next)
  );
}

/**
 * A count the line's end cut inside its digits (…社会组织共计12 / 08家，…, …共有社会组织1,2 / 08家):
 * digits end the line right after a Han character or a clause mark, in a clause (a mark before it),
 * and the next line opens with the rest of the figure and what it counts. No sentence opens with
 * digits and a measure word, nor does a heading end in the middle of a clause.
 */
function countCutInTwo(line: string, next: string): boolean {
  if (inCells(line) || inCells(next) || !cutNumber(line, next) || !opensWithCount(next)) return false;
  // A count and a clause mark (06家，…) open no sentence either.
  return /[，、,；;：:]/.test(line.replace(/[\d.,]+$/, "")) || COUNT_THEN_MARK.test(next);
}

/**
 * A figure the line's end cut after its decimal point (…非公有制企业、1. / 02万个社会组织…): digits and a
 * point end the line after a Han character or a clause mark, and the next line opens with the fraction
 * and what it counts. No sentence ends on a point after digits in Chinese text.
 */
function cutAtPoint(line: string, next: string): boolean {
  const whole = /(?:^|[^\d.,])(\d{1,6})\.$/.exec(line);
  if (!whole || inCells(line) || inCells(next)) return false;
  const before = line[line.length - (whole[1]?.length ?? 0) - 2] ?? "";
  return (
    (isWide(before.charCodeAt(0)) || CLAUSE_MARK.test(before)) &&
    (opensWithCount(next) || /^\d+[%‰]/.test(next))
  );
}

/** A figure with what it counts at a line's start: 2469家, 1.2万人, 300余名 (not a year, 2023年). */
function opensWithCount(text: string): boolean {
  const figure = /^\d+(?:[.,]\d+)*([万亿])?[余多]?/.exec(text);
  if (!figure) return false;
  if (figure[1]) return true;
  return matchUnit(text, figure[0].length)?.info.kind === "count";
}

/**
 * A clause that runs on: Han text or a clause mark at its end, after a clause mark inside it (not
 * the 、 of a heading's number) or a count it opens with (a piece of a line cut before).
 */
function endsMidSentence(text: string): boolean {
  if (!/[\u4e00-\u9fa5，、,]$/.test(text)) return false;
  const body = text.replace(/^(?:[一二三四五六七八九十]+|\d{1,2})、/, "").slice(0, -1);
  return /[，、,；;：:]/.test(body) || opensWithCount(text);
}

/** A count and the clause mark after it: 2469家，…, 126个。, 1.2万人；… */
const COUNT_THEN_MARK = /^\d+(?:\.\d+)?[万亿]?[余多]?[^\d\s，,。；;、：:]{1,3}[，,。；;、]/;

/** A figure alone on its line. */
const BARE_FIGURE = /^\d+(?:[.,]\d+)*$/;

const inCells = (text: string): boolean => text.includes("\t") || text.includes("|");

/**
 * A figure set apart from the words before it, as a web page that marked the figure leaves it:
 * the paragraph so far stops mid-clause, and the line opens with a count (…社会组织 / 2469家，…), or
 * is the figure alone and the line after it opens with what it counts (…社会组织 / 2469 / 家，…). No
 * heading, title or new paragraph stops on a comma-led clause and goes on with a bare count; nor
 * does a sentence open with a count and a clause mark (全市共有社会组织 / 2469家，其中…), or with a
 * figure alone and its measure word (全市共有社会组织 / 2469 / 家).
 */
function figureSetApart(
  group: readonly SourceLine[],
  line: SourceLine,
  after: SourceLine | undefined,
  { indents, blankLines }: JoinOptions,
): boolean {
  const bare = BARE_FIGURE.test(line.plain);
  if (!bare && !opensWithCount(line.plain)) return false;
  if (bare && !(after && opensWithMeasure(after.plain))) return false;
  if (line.heading || group.some((l) => l.heading) || inCells(line.plain)) return false;
  if ((indents && isIndented(line)) || (blankLines && line.blankBefore)) return false;
  const text = group.map((l) => l.plain).join("");
  if (inCells(text)) return false;
  if (endsMidSentence(text)) return true;
  // A count and then a clause mark (2469家，…) never opens a sentence: it ends one the line before
  // began (全市共有社会组织 / 2469家，其中…), unless that line is one of its own (a title, a date, a note).
  const last = group.at(-1)?.plain ?? "";
  // So does a figure alone whose count the next line opens with (全市共有社会组织 / 2469 / 家).
  const counted = bare
    ? matchUnit(after?.plain ?? "", 0)?.info.kind === "count"
    : COUNT_THEN_MARK.test(line.plain);
  return (
    counted &&
    /[\u4e00-\u9fa5）)]$/.test(last) &&
    !isTitleLike(last) &&
    !isDateLine(last) &&
    !isCrumb(last) &&
    !isPageNote(last) &&
    !endsCaption(last) &&
    !startsWithItemMarker(last)
  );
}

/** Marks a figure may follow with no space, folded to their ASCII forms: ；2014年, ，2, （3. */
const CLAUSE_MARK = /[;:,!?(]/;

/**
 * A number the line's end cut in two (…人才数量达到99 / 00余人, …39万家；2 / 014年): digits end the
 * line, right after a Han character or a clause mark, and digits begin the next. Chinese text
 * breaks no word at a line's end.
 */
function cutNumber(line: string, next: string): boolean {
  if (!isDigit(next[0])) return false;
  let i = line.length;
  while (i > 0 && isDigit(line[i - 1])) i--;
  const before = line[i - 1] ?? "";
  return i < line.length && i > 0 && (isWide(line.charCodeAt(i - 1)) || CLAUSE_MARK.test(before));
}

/**
 * A web address the line's end cut (文章来源：http://example.org/tren / ds/2014/0317/1.shtml): the
 * line ends inside the address and the next opens with its characters, so no space goes between.
 */
const ADDRESS_END = /(?:https?:\/\/|www\.)[\w\-./%?=&#~:]*$/;
// The rest of the address: its characters up to a blank or the line's end, a slash or a dot among them.
const ADDRESS_GOES_ON = /^[\w\-%?=&#~]*[/.][\w\-./%?=&#~]*(?:$|\s)/;
const cutAddress = (line: string, next: string): boolean =>
  ADDRESS_END.test(line) &&
  ADDRESS_GOES_ON.test(next) &&
  !/^(?:19|20)\d{2}[-./]\d{1,2}[-./]\d{1,2}/.test(next);

/**
 * The lines of one paragraph as one text; a space goes between Latin letters or digits that meet,
 * except the two halves of a number or a web address cut by the line's end.
 */
function concatenate(lines: readonly SourceLine[]): Mapped {
  if (lines.length === 1 && lines[0]) return lines[0].text;
  const out = new MappedBuilder();
  let previous: Mapped | null = null;
  for (const { text } of lines) {
    if (
      previous &&
      isAsciiAlnum(out.last().charCodeAt(0)) &&
      isAsciiAlnum(text.text.charCodeAt(0)) &&
      !cutNumber(previous.text, text.text) &&
      !cutAddress(previous.text, text.text)
    ) {
      out.from(previous, previous.text.length - 1, " ");
    }
    out.slice(text);
    previous = text;
  }
  return out.build();
}

/** Paragraphs from non-blank lines; with `join` false every line is a paragraph (Word documents). */
export function joinLines(lines: readonly SourceLine[], options: JoinOptions, join = true): Paragraph[] {
  const groups: SourceLine[][] = [];
  const filled = lines.filter((line) => line.plain.trim() !== "");
  // The line before was a figure alone, set apart: the line after it goes on.
  let apart = false;
  filled.forEach((line, i) => {
    const group = groups.at(-1);
    const last = group?.at(-1);
    const setApart = !!group && figureSetApart(group, line, filled[i + 1], options);
    if (join && group && last && (apart || setApart || continues(last, line, options))) group.push(line);
    else groups.push([line]);
    apart = join && setApart && BARE_FIGURE.test(line.plain);
  });
  return groups.map((group) => ({ text: concatenate(group), heading: group[0]?.heading ?? false }));
}
