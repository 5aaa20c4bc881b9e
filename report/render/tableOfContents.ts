// A table of contents for a long report: every h2 and h3 of the body gets an id, and the contents
// list links to them, h3 nested under its h2. Short reports (fewer than `least` headings) get none.

export interface Contents {
  html: string;
  toc: string;
}

const HEADING = /<h([23])( [^>]*)?>([\s\S]*?)<\/h\1>/g;

export function tableOfContents(body: string, least = 4): Contents {
  const entries: { level: number; id: string; inner: string }[] = [];
  const html = body.replace(
    HEADING,
    (whole, level: string, attributes: string | undefined, inner: string) => {
      if (attributes?.includes(" id=")) return whole;
      const id = `sec-${entries.length + 1}`;
      entries.push({ level: Number(level), id, inner });
      return `<h${level} id="${id}"${attributes ?? ""}>${inner}</h${level}>`;
    },
  );
  if (entries.length < least) return { html: body, toc: "" };
  const items: string[] = [];
  let open = false;
  for (const e of entries) {
    const link = `<a href="#${e.id}">${e.inner.replace(/<[^>]*>/g, "")}</a>`;
    if (e.level === 2) {
      if (open) items.push("</ol></li>");
      items.push(`<li>${link}<ol>`);
      open = true;
    } else items.push(`<li>${link}</li>`);
  }
  if (open) items.push("</ol></li>");
  const list = items.join("").replace(/<ol><\/ol>/g, "");
  return { html, toc: `<nav class="toc" aria-label="目录"><h2>目录</h2><ol>${list}</ol></nav>` };
}
