import { describe, expect, it } from "vitest";
import { meaningOf } from "../extractors/meaning/meaning.js";
import { METRICS } from "../schemas/catalogue.js";
import { HEADS, LEXICON_KEYS } from "../schemas/lexicon.js";

describe("meaning by head noun", () => {
  it.each([
    // neutral modifiers: places, scopes, registration, relative clauses
    ["全县经民政部门依法登记的社会组织", "social_org.total"],
    ["我区共有正式登记注册社会组织", "social_org.total"],
    ["登记在册的各类社会组织", "social_org.total"],
    ["市本级共有法人社会组织", "social_org.total"],
    ["全县共依法登记法人资格社会组织", "social_org.total"],
    ["本区具有法人资格的社会组织", "social_org.total"],
    ["全县已建立社区党群服务中心", "community.party_service_centers"],
    ["配备专职社工", "social_work.workers"],
    ["湖州实名注册志愿者", "social_work.volunteers"],
    ["本县在平台上注册的志愿者", "social_work.volunteers"],
    ["在本市开展服务的社工机构", "social_work.service_orgs"],
    ["专职社工", "social_work.workers"],
    ["全区社工机构在岗社会工作者", "social_work.workers"],
    ["社会工作专业人才数量", "social_work.professionals"],
    ["社工人才总量", "social_work.professionals"],
    ["非公募基金会", "social_org.foundations"],
    ["是民办非企业单位", "social_org.private_non_enterprise"],
    ["全市共设街道办事处", "community.streets"],
    ["城乡社区", "community.communities"],
    ["城市和城镇社区居委会", "community.communities"],
    ["全区共设置社区", "community.communities"],
    ["全县已建成社区党群服务中心", "community.party_service_centers"],
    ["镇（街道）社工站", "social_work.stations"],
    ["镇(街道)社工站", "social_work.stations"],
    ["城市社区(居委会)", "community.communities"],
    ["党群服务中心(站)", "community.party_service_centers"],
    // built in every place: still all of them; a town or sub-district named first is a place, not a kind
    // of place (乡镇, 小镇: those of one level).
    ["全覆盖建设镇街社区党群服务中心（站）", "community.party_service_centers"],
    ["青石镇共有社会组织", "social_org.total"],
    ["东湖街道现有社会团体", "social_org.social_groups"],
    ["全市乡镇社会组织", "other"],
    ["特色小镇社会组织", "other"],
    ["社会团体(合计)", "social_org.social_groups"],
    ["在全国志愿服务信息系统中实名注册志愿者", "social_work.volunteers"],
    ["中国实名注册志愿者总人数", "social_work.volunteers"],
    ["该市持证社工", "social_work.certified_workers"],
    ["全市社工持证人数", "social_work.certified_workers"],
    ["我局共登记社会组织", "social_org.total"],
    ["本厅登记的基金会", "social_org.foundations"],
    ["社会工作者持证数", "social_work.certified_workers"],
    ["市、区两级财政购买社会工作服务项目", "social_work.purchased_projects"],
    // registered, all told, said after the noun
    ["全县社会组织共登记", "social_org.total"],
    ["全区社会团体登记在册", "social_org.social_groups"],
    ["全市志愿者累计注册", "social_work.volunteers"],
    // narrowing modifiers turn the head into another series
    ["持证社会工作者人数", "social_work.certified_workers"],
    ["国家职业资格社工", "social_work.certified_workers"],
    ["项目社工", "social_work.project_workers"],
    ["AAAA级社会组织", "social_org.rating_4a"],
    ["社会工作师和助理社会工作师", "social_work.certified_workers"],
    ["通过职业水平考试获得职业资格证书的社工", "social_work.certified_workers"],
    ["获得助理社会工作师证书的专职社工", "social_work.certified_workers"],
    ["社会工作专业人才队伍", "social_work.professionals"],
    ["全市社会工作专业人才资源", "social_work.professionals"],
    ["持有助理和中级社会工作师证书的人员", "social_work.certified_workers"],
    ["我县持有社会工作职业证书人数", "social_work.certified_workers"],
    ["全区持有社工证书的人员", "social_work.certified_workers"],
    // 持证 before the talent of the field (not 持证社会工作者专业人才, a heading that runs two series together)
    ["全市持证社会工作人才", "social_work.certified_workers"],
    ["全县持证社工人才", "social_work.certified_workers"],
    ["取得执业资格认证的社会工作者", "social_work.certified_workers"],
    ["全省持证社会工作者专业人才", null],
    ["持助理社会工作师证书的专职社工", "social_work.certified_workers"],
    ["全县累计培育持证社工", "social_work.certified_workers"],
    ["累计培养社会工作专业人才", "social_work.professionals"],
    // 培育, 培养 alone: those trained so far; 新培育 is a batch.
    ["全市培育持证社工", "social_work.certified_workers"],
    ["全省已培养社会工作专业人才", "social_work.professionals"],
    ["新培育持证社工", "other"],
    ["帮助山区培养持证社工", "other"],
    ["为当地培养社会工作人才", "other"],
    ["支持考证的社工", "social_work.workers"],
    ["东部沿海地区中江苏省社会团体", "social_org.social_groups"],
    // meaning-changing modifiers
    ["备案的社区社会组织", "other"],
    ["社区发展基金会", "other"],
    ["驻外地基金会", "other"],
    ["4A5A级社会组织", "other"],
    ["3A级以上社会组织", "other"],
    ["新增4A级社会组织", "other"],
    ["申报参评的社会组织", "other"],
    ["实际参加年度工作报告的社会团体", "other"],
    ["文化类社会组织", "other"],
    ["社工行业协会", "other"],
    ["品牌社会工作服务机构", "other"],
    ["社会组织党群服务中心", "other"],
    ["新登记社会团体", "other"],
    // Grading words said with a grade say no more than that the grade is held.
    ["全市有效期内的5A级社会组织", "social_org.rating_5a"],
    ["评估等级为4A级的社会组织", "social_org.rating_4a"],
    // The verb that gave the grade says the same: those so graded hold it.
    ["累计评选出5A级社会组织", "social_org.rating_5a"],
    ["全县已评定出3A级社会组织", "social_org.rating_3a"],
    ["复评为5A级的社会组织", "other"],
    // 全省性, 全市性: the organisations of that level, like 省级, 市属.
    ["全省性社会组织", "social_org.total"],
    ["全市性社会团体", "social_org.social_groups"],
    // Those meeting a condition are some of them.
    ["符合条件的社会组织", "other"],
    ["符合申报条件的社会团体", "other"],
    ["当年培育持证社工", "other"],
    // Volunteers of one event are not all those registered.
    ["服务全运会的志愿者", "other"],
    ["为博览会提供服务的志愿者", "other"],
    ["在志愿服务平台注册的志愿者", "social_work.volunteers"],
    // The body that keeps the register says whose it is; a part of those it keeps is still a part.
    ["市义工联现有注册义工", "social_work.volunteers"],
    ["团县委注册青年志愿者", "social_work.volunteers"],
    ["区志愿者协会党员志愿者", "other"],
    ["未注册的志愿者", "other"],
    ["非注册志愿者", "other"],
    // 社会工作者总量 is the profession's whole stock (人才总量); 总数 and 人数 stay a count of workers.
    ["全省社会工作者总量", "social_work.professionals"],
    ["全省社会工作者总数", "social_work.workers"],
    ["持证社会工作者总量", "social_work.certified_workers"],
    // 社团组织: the older name of 社会团体; 还有, 另有 list one more kind beside the others.
    ["社团组织", "social_org.social_groups"],
    ["全县登记的社团组织", "social_org.social_groups"],
    ["还有基金会", "social_org.foundations"],
    ["另有民办非企业单位", "social_org.private_non_enterprise"],
    // An estimate of those outside the register is not the register's count.
    ["未登记的社会组织", "other"],
    ["尚未依法登记的民间组织", "other"],
  ])("%s → %s", (subject, key) => {
    expect(meaningOf(subject).key).toBe(key);
  });

  it("says nothing of a noun it does not know", () => {
    const meaning = meaningOf("慈善组织");
    expect(meaning.key).toBeNull();
    expect(meaning.head).toBeNull();
  });

  it("gives a verdict for each modifier, with the reason the key changed", () => {
    const meaning = meaningOf("全市依法登记的法人社会组织总数");
    expect(meaning.head).toBe("社会组织");
    expect(meaning.modifiers.every((m) => m.verdict === "neutral")).toBe(true);
    const trap = meaningOf("已备案社区社会组织");
    expect(trap.modifiers.find((m) => m.verdict === "changes")?.text).toBe("社区");
    expect(trap.reason).toContain("社区");
  });

  it("maps every head to a catalogue key", () => {
    for (const key of LEXICON_KEYS) expect(METRICS.has(key), key).toBe(true);
    for (const head of HEADS) expect(head.nouns.length).toBeGreaterThan(0);
  });
});
