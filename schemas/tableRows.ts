// What a row of a statistics table counts, read under the section rows above it. A label alone
// can be ambiguous (居委会 is a community only as a self-governing organisation; 街道 is a
// sub-district office under 行政区划), so each rule names the section it applies under.

export interface SectionRule {
  /** A section row on the row's path: 行政区划, (一)社会组织, 自治组织. */
  section: RegExp;
  /** The row's label without its marker. */
  label: RegExp;
  key: string;
}

export const TABLE_ROW_RULES: readonly SectionRule[] = [
  { section: /行政区划/, label: /^街道(?:办事处)?(?:数)?$/, key: "community.streets" },
  {
    section: /自治组织|基层群众自治|城乡社区/,
    label: /^(?:城市)?(?:社区)?(?:居委会|居民委员会)(?:数)?$|^城市社区(?:数)?$/,
    key: "community.communities",
  },
  { section: /社会组织|民间组织|成员组织/, label: /^社会团体(?:数)?$/, key: "social_org.social_groups" },
  {
    section: /社会组织|民间组织|成员组织/,
    label: /^(?:民办非企业单位|社会服务机构)(?:数)?$/,
    key: "social_org.private_non_enterprise",
  },
  { section: /社会组织|民间组织|成员组织/, label: /^基金会(?:数)?$/, key: "social_org.foundations" },
  {
    section: /社会组织|民间组织|成员组织/,
    label: /^(?:社会组织)?(?:合计|总数|小计|总计)$|^社会组织(?:数|总数)?$/,
    key: "social_org.total",
  },
];

/**
 * Sections whose rows are not the stock of what they name: money, changes over the period,
 * registrations and cancellations, party building, services given.
 */
export const NOT_A_STOCK_SECTION =
  /支出|经费|资金|收入|新增|新登记|成立登记|注销|撤销|变更|登记情况|党建|党组织|党员|评估|等级|年检|年报|执法|处罚|救助|捐赠|收养|婚姻|殡葬|床位/;
