import { relative, resolve } from "node:path";
import { writeFileAtomic } from "../../pipeline/run/files.js";
import { periodEnd } from "../../research/chineseText.js";
import { composeDraft } from "../../research/draft.js";
import { draftDocx } from "../../research/draftDocx.js";
import { draftMarkdown } from "../../research/draftMarkdown.js";
import { TOPIC_SPECS, TOPICS, topicMetrics } from "../../research/draftTopics.js";
import { CivstatError } from "../../schemas/basics/errors.js";
import { withDatabase } from "../../store/database.js";
import { loadPoints, regionsWith } from "../../store/points.js";
import { type Command, choice } from "../command.js";
import { dbOption, waitOption } from "../options.js";

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
    topic: { type: "string", value: "TOPIC", description: `what about: ${TOPICS.join(", ")} (required)` },
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
  civstat draft --region 福田区 --topic social_org --out 基本情况.docx`,
  async run({ values }, io) {
    const topic = choice(values.topic, TOPICS, "topic");
    if (typeof values.region !== "string" || values.region.trim() === "") {
      throw new CivstatError("E_BAD_USAGE", "give --region NAME (福田区)");
    }
    const region = values.region.trim();
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
    const spec = TOPIC_SPECS[topic];
    const metrics = topicMetrics(spec);
    const { points, regions } = await withDatabase(
      String(values.db),
      { readOnly: true, wait: values.wait === true },
      async ({ connection }) => {
        const points = await loadPoints(connection, region, metrics);
        return { points, regions: await regionsWith(connection, metrics) };
      },
    );
    const result = composeDraft(points, spec, region, asOf);
    if (result.figures.length === 0) {
      const known = regions.length ? `; regions with ${topic} figures: ${regions.join(", ")}` : "";
      const when = asOf ? ` up to ${asOf}` : "";
      throw new CivstatError("E_NOT_FOUND", `no ${topic} figures for ${region}${when}${known}`);
    }
    if (format === "docx" && out) {
      writeFileAtomic(out, await draftDocx(result));
    } else if (out) {
      writeFileAtomic(out, draftMarkdown(result));
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
