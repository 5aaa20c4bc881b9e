// The draft as a Word document laid out as official documents are (GB/T 9704-2012): A4 with margins
// of 37/35/28/26 mm, the title centred in 小标宋 二号, the body in 仿宋_GB2312 三号 at a fixed 28.95 pt
// line with a two-character first-line indent, footnotes in 仿宋 五号, page numbers "— 1 —" below.
// Fonts are named, not embedded: Word finds them on the reader's machine or substitutes a like one.

import {
  AlignmentType,
  Document,
  Footer,
  FootnoteReferenceRun,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  TextRun,
} from "docx";
import { DOCX_CREATOR } from "../schemas/outputMarks.js";
import { type Draft, sourceText } from "./draft.js";

export const FONTS = {
  title: "方正小标宋简体",
  body: "仿宋_GB2312",
  latin: "Times New Roman",
} as const;

const font = (eastAsia: string) => ({ ascii: FONTS.latin, hAnsi: FONTS.latin, eastAsia, cs: FONTS.latin });

/** Sizes in half-points: 二号 22 pt, 三号 16 pt, 四号 14 pt, 五号 10.5 pt. */
const SIZE = { title: 44, body: 32, pageNumber: 28, footnote: 21 } as const;

export function draftDocument(draft: Draft): Document {
  // A blank line in the text starts a new paragraph (one per topic).
  const paragraphs: Array<Array<TextRun | FootnoteReferenceRun>> = [[]];
  for (const s of draft.paragraph) {
    if ("cite" in s) {
      paragraphs[paragraphs.length - 1]?.push(
        new FootnoteReferenceRun({
          children: [
            new Paragraph({ style: "FootnoteText", children: [new TextRun({ text: sourceText(s.cite) })] }),
          ],
        }),
      );
      continue;
    }
    s.text.split("\n\n").forEach((part, i) => {
      if (i > 0) paragraphs.push([]);
      if (part) paragraphs[paragraphs.length - 1]?.push(new TextRun({ text: part }));
    });
  }
  return new Document({
    title: draft.title,
    creator: DOCX_CREATOR,
    description: `civstat draft --region ${draft.region} --topic ${draft.topic}`,
    styles: {
      default: {
        document: {
          run: { font: font(FONTS.body), size: SIZE.body },
          paragraph: { spacing: { line: 579, lineRule: LineRuleType.EXACT } },
        },
        footnoteText: {
          run: { font: font(FONTS.body), size: SIZE.footnote },
          paragraph: { spacing: { line: 300, lineRule: LineRuleType.AT_LEAST } },
        },
      },
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: "210mm", height: "297mm" },
            margin: { top: "37mm", bottom: "35mm", left: "28mm", right: "26mm" },
          },
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [
                  new TextRun({
                    children: ["— ", PageNumber.CURRENT, " —"],
                    font: font("宋体"),
                    size: SIZE.pageNumber,
                  }),
                ],
              }),
            ],
          }),
        },
        children: [
          new Paragraph({
            alignment: AlignmentType.CENTER,
            spacing: { after: 579 },
            children: [new TextRun({ text: draft.title, font: font(FONTS.title), size: SIZE.title })],
          }),
          ...paragraphs.map(
            (children) =>
              new Paragraph({ alignment: AlignmentType.JUSTIFIED, indent: { firstLine: 2 * 320 }, children }),
          ),
        ],
      },
    ],
  });
}

/** The .docx file's bytes. */
export async function draftDocx(draft: Draft): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toBuffer(draftDocument(draft)));
}
