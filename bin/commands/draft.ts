import { relative, resolve } from "node:path";
import { writeFileAtomic } from "../../pipeline/run/files.js";
import { periodEnd } from "../../research/chineseText.js";
import { combineDrafts, composeDraft } from "../../research/draft.js";
import { draftDocx } from "../../research/draftDocx.js";
import { draftMarkdown } from "../../research/draftMarkdown.js";
import { TOPIC_SPECS, TOPICS, topicMetrics } from "../../research/draftTopics.js";
import { CivstatError } from "../../schemas/basics/errors.js";
import { markdownMark } from "../../schemas/outputMarks.js";
import { withDatabase } from "../../store/database.js";
import { loadPoints, regionsWith } from "../../store/points.js";
import { type Command, choice } from "../command.js";
import { dbOption, waitOption } from "../options.js";
import { didYouMean } from "../suggest.js";

/**
 * The region a user means, as written: 福田区 itself, or the one region whose name holds what was
 * written (福田 → 福田区). Several, or none: an error listing the close ones.
 */
export function regionAsWritten(written: string, regions: readonly string[]): string {
  if (regions.includes(written)) return written;
  const holding = regions.filter((r) => r.includes(written));
  if (holding.length === 1) return holding[0] as string;
  if (holding.length > 1) {
    throw new CivstatError(
      "E_NOT_FOUND",
      `region ${written} is more than one: ${holding.join(", ")}; give one`,
    );
  }
  const near = didYouMean(written, regions);
  if (near) throw new CivstatError("E_NOT_FOUND", `no figures for region ${written}${near}`);
  return written;
}

const FORMATS = ["md", "docx"] as const;

export const draft: Command = {
  name: "draft",
  summary:
    "Write the basic-situation paragraph of a reply from the facts, each figure footnoted with its source.",
  positionals: [],
  options: {
    db: dbOption,
    wait: waitOption,
    region: { type: "string", value: "NAME", description: "the place the figures count: 福田区 (required)" },
    topic: {
      type: "string",
      multiple: true,
      value: "TOPIC",
      description: `what about: ${TOPICS.join(", ")}; repeat for several (required)`,
    },
    "as-of": {
      type: "string",
      value: "DATE",
      description: "use figures up to this date: 2023-12-31, 2023-06, 2023 or 2023年6月底",
    },
    format: {
      type: "string",
      value: "FORMAT",
      description: `output: ${FORMATS.join(", ")} (default: docx when --out ends in .docx, else md)`,
    },
    out: { type: "string", value: "FILE", description: "write to a file (required for docx)" },
  },
  details: `For each series of the topic: the latest figure with its as-of date and its breakdown, and the
change since the figure before it. Figures of the same date share a sentence. When a figure for a
whole year and one for a date in that year both exist, the dated one counts (765 on 2022-06-30, not
766 for 2022). Each figure is footnoted with its document, number, date and page; figures from the
same page share a footnote placed after the last of them.

Examples:
  civstat draft --region 福田区 --topic social_org
  civstat draft --region 福田区 --topic social_work --as-of 2023-12-31
  civstat draft --region 福田区 --topic social_org --out 基本情况.docx
  civstat draft --region 福田 --topic social_org --topic social_work

A region is matched as written: 福田 finds 福田区 when it is the only region holding it. Several
--topic give one paragraph each under one title, with one run of footnotes.`,
  async run({ values }, io) {
    const asked = (values.topic as string[] | undefined) ?? [];
    if (asked.length === 0) {
      const list = TOPICS.map((t) => `${t} (${TOPIC_SPECS[t].title})`).join(", ");
      throw new CivstatError("E_BAD_USAGE", `give --topic, one or more of: ${list}`);
    }
    const topics = [...new Set(asked.map((t) => choice(t, TOPICS, "topic")))];
    if (typeof values.region !== "string" || values.region.trim() === "") {
      throw new CivstatError("E_BAD_USAGE", "give --region NAME (福田区)");
    }
    const written = values.region.trim();
    const out = typeof values.out === "string" ? resolve(io.cwd, values.out) : null;
    const format = choice(values.format ?? (out?.endsWith(".docx") ? "docx" : "md"), FORMATS, "format");
    if (format === "docx" && !out)
      throw new CivstatError("E_BAD_USAGE", "--format docx writes a file: give --out FILE");
    let asOf: string | null = null;
    if (typeof values["as-of"] === "string") {
      asOf = periodEnd(values["as-of"]);
      if (!asOf)
        throw new CivstatError("E_BAD_USAGE", `--as-of must be a date (2023-12-31); got ${values["as-of"]}`);
    }
    const specs = topics.map((t) => TOPIC_SPECS[t]);
    const metrics = [...new Set(specs.flatMap(topicMetrics))];
    const { points, region, regions } = await withDatabase(
      String(values.db),
      { readOnly: true, wait: values.wait === true },
      async ({ connection }) => {
        const regions = await regionsWith(connection, metrics);
        const region = regionAsWritten(written, regions);
        return { points: await loadPoints(connection, region, metrics), region, regions };
      },
    );
    const drafts = specs
      .map((spec) => composeDraft(points, spec, region, asOf))
      .filter((d) => d.figures.length);
    if (drafts.length === 0) {
      const known = regions.length
        ? `; regions with ${topics.join(", ")} figures: ${regions.join(", ")}`
        : "";
      const when = asOf ? ` up to ${asOf}` : "";
      throw new CivstatError("E_NOT_FOUND", `no ${topics.join(", ")} figures for ${region}${when}${known}`);
    }
    const result = combineDrafts(drafts);
    if (format === "docx" && out) {
      writeFileAtomic(out, await draftDocx(result));
    } else if (out) {
      // Marked as civstat's own (a comment no Markdown viewer shows), so that ingest passes over it.
      const what = `--region ${result.region} ${topics.map((t) => `--topic ${t}`).join(" ")}`;
      writeFileAtomic(out, `${markdownMark(what)}\n${draftMarkdown(result)}`);
    } else {
      io.stdout.write(draftMarkdown(result));
      return 0;
    }
    io.stderr.write(
      `civstat draft: wrote ${relative(io.cwd, out)} (${result.figures.length} series, ${result.sources.length} sources)\n`,
    );
    return 0;
  },
};
