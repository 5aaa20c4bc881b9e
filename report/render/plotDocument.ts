// The DOM Observable Plot draws into: one jsdom document, made on first use.

import { createRequire } from "node:module";

// jsdom ships no types; this is the one constructor used.
type JsdomConstructor = new (html: string) => { window: { document: Document } };
let document: Document | null = null;

export function plotDocument(): Document {
  if (!document) {
    const { JSDOM } = createRequire(import.meta.url)("jsdom") as { JSDOM: JsdomConstructor };
    document = new JSDOM("<!DOCTYPE html><html><body></body></html>").window.document;
  }
  return document;
}
