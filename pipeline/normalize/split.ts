// Split elements that a layout put on one line but that are lines of their own in a letter: the date
// of the signature and the contact note after it (2024年6月7日（联系人：…）), and a document number
// set right after the contact note (…联系电话：83506952）福民函〔2023〕32号).

import { sliceMapped } from "../../schemas/basics/mapped.js";
import type { Paragraph } from "./join.js";

const DATE_THEN_NOTE =
  /^(?:\d{4}|[〇零一二三四五六七八九十]{4})年[\d〇零一二三四五六七八九十]{1,2}月[\d〇零一二三四五六七八九十]{1,3}日(?=[（(](?:联系人|联系电话|此件))/;
const TRAILING_DOC_NUMBER = /(?<=[（(]联系[^（）()]*[）)])[\u4e00-\u9fff]{1,12}〔\d{4}〕\d{1,5}号$/;

/** Where to cut `text` into lines of their own (indices, increasing), if anywhere. */
function cuts(text: string): number[] {
  const at: number[] = [];
  const date = DATE_THEN_NOTE.exec(text);
  if (date) at.push(date[0].length);
  const number = TRAILING_DOC_NUMBER.exec(text);
  if (number && number.index > (at[0] ?? 0)) at.push(number.index);
  return at;
}

export function splitLetterParts(paragraphs: readonly Paragraph[]): Paragraph[] {
  return paragraphs.flatMap((paragraph) => {
    const at = cuts(paragraph.text.text);
    if (at.length === 0) return [paragraph];
    const bounds = [0, ...at, paragraph.text.text.length];
    return bounds
      .slice(1)
      .map((end, i) => ({ text: sliceMapped(paragraph.text, bounds[i], end), heading: paragraph.heading }));
  });
}
