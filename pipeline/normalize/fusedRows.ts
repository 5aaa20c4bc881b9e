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
