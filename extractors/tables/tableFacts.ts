// Facts from one table, whatever its form: the rows become one stream of cells; an indicator table
// (指标 | 单位 | 数量, rows under section rows) is read row by row, any other table (places or
// periods across, series down) cell by cell. A column of indicator codes (代码) is dropped first.

import type { SegmentedDocument, Sentence } from "../../schemas/document.js";
import type { Fact } from "../../schemas/fact.js";
import type { PlaceContext } from "../context/place.js";
import { cellStream } from "./cells.js";
import { withoutCodes } from "./codes.js";
import { indicatorFacts } from "./indicatorFacts.js";
import { isIndicatorTable } from "./indicatorRows.js";
import { tableFacts } from "./tables.js";

export function factsOfTable(
  doc: SegmentedDocument,
  rows: readonly Sentence[],
  place: PlaceContext,
  firstId: number,
): Fact[] {
  const wrapped = doc.raw.format === "pdf";
  const cells = withoutCodes(
    cellStream(
      rows.map((r) => ({ text: r.text, start: r.start })),
      wrapped,
    ),
  );
  return isIndicatorTable(cells)
    ? indicatorFacts(doc, rows, cells, place, firstId)
    : tableFacts(doc, rows, place, firstId);
}
