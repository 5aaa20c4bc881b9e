// A table's caption that counts only some of each series it lists: 2023年新登记社会组织情况,
// 社会组织年检情况, 社会组织等级评估结果. Its figures are counts of those, none of a series itself.

const NARROWING =
  /新登记|新成立|新增|注销|撤销|年检|年度检查|年报|抽查|评估|等级|处罚|取缔|培育|孵化|党组织|党员/;
/** A line that names a table: 表2 …, …情况, …统计表, …一览表. */
const CAPTION_LINE = /^(?:附表|表)\s*\d|情况|统计表?|一览表|汇总表?|名单/;

/** The statistics' own annual report (民政统计数据（年报）, 统计年报, 年报表): the year's figures, not organisations' reports. */
const STATISTICS_REPORT = /统计年报|[（(]\s*年报\s*[）)]|年报(?:表|数据)/g;

/** Whether the caption line above a table narrows what its figures count. */
export function narrowsSeries(caption: string): boolean {
  const line = caption.trim().replace(STATISTICS_REPORT, "");
  return line.length <= 60 && !/[。；，,;]/.test(line) && CAPTION_LINE.test(line) && NARROWING.test(line);
}
