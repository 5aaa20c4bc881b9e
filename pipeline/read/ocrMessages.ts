// What the main thread and the OCR worker say to each other.

/** OCR these pages (numbered from 1) of this PDF, rendered at `dpi`. */
export interface OcrRequest {
  id: number;
  pdf: Uint8Array;
  pages: number[];
  dpi: number;
}

export type OcrReply =
  | { id: number; kind: "page"; page: number; text: string; ms: number }
  | { id: number; kind: "done" }
  | { id: number; kind: "error"; message: string };
