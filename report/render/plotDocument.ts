// The DOM Observable Plot draws into: one linkedom document, made on first use. linkedom is a
// light DOM (tens of milliseconds to load, where jsdom took seconds) and Plot's SVG from it is the
// same, attribute for attribute, as from jsdom.

import { parseHTML } from "linkedom";

let document: Document | null = null;

export function plotDocument(): Document {
  if (!document)
    document = parseHTML("<!DOCTYPE html><html><body></body></html>").document as unknown as Document;
  return document;
}
