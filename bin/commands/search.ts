import {
  codePointSpans,
  type Marks,
  mark,
  PLAIN_MARKS,
  snippet,
  TERMINAL_MARKS,
} from "../../research/highlight.js";
import { type SearchHit, search } from "../../research/search.js";
import { withDatabase } from "../../store/database.js";
import { type Command, choice, type Io, integer } from "../command.js";
import { dbOption, formatOption, waitOption } from "../options.js";

const FORMATS = ["text", "jsonl"] as const;

/** Colour when writing to a terminal, unless NO_COLOR is set; FORCE_COLOR turns it on anyway. */
export function marksFor(io: Io): Marks {
  if (io.env.FORCE_COLOR && io.env.FORCE_COLOR !== "0") return TERMINAL_MARKS;
  if (io.env.NO_COLOR) return PLAIN_MARKS;
  return io.stdout.isTTY ? TERMINAL_MARKS : PLAIN_MARKS;
}

function source(hit: SearchHit): string {
  const parts = [
    hit.doc_number ?? hit.file,
    hit.issued ?? "undated",
    hit.page === null ? `(${hit.format})` : `第${hit.page}页`,
  ];
  return parts.join("  ");
}

export function hitText(hit: SearchHit, marks: Marks, width = 160): string {
  const cut = snippet(hit.text, hit.spans, width);
  const rank = String(hit.rank).padStart(2);
  const title = hit.title ? `  ${hit.title}` : "";
  const header = `${rank}. ${source(hit)}  score ${hit.score.toFixed(2)}${title}`;
  return `${header}\n    ${mark(cut.text, cut.spans, marks)}\n`;
}

export function hitJson(hit: SearchHit): string {
  return `${JSON.stringify({
    rank: hit.rank,
    score: Math.round(hit.score * 1e4) / 1e4,
    doc_number: hit.doc_number,
    issued: hit.issued,
    page: hit.page,
    kind: hit.kind,
    issuer: hit.issuer,
    title: hit.title,
    file: hit.file,
    format: hit.format,
    doc_id: hit.doc_id,
    sentence_id: hit.sentence_id,
    text: hit.text,
    highlights: codePointSpans(hit.text, hit.spans),
    marked: mark(hit.text, hit.spans, PLAIN_MARKS),
  })}\n`;
}

export const searchCommand: Command = {
  name: "search",
  summary: "Find the sentences about a subject, ranked by BM25, with document number, date and page.",
  positionals: [
    { name: "words", description: "what to look for: 社工, 等级评估, 党群服务中心", required: true },
  ],
  options: {
    db: dbOption,
    wait: waitOption,
    year: { type: "string", value: "YYYY", description: "only documents issued in this year" },
    kind: {
      type: "string",
      value: "KIND",
      description: "only this kind: npc_suggestion_reply, cppcc_proposal_reply, policy …",
    },
    issuer: { type: "string", value: "NAME", description: "only issuers whose name contains this: 福田区" },
    limit: { type: "string", value: "N", description: "how many sentences", default: "10" },
    format: formatOption(FORMATS, "text"),
  },
  details: `Words are matched as the index holds them: jieba words (社会组织, 民办非企业单位 are kept
whole), every pair of adjacent characters (so 社工 and 党建 find their passages) and single
characters. A document ingested in several formats appears once, from its PDF where there is one.
Matches are shown in bold red on a terminal and between ** otherwise (NO_COLOR, FORCE_COLOR).

Examples:
  civstat search 社工
  civstat search 等级评估 --year 2024
  civstat search 党建 --issuer 福田区 --limit 5
  civstat search 双百工程 --format jsonl | jq .marked`,
  async run({ values, positionals }, io) {
    const format = choice(values.format, FORMATS, "format");
    const limit = integer(values.limit, "limit") ?? 10;
    const year = integer(values.year, "year", 1900);
    const query = positionals.join(" ");
    const result = await withDatabase(
      String(values.db),
      { readOnly: true, wait: values.wait === true },
      ({ connection }) =>
        search(connection, query, {
          limit,
          filters: {
            ...(year !== undefined ? { year } : {}),
            ...(typeof values.kind === "string" ? { kind: values.kind } : {}),
            ...(typeof values.issuer === "string" ? { issuer: values.issuer } : {}),
          },
        }),
    );
    if (result.unindexed > 0) {
      io.stderr.write(
        `civstat search: ${result.unindexed} sentences are not indexed yet (ingested by an older civstat): run civstat ingest again on their files\n`,
      );
    }
    if (format === "jsonl") {
      io.stdout.write(result.hits.map(hitJson).join(""));
      return 0;
    }
    if (result.hits.length === 0) {
      io.stdout.write(`no sentences match ${query}\n`);
      return 0;
    }
    const marks = marksFor(io);
    const columns = (io.stdout as { columns?: number }).columns;
    // Fit the sentence on about two terminal lines; CJK characters take two columns.
    const width = columns ? Math.max(40, columns - 4) : 160;
    io.stdout.write(result.hits.map((hit) => hitText(hit, marks, width)).join("\n"));
    return 0;
  },
};
