// The basic-situation paragraph of a reply, from the facts: for each series of the topic its latest
// figure with the as-of date and breakdown, the change since the figure before, and each figure's
// source (document number, page) as a footnote. Composing is pure; rendering is in draftMarkdown.ts
// and draftDocx.ts, loading in draftPoints.ts.

import type { Point } from "../schemas/point.js";
import { chineseDate, chineseNumber, figureText, measureWord, tidyTitle } from "./chineseText.js";
import { figureAt, series } from "./draftFigures.js";
import type { FigureSpec, Topic, TopicSpec } from "./draftTopics.js";

export interface Source {
  /** One source per document and page. */
  key: string;
  docNumber: string | null;
  title: string | null;
  issuer: string | null;
  issued: string | null;
  page: number | null;
  file: string;
}

export type Segment = { text: string } | { cite: Source };

export interface DraftFigure {
  metric: string;
  label: string;
  latest: Point;
  previous: Point | null;
}

export interface Draft {
  topic: Topic;
  region: string;
  title: string;
  asOf: string | null;
  /** Text and footnote references, in order. */
  paragraph: Segment[];
  /** Footnotes in the order they are first referred to. */
  sources: Source[];
  figures: DraftFigure[];
}

export function sourceOf(p: Point): Source {
  return {
    key: `${p.doc_number ?? p.doc_id}#${p.page ?? ""}`,
    docNumber: p.doc_number,
    title: p.title,
    issuer: p.issuer,
    issued: p.issued,
    page: p.page,
    file: p.file,
  };
}

/** The footnote: issuer《title》（number），date，page. */
export function sourceText(s: Source): string {
  const head = [
    s.issuer ?? "",
    s.title ? `《${tidyTitle(s.title)}》` : "",
    s.docNumber ? `（${s.docNumber}）` : s.title ? "" : s.file,
  ].join("");
  const tail = [s.issued ? chineseDate(s.issued) : "", s.page ? `第${s.page}页` : ""].filter(Boolean);
  return `${[head, ...tail].join("，")}。`;
}

const figure = (p: Point) => figureText(p.value, p.qualifier, measureWord(p.quantity_text, p.unit));

/** Dates the text gave, in the sentence or carried from its paragraph, a heading or the title. */
const STATED = new Set(["sentence", "paragraph", "heading", "title", "restated"]);

/** Whether the text stated the figure's date (an older database, which did not record it, is trusted). */
export const dateStated = (p: Point) => p.as_of_source === null || STATED.has(p.as_of_source);

/** A document as the prose names it: its number, else its title, else its file. */
const documentName = (p: Point) => p.doc_number ?? (p.title ? `《${tidyTitle(p.title)}》` : p.file);

/**
 * 截至2024年5月31日 for a stated day or month; 2022年 for a whole year; a date only the document's own
 * date gives is the document's: 据福民函〔2023〕32号（2023年8月1日）.
 */
const datePhrase = (p: Point) =>
  !dateStated(p)
    ? `据${documentName(p)}（${chineseDate(p.as_of)}）`
    : p.precision === "year"
      ? chineseDate(p.as_of)
      : `截至${chineseDate(p.as_of)}`;

/** The date a figure before is named by: 2022年6月30日, or 福民函〔2023〕32号（2023年8月1日）所载. */
const previousDate = (p: Point) =>
  dateStated(p) ? chineseDate(p.as_of) : `${documentName(p)}（${chineseDate(p.as_of)}）所载`;

/** Whether two figures count the same thing (统计口径): a figure whose counted noun is unknown is taken to. */
export const sameBasis = (a: Point, b: Point) => !a.counted || !b.counted || a.counted === b.counted;

/** A figure's words with its parts from the same date: 社会团体306家（含行业协会商会32家）. */
function clause(spec: FigureSpec, p: Point, points: readonly Point[]): Segment[] {
  const [before, after] = (spec.phrase ?? `${spec.label}{n}`).split("{n}") as [string, string?];
  const out: Segment[] = [{ text: `${before}${figure(p)}` }, { cite: sourceOf(p) }];
  if (after) out.push({ text: after });
  const parts = (spec.parts ?? [])
    .map((part) => ({ part, point: figureAt(points, part.metric, p.as_of) }))
    .filter((x): x is { part: FigureSpec; point: Point } => x.point !== undefined);
  if (parts.length) {
    const inner: Segment[] = [];
    parts.forEach(({ part, point }, i) => {
      if (i > 0) inner.push({ text: "、" });
      inner.push(...clause(part, point, points));
    });
    const style = spec.partsStyle ?? "paren";
    const [open, close] =
      style === "clause" ? ["，其中", ""] : style === "contains" ? ["（含", "）"] : ["（其中", "）"];
    out.push({ text: open }, ...inner, { text: close });
  }
  return out;
}

/**
 * ；较2022年6月30日的765家减少14家 — exact figures give the difference, others its direction. A figure
 * before that counts something else is shown beside it, not compared: ；2021年党支部145个（口径不同，不作比较）.
 */
