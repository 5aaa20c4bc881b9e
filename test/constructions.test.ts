// Constructions seen in published replies, news and summaries, in sentences written for these tests.
import { describe, expect, it } from "vitest";
import { explainFact } from "../extractors/explain.js";
import { fixSpacing } from "../pipeline/normalize/spacing.js";
import { textDocument } from "../pipeline/read/textDocument.js";
import { processDocument } from "../pipeline/run/process.js";
import { MappedBuilder } from "../schemas/basics/mapped.js";

const facts = (text: string) => processDocument(textDocument(text)).facts.filter((f) => f.metric !== "other");
const shown = (text: string) => facts(text).map((f) => `${f.metric}=${f.value}@${f.asOf}`);

describe("constructions of real documents", () => {
  it("dates both ends of a change between two years", () => {
    expect(shown("2010年到2020年，全省社会组织数量由5120个增长到9876个，增长率为92.9%。")).toEqual([
      "social_org.total=5120@2010",
      "social_org.total=9876@2020",
    ]);
  });

  it("keeps the figure a change arrives at, written with 由 or 从", () => {
    expect(
      shown("发布时间：2021-05-06\n其中，持证社会工作者人数由512人增长到1380人，增长率达到170%。"),
    ).toEqual(["social_work.certified_workers=1380@2021-05-06"]);
    expect(shown("发布时间：2021-05-06\n五年来，全省社会工作服务机构总量从31个增长到207个。")).toEqual([
      "social_work.service_orgs=207@2021-05-06",
    ]);
  });

  it("does not count bodies it has just named as the series", () => {
    expect(
      shown(
        "2023年3月1日\n新登记的有某某区阳光社会工作服务中心和某某区晨曦心理咨询服务中心2家民办非企业单位。",
      ),
    ).toEqual([]);
  });

  it("reads the list a figure was put on when the organisations go unsaid", () => {
    expect(shown("2021年，全省共列入“活动异常名录”1204家，列入“严重违法失信名单”97家。")).toEqual([
      "social_org.abnormal_listed=1204@2021",
      "social_org.abnormal_listed=97@2021",
    ]);
  });

  it("counts projects named only 项目 in a sentence about buying social-work services", () => {
    expect(
      shown("时间：2016-04-02\n我市首次实施政府购买社会工作服务，某某中心助老服务等23个项目予以立项。"),
    ).toEqual(["social_work.purchased_projects=23@2016-04-02"]);
  });

  it("leaves people trained or sent out of the stock of professionals", () => {
    expect(shown("2022年12月1日\n累计选派41名社会工作人才前往山区，为当地培养社会工作人才18名。")).toEqual(
      [],
    );
  });

  it("does not cut prose run together with spaces into table cells", () => {
    const builder = new MappedBuilder();
    const prose = `标题2022-01-10 11:22:02     来源:某网  阅读量:100日前,${"全省注册志愿者持续增长,服务队伍不断壮大,".repeat(12)}`;
    builder.push(prose, 0, 0);
    expect(fixSpacing(builder.build()).text.text).not.toContain("\t");
  });

  it("gives each figure of 分别 the noun in its place of the list, unless the words only qualify one noun", () => {
    expect(shown("截至2020年上半年，全区镇、乡、街道分别为21个、7个、9个。")).toEqual([
      "community.streets=9@2020-06-30",
    ]);
    expect(shown("2021年，街道和社区党组织分别为12个、85个。")).toEqual([]);
  });

  it("explains how a figure became a fact", () => {
    const [fact] = facts("2019年12月31日\n截至去年底，全市已拥有社工机构147家。");
    expect(fact).toBeDefined();
    if (!fact) return;
    const e = explainFact(fact);
    expect(e.metric).toBe("social_work.service_orgs");
    expect(e.head).toBe("社工机构");
    expect(e.asOf).toBe("2018-12-31");
    expect(e.dateFrom).toContain("stated in the sentence");
    expect(e.modifiers.map((m) => m.verdict)).not.toContain("changes");
  });
});