function change(f: DraftFigure, labelled: boolean): Segment[] {
  const { latest, previous } = f;
  if (!previous) return [];
  if (!sameBasis(latest, previous)) {
    const when = dateStated(previous) ? chineseDate(previous.as_of) : previousDate(previous);
    return [
      { text: `；${when}${previous.counted}${figure(previous)}` },
      { cite: sourceOf(previous) },
      { text: "（口径不同，不作比较）" },
    ];
  }
  const measure = measureWord(latest.quantity_text, latest.unit);
  const diff = latest.value - previous.value;
  const exact = latest.qualifier === "exact" && previous.qualifier === "exact";
  const how =
    diff === 0 && exact
      ? "持平"
      : exact
        ? `${diff > 0 ? "增加" : "减少"}${chineseNumber(Math.abs(diff))}${measure}`
        : diff > 0
          ? "有所增加"
          : diff < 0
            ? "有所减少"
            : "大致持平";
  const lead = `；${labelled ? f.label : ""}${diff === 0 && exact ? "与" : "较"}${previousDate(previous)}的${figure(previous)}`;
  return [{ text: lead }, { cite: sourceOf(previous) }, { text: how }];
}

/**
 * Leaves one footnote reference where several for the same source follow each other within a
 * clause: 751家，其中社会团体306家（含行业协会商会32家）、民办非企业单位445家[1].
 */
export function mergeCitations(segments: readonly Segment[]): Segment[] {
  const out: Segment[] = [];
  segments.forEach((s, i) => {
    if ("cite" in s) {
      for (const next of segments.slice(i + 1)) {
        if ("text" in next && /[；。]/.test(next.text)) break;
        if ("cite" in next && next.cite.key === s.cite.key) return;
        if ("cite" in next) break;
      }
    }
    const last = out[out.length - 1];
    if ("text" in s && last && "text" in last) last.text += s.text;
    else out.push("text" in s ? { text: s.text } : s);
  });
  return out;
}

export function composeDraft(
  points: readonly Point[],
  spec: TopicSpec,
  region: string,
  asOf: string | null = null,
): Draft {
  const figures: DraftFigure[] = [];
  for (const f of spec.figures) {
    const s = series(points, f.metric, asOf);
    const latest = s[s.length - 1];
    if (latest) figures.push({ metric: f.metric, label: f.label, latest, previous: s[s.length - 2] ?? null });
  }
  // Figures of the same date share a sentence, in the order of the topic's figures; a date only the
  // document gives is that document's.
  const when = (p: Point) => (dateStated(p) ? p.as_of : `${p.as_of}|${documentName(p)}`);
  const dates = [...new Set(figures.map((f) => when(f.latest)))];
  const segments: Segment[] = [];
  for (const date of dates) {
    const group = figures.filter((f) => when(f.latest) === date);
    const first = group[0] as DraftFigure;
    const specOf = (f: DraftFigure) => spec.figures.find((s) => s.metric === f.metric) as FigureSpec;
    segments.push({ text: `${datePhrase(first.latest)}，${region}${specOf(first).phrase ? "" : "共有"}` });
    // A clause with a breakdown of its own (，其中…) is set off with ；, plain ones are listed with 、.
    const clauses = group.map((f) => clause(specOf(f), f.latest, points));
    const long = (c: Segment[]) => c.some((s) => "text" in s && s.text.includes("，"));
    clauses.forEach((c, i) => {
      const before = clauses[i - 1];
      if (before) segments.push({ text: long(before) || long(c) ? "；" : "、" });
      segments.push(...c);
    });
    for (const f of group) segments.push(...change(f, group.length > 1));
    segments.push({ text: "。" });
  }
  const paragraph = mergeCitations(segments);
  const sources: Source[] = [];
  for (const s of paragraph) {
    if ("cite" in s && !sources.some((x) => x.key === s.cite.key)) sources.push(s.cite);
  }
  return { topic: spec.topic, region, title: `${region}${spec.title}`, asOf, paragraph, sources, figures };
}

/**
 * Several topics' drafts as one: a paragraph each (separated by a blank line in the text), one title
 * (福田区社会组织、社会工作基本情况) and one run of footnotes.
 */
export function combineDrafts(drafts: readonly Draft[]): Draft {
  const [first] = drafts;
  if (!first || drafts.length === 1) return first as Draft;
  const paragraph: Segment[] = [];
  drafts.forEach((d, i) => {
    if (i > 0) paragraph.push({ text: "\n\n" });
    paragraph.push(...d.paragraph);
  });
  const merged = mergeCitations(paragraph);
  const sources: Source[] = [];
  for (const s of merged) {
    if ("cite" in s && !sources.some((x) => x.key === s.cite.key)) sources.push(s.cite);
  }
  const subjects = drafts.map((d) => d.title.slice(d.region.length).replace(/基本情况$/, ""));
  return {
    ...first,
    title: `${first.region}${subjects.join("、")}基本情况`,
    paragraph: merged,
    sources,
    figures: drafts.flatMap((d) => d.figures),
  };
}
