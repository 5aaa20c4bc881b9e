// The metric catalogue: each key names one stable series whatever words a document uses for it.
// A quantity takes the first key whose phrasings all match (see extractors/meaning/classify.ts):
//   subject  — the words saying what is counted (社会团体, 在岗社会工作者), tested whole;
//   clause   — the clause around the number (…整体打包费标准不低于16.3万元/人/年);
//   units    — the units the series is counted in;
//   mode     — "stock" counts what exists, "target" a goal a policy sets, "standard" a rule it fixes.
// Specific keys come before the general ones they would otherwise fall into.
import { DIVISION_NAME, PLACE_NAMES } from "./placeNames.js";

export type Family = "social_org" | "social_work" | "community" | "standard" | "target";
export type Mode = "stock" | "target" | "standard";

export interface Metric {
  key: string;
  label: string;
  family: Family;
  unit: string;
  description: string;
  mode: Mode;
  units: string[];
  subject?: RegExp;
  clause?: RegExp;
  /** The sentence part (since the last 。 or ；) must match: 专业性强…的项目，整体打包标准…. */
  context?: RegExp;
  /** The clause or subject must not match: what looks like this series but counts something else. */
  exclude?: RegExp;
  /** The words after the figure, to the end of its sentence part, must match: …68家社会组织，依法列入活动异常名录. */
  tail?: RegExp;
  /** What the figure must be per (人/年 for a yearly fee per worker). */
  per?: RegExp;
  /** Series that are events by nature (获得5A级, 纳入失信名录) are not dropped for event words. */
  events?: "allow";
  /** Other phrasings of the series: each replaces the entry's subject, tail and context. */
  or?: Array<{ subject: RegExp; tail?: RegExp; context?: RegExp }>;
  /** A total whose parts may be listed beside it (社会组织 = 社会团体 + 民办非企业单位 + 基金会). */
  parts?: string[];
}

/** Words that may stand before a counted noun without changing what is counted. */
const PLACE = `(?:${PLACE_NAMES}|${DIVISION_NAME.replace(/\)$/, "|街道)")})?`;
const SCOPE = `${PLACE}(?:全省|全市|全区|全县|全州|全盟|全旗|全国|辖区内?|本区|本市|本省|本州|我区|我市|我省|我州|我县|区属|市属|省属|区级|市级|省级)?`;
const HAVING =
  "(?:共有|现有|拥有|实有|计有|仅有|只有|尚有|现辖|下辖|辖|建成|建有|设有|共设|已建成|累计建成|共建成|累计|共|有)?";
const REGISTERED = `${HAVING}(?:在[\\u4e00-\\u9fa5]{1,10}?(?=依法|登记|注册))?(?:依法)?(?:已)?(?:登记|注册|登记注册|注册登记|在册|现有)?(?:的)?(?:各类)?`;
const plain = (noun: string) => new RegExp(`^${SCOPE}${REGISTERED}(?:${noun})(?:总数|总量|数量|合计)?$`);
/** A series with its own wording, which may still open with a place and 共有: 全区现有政府购买…项目. */
const scoped = (phrase: string) => new RegExp(`^${SCOPE}${HAVING}(?:${phrase})$`);

/** Words before a figure that make it an event or a flow, not what exists: 覆盖166家社会组织, 新登记412个. */
export const EVENT_BEFORE =
  /评估了?\s*$|联合(?!会)|表彰|当选|评选|获评|参加|参与|参训|培训|覆盖|加盟|加入|入驻|承接|资助|提供|走访|约谈|检查|年检|审计|注销|撤销|清理|整治|新增|新成立|新登记|新注册|新建|新设立|增设|直接登记|增加|减少|增长|下降|净增|引入|招聘|举办|开展|培育|孵化|推荐|奖励|补贴|扶持|评出|评定|服务了|帮助|(?<!建设|建)完成|培养|选派|派出|输送|引进|吸纳|联系|指导|结对|帮扶|对接|引领|带动|动员|招募|征募|选拔|观摩|参观|考察|视察|探访|察看|摸排|遴选|筛选|选取|选定/;
/**
 * Words after a counted noun that make it an event: 43家社会组织加盟, 6名社工当选, 239人参加, 3家社工机构相继成立,
 * 120家社会组织积极参评 (those that took part in a grading).
 */
export const EVENT_AFTER =
  /加盟|加入|入驻|参加|参与|参训|参评|当选|获得|获评|获|受到?|表彰|培训|注销|撤销|纳入|列入|承接|退出|被|捐|进行|开展|提供|实施|举办|办理|申请|接受|享受|获批|评为|通过|抽查|审计|检查|年检|年报|完成|投身|奔赴|捐款|捐物|授牌|挂牌|(?:相继|陆续|先后)(?:成立|建立|组建|注册|登记)/;

/**
 * Words after a counted noun that pick some of them out: 52个社区已建立党组织 (those that have one),
 * 40个社区实现助餐服务 (those where it was done),
 * 2.4万家社会组织活跃在科技创新领域 (those of one field). Not 均已建立… (all of them) nor 分布在各个领域.
 */
export const SELECTED_AFTER =
  /^(?:已经?)?(?:建立|成立|组建|设立|配备|配齐|建有|设有|配有|实现|开通)(?:了)?(?![并且和及与])[“"‘「]?[\u4e00-\u9fa5]|^(?:活跃|分布|集中|聚集)(?:在|于)(?![^，,。；;]*(?:各|全|多个|诸多|众多))[^，,。；;]{1,12}领域|^(?:扎根|深入|下沉|驻扎|进驻)(?:到|在|于)?(?:基层|一线|社区|乡村|农村|乡镇|街道|村)/;

/** 16.3万元/人/年, 每人每年, 人均费用每年 (a year said after a per-head cost). */
const PER_WORKER_YEAR = /(?:人|名|者|岗位?)[^年]{0,3}年|年[^人]{0,3}人|人均[^，,；;。\d]{0,10}年/;

const SOCIAL_WORKER = "社会工作者|社工|(?:社会工作|社工)(?:行业)?从业(?:人员|人士)|社会工作人员";
/** A level of the qualification: 助理社会工作师, 社工师, 高级社会工作师. */
const LEVEL = "(?:助理|中级|高级)?(?:社会工作师|社工师)";
/**
 * Holders of the certificate however said: 持有社会工作者职业水平证书者, 取得…考试证书的 (before their count), and
 * those of every level said together
 * (取得助理社会工作师和社会工作师证书的人员总数); one level alone is a part.
 */
const HOLDERS_OF_LEVELS = `(?:取得|持有|获得)了?(?:全国)?(?:(?:社会工作者?|社工)?(?:职业(?:水平|资格))?(?:考试)?证书?(?:者|的)|${LEVEL}(?:[和及与、或]${LEVEL})+(?:职业)?(?:资格|水平)?证书?的?(?:人员|人|者)(?:总数|总量|人数)?)`;

export const CATALOGUE: Metric[] = [
  // Social organisations
  {
    key: "social_org.industry_associations",
    label: "行业协会商会",
    family: "social_org",
    unit: "org",
    mode: "stock",
    units: ["org", "item"],
    description: "行业协会商会 (part of 社会团体)",
    subject: plain(
      "(?:社会团体(?:中|里)的?)?(?:行业协会商会|行业协会和商会|行业协会、商会|行业协会|商协会|行业商协会)",
    ),
  },
  {
    key: "social_org.social_groups",
    label: "社会团体",
    family: "social_org",
    unit: "org",
    mode: "stock",
    units: ["org", "item"],
    description: "社会团体",
    subject: plain("社会团体|社团组织|社团"),
    parts: ["social_org.industry_associations"],
  },
  {
    key: "social_org.private_non_enterprise",
    label: "民办非企业单位",
    family: "social_org",
    unit: "org",
    mode: "stock",
    units: ["org", "item"],
    description: "民办非企业单位 / 社会服务机构",
    subject: plain(
      "民办非企业单位|民非单位|民非|社会服务机构|民办非企业单位（社会服务机构）|社会服务机构（民办非企业单位）",
    ),
  },
  {
    key: "social_org.foundations",
    label: "基金会",
    family: "social_org",
    unit: "org",
    mode: "stock",
    units: ["org", "item"],
    description: "基金会",
    subject: plain("基金会|慈善基金会"),
  },
  {
    key: "social_org.with_party_members",
    label: "有党员的社会组织",
    family: "social_org",
    unit: "org",
    mode: "stock",
    units: ["org", "item"],
    description: "social organisations that have party members",
    subject: /有(?:正式)?党员的社会组织$|社会组织中有(?:正式)?党员的?$/,
    // 现有社会组织512家，其中有党员的312家: the noun left to the total before it.
    or: [{ subject: /^(?:其中)?(?:有|建有)(?:正式)?党员的$/, context: /(?<!社区|基层)社会组织/ }],
  },
  {
    key: "social_org.party_orgs",
    label: "社会组织党组织",
    family: "social_org",
    unit: "item",
    mode: "stock",
    units: ["item", "org"],
    description: "party organisations set up in social organisations",
    subject: scoped(
      "(?:社会组织)?(?:中)?(?:已组建的?|已建立的?|建立的?)?(?:党组织|党支部|党组织和党支部)(?:总数|总量)|(?:在)?(?:社会组织(?:法人单位)?(?:中)?)?(?:共)?(?:已|累计)?(?:(?:单独或联合|单独和联合)?(?:建立|组建|成立)(?:了)?)?(?:的)?党组织|(?:已|累计)?(?:(?:单独或联合|单独和联合)?(?:建立|组建|成立)(?:了)?)党组织的社会组织",
    ),
    // 已成立40个工作支部 where the sentence speaks of social organisations: their branches, however named.
    or: [
      {
        subject: scoped(
          "(?:社会组织(?:中)?)?(?:已|累计)?(?:(?:单独或联合|单独和联合)?(?:成立|建立|组建)(?:了)?)?(?:的)?(?:党支部|工作支部|功能型党支部|联合党支部)",
        ),
        context: /(?<!社区|基层|慈善|公益)社会组织/,
      },
    ],
    // 28个居民区党组织, 村党组织: the party bodies of neighbourhoods and villages, not of social organisations.
    exclude:
      /新增|新建|新组建|新成立|直接管理|(?:居民区|居民小区|小区|社区|村|机关|学校|企业)(?:的)?(?:党组织|党支部|党总支)/,
  },
  {
    key: "social_org.annual_report_reviews",
    label: "年度报告审核",
    family: "social_org",
    unit: "org",
    mode: "stock",
    // 年检869个全区性社会组织: organisations are counted with 个 as often as with 家.
    units: ["org", "item"],
    events: "allow",
    description: "organisations whose annual report was audited or spot-checked",
    subject: /社会组织(?:的)?(?:年度报告|年报)?(?:审核|抽查|检查)?$|^年度报告审核$|^年报审核$/,
    clause:
      /(?:年度(?:工作)?报告|年报)[^，；。]{0,10}(?:审核|审查|抽查|检查|审计)|(?:审核|审查|抽查)(?:了)?(?:其)?(?:年度(?:工作)?报告|年报)|(?<![不未])参加(?:了)?(?:年度检查|年检)|(?<![不未应])参检|完成[^，；。]{0,12}(?:年度检查|年检)|(?<![不未参])年检(?:了)?(?=\s*[\d一二三四五六七八九十]|[^，,；;。\d]{0,10}社会组织\s*[\d一二三四五六七八九十])|抽查审计|审计抽查/,
  },
  {
    key: "social_org.abnormal_listed",
    label: "纳入异常和严重失信名录",
    family: "social_org",
    unit: "org",
    mode: "stock",
    units: ["org", "item"],
    events: "allow",
    description: "organisations put on the abnormal / seriously untrustworthy lists",
    subject: /社会组织$/,
    tail: /^[^；;。]{0,24}?(?:纳入|列入|载入)(?:了)?[\u4e00-\u9fa5“”"]{0,8}(?:异常|失信)/,
    // 共列入“活动异常名录”3330家: the list named before the figure, the organisations left unsaid.
    or: [
      {
        subject:
          /(?:纳入|列入|载入)(?:了)?[\u4e00-\u9fa5]{0,8}(?:异常|失信)[\u4e00-\u9fa5]{0,6}(?:名录|名单)$/,
      },
    ],
  },
  ...([5, 4, 3, 2, 1] as const).map(
    (grade): Metric => ({
      key: `social_org.rating_${grade}a`,
      label: `${grade}A级社会组织`,
      family: "social_org",
      unit: "org",
      mode: "stock",
      units: ["org", "item"],
      description: `organisations holding grade ${grade}A`,
      events: "allow",
      subject: new RegExp(`(?:^|[^\\d])(?:${grade}A|${"A".repeat(grade)})级?(?:的)?(?:等级)?(?:社会组织)?$`),
      exclude: new RegExp(`(?:${grade}A|${"A".repeat(grade)})级?(?:及|或)?以上`),
    }),
  ),
  {
    key: "social_org.total",
    label: "社会组织",
    family: "social_org",
    unit: "org",
    mode: "stock",
    units: ["org", "item"],
    description: "registered social organisations, all kinds",
    subject: plain("社会组织|社会组织机构|社会组织单位"),
    parts: ["social_org.social_groups", "social_org.private_non_enterprise", "social_org.foundations"],
  },
  // Social work
  {
    key: "social_work.project_workers",
    label: "项目社工",
    family: "social_work",
    unit: "person",
    mode: "stock",
    units: ["person"],
    description: "social workers in purchased-service projects",
    subject: scoped(
      "(?:政府购买(?:服务)?)?项目(?:中的?)?(?:社工|社会工作者)|(?:通过|依托)?(?:政府)?购买(?:服务)?项目[^，。]{0,8}(?:聘用|招聘|配备|在岗)的?(?:社工|社会工作者)?",
    ),
  },
  {
    key: "social_work.certified_workers",
    label: "持证社会工作者",
    family: "social_work",
    unit: "person",
    mode: "stock",
    units: ["person"],
    description: "holders of the national social-work qualification",
    subject: new RegExp(
      `^${SCOPE}${HAVING}(?:(?:持证|取得(?:全国)?(?:社会工作者)?(?:职业(?:水平|资格))?证书的?|持有(?:全国)?(?:社会工作者)?(?:职业(?:水平|资格))?证书的?)(?:的)?(?:${SOCIAL_WORKER}|社会工作专业人才|人员)|(?:取得|持有)社会工作者?职业(?:水平|资格)(?:证书)?的?|${HOLDERS_OF_LEVELS})$`,
    ),
    // 截至2017年底，全市共869人通过全国社会工作者职业水平考试: those who have passed, counted to a date.
    or: [
      // …人取得社会工作者职业资格证书，取得资格总人数近6万: the qualification named before, said again short.
      {
        subject: new RegExp(
          `^${SCOPE}(?:累计)?(?:取得|持有|获得)(?:职业)?资格(?:证书)?的?(?:总人数|人数|人员|者)?$`,
        ),
        context: /社会工作者?(?:职业)?(?:资格|水平)|社工(?:证|师证)/,
      },
      {
        subject: new RegExp(
          `^${SCOPE}通过(?:全国|国家)?(?:社会工作者?|社工师|社会工作师)?(?:职业水平)?考试(?:者|的人员?)?$`,
        ),
        // …231人通过助理社工师考试，88人通过社会工作师考试: counted level by level, each is a part.
        context:
          /^(?![\s\S]*(?:助理|初级|中级|高级)(?:社工师|社会工作师)[\s\S]*考试)[\s\S]*(?:共|累计|截至|截止|已有|已达|已经|总计)/,
      },
    ],
  },
  {
    key: "target.social_work_talent_total",
    label: "社会工作专业人才总量目标",
    family: "target",
    unit: "person",
    mode: "target",
    units: ["person"],
    description: "target number of social-work professionals",
    subject:
      /社会工作(?:专业)?人才(?:总量|总数|数量|队伍(?:规模|总量|总数)?|规模)?(?:目标)?$|社工人才(?:总量|总数|数量|队伍规模|规模)?(?:目标)?$/,
    // 每万名城镇常住人口拥有社会工作专业人才不少于10人: a ratio to the people, no total.
    exclude: /每个|平均|每(?:十|百|千|万)|每[^，；。\d]{0,8}人口/,
  },
  {
    key: "target.talents_per_urban_community",
    label: "每个城市社区社会工作专业人才目标",
    family: "target",
    unit: "person",
    mode: "target",
    units: ["person"],
    description: "target professionals per urban community",
    subject: /社会工作(?:专业)?人才$|社工人才$|社会工作者$|社工$/,
    clause: /每个(?:城市|城镇)?社区|每(?:个)?城市社区|城市社区平均|(?:城市|城镇)社区每(?:个)?社区/,
  },
  {
    key: "target.service_orgs_per_county",
    label: "每个县社会工作服务机构目标",
    family: "target",
    unit: "org",
    mode: "target",
    units: ["org", "item"],
    description: "target service organisations per county",
    subject: /社会工作服务(?:机构|组织)$|社工(?:服务)?机构$/,
    clause: /每个县|每县|每个(?:县|区县|县区)/,
  },
  {
    key: "social_work.professionals",
    label: "社会工作专业人才",
    family: "social_work",
    unit: "person",
    mode: "stock",
    units: ["person"],
    description: "social-work professionals in all (人才总量)",
    subject: new RegExp(
      `^${SCOPE}${HAVING}(?:专业)?(?:社会工作(?:专业)?人才|社工人才|社会工作人才)(?:队伍)?(?:总量|总数)?$`,
    ),
  },
  {
    key: "social_work.workers",
    label: "在岗社会工作者",
    family: "social_work",
    unit: "person",
    mode: "stock",
    units: ["person"],
    description: "social workers in post",
    subject: new RegExp(
      `^${SCOPE}${REGISTERED}(?:(?:社工|社会工作服务|各类)?机构(?:中|的)?)?(?:(?![^，。]*(?:优秀|表彰|当选|新增|培训|参加|考试))[^，。]{0,20}从事[^，。]{0,10}的)?(?:在岗|一线|专职|职业)?(?:${SOCIAL_WORKER})(?:队伍)?(?:总数|总量)?$`,
    ),
  },
  {
    key: "social_work.volunteers",
    label: "志愿者",
    family: "social_work",
    unit: "person",
    mode: "stock",
    units: ["person"],
    description: "registered volunteers (志愿者, 义工)",
    subject: new RegExp(
      `^${SCOPE}${REGISTERED}(?:在[^，。]{1,14}?(?:平台|系统|网站|网)(?:上|中|里)?|[^，。]{1,16}?(?:平台|系统|网站)(?:上|中|里)?(?:汇集|汇聚|收录|记录)的)?(?:实名)?(?:注册|登记)?(?:的)?(?:志愿者|义工|志愿者（义工）|义工（志愿者）)(?:人数|总数)?$`,
    ),
  },
  {
    key: "social_work.service_orgs",
    label: "社会工作服务机构",
    family: "social_work",
    unit: "org",
    mode: "stock",
    units: ["org", "item"],
    description: "social-work service organisations",
    subject: plain(
      "社会工作服务组织|社会工作服务机构|社工服务机构|社工机构|社工组织|社会工作机构|民办社会工作服务机构",
    ),
  },
  {
    key: "social_work.purchased_projects",
    label: "政府购买社会工作服务项目",
    family: "social_work",
    unit: "item",
    mode: "stock",
    units: ["item"],
    events: "allow",
    description: "government-purchased social-work service projects",
    subject: scoped(
      "(?:承接|实施|开展|立项|运行|运营|购买)?(?:的)?(?:[\\u4e00-\\u9fa5、]{0,8}?(?:财政|政府|部门|单位|级))?(?:各级)?(?:政府)?(?:共|累计)?购买(?:的)?(?:社会工作|社工)服务(?:入库)?项目|社会工作服务(?:入库)?项目|社工服务项目",
    ),

    // 实施政府购买社会工作服务，…等17个项目予以立项: projects named only 项目 in a sentence about the purchase.
    or: [{ subject: /^(?:[\u4e00-\u9fa5]{0,4}的)?项目$/, context: /购买(?:社会工作|社工)服务/ }],
  },
  {
    key: "social_work.stations",
    label: "社工站（点）",
    family: "social_work",
    unit: "item",
    mode: "stock",
    // 65家街道（乡镇）社工站: stations counted with 家 as with 个.
    units: ["item", "org"],
    description: "social-work stations and points",
    subject: /(?:社工站|社会工作服务站|社会工作站|社工服务站)(?:（点）|（室）|点)?$/,
  },
  // Community
  {
    key: "community.party_service_centers",
    label: "党群服务中心",
    family: "community",
    unit: "item",
    mode: "stock",
    units: ["item"],
    description: "party-and-mass service centres",
    subject: new RegExp(
      `^${SCOPE}${HAVING}(?:城市|城乡|农村)?(?:(?:区|市|县|街道|镇街|镇|社区|村)[、和及与]?)*(?:[一二三两]级)?(?:党群服务中心|党群服务中心（站）)$`,
    ),
  },
  {
    key: "community.streets",
    label: "街道",
    family: "community",
    unit: "item",
    mode: "stock",
    units: ["item"],
    description: "sub-district offices (街道)",
    subject: scoped("街道|街道办事处|街道办"),
  },
  {
    key: "community.communities",
    label: "社区",
    family: "community",
    unit: "item",
    mode: "stock",
    units: ["item"],
    description: "communities (社区)",
    subject: scoped("社区|城乡社区|城市社区|(?:城市)?社区居委会|(?:城市)?社区居民委员会"),
  },
  // Standards a policy fixes
  {
    key: "standard.package_fee_special",
    label: "整体打包费标准（特殊领域）",
    family: "standard",
    unit: "yuan",
    mode: "standard",
    units: ["yuan"],
    description: "yuan per worker per year, high-risk fields",
    // 高风险领域社工岗位按照每人每年9万元的标准购买: the purchase may follow the standard, as in the general fee.
    context:
      /^(?=[\s\S]*(?:打包|(?:项目|服务)(?:经费|费用)|经费标准|购买[^；;。]{0,24}?(?:经费|费用|标准)|标准[^，；。\d]{0,6}购买))(?=[\s\S]*(?:专业性强|风险(?:较)?高|特殊领域|高风险))/,
    per: PER_WORKER_YEAR,
  },
  {
    key: "standard.package_fee_general",
    label: "整体打包费标准",
    family: "standard",
    unit: "yuan",
    mode: "standard",
    units: ["yuan"],
    description: "yuan per worker per year, ordinary fields",
    // …按照每人每年8万元的标准购买社工岗位服务: the standard named after the figure, before 购买.
    // 购买社会工作服务岗位，按每人每年10万元的标准核定经费: the purchase may be said in the clause before;
    // 购买社工岗位服务按照每名社工每年8万元的标准核拨经费: or far before the standard in its clause.
    context:
      /打包(?:经)?费|打包(?:标准|价)|(?:社工|社会工作)(?:服务)?岗位(?:服务)?(?:经费|费用)|(?:购买|项目)[^，；。]{0,16}(?:经费|费用|标准)|购买[^，；。]{0,30}的标准|购买[^，；。]{2,16}[，,][^，；。]{0,16}(?:经费|费用|标准)|标准[^，；。\d]{0,6}购买/,
    per: PER_WORKER_YEAR,
  },
  {
    key: "standard.supervision_fee",
    label: "督导经费标准",
    family: "standard",
    unit: "yuan",
    mode: "standard",
    units: ["yuan"],
    description: "supervision yuan per supervised worker per month",
    // 督导经费, 督导费, 督导服务费标准为每名受督导社工每月400元.
    context: /督导(?:服务)?(?:经费|费用|费)/,
    // 督导人员的补贴为每人每月1200元: the supervisors' own pay, not the fee per supervised worker.
    exclude: /督导(?:人员|员|师)[^，；。\d]{0,6}(?:补贴|津贴|薪酬|工资|报酬)/,
    per: /月/,
  },
  {
    key: "standard.continuing_education_hours",
    label: "继续教育学时",
    family: "standard",
    unit: "hour",
    mode: "standard",
    units: ["hour"],
    description: "yearly continuing-education hours per worker",
    context: /继续教育/,
    // 每个登记有效期（3年）内累计不得少于72小时, 每3年累计不少于90小时: a span of years, not a year.
    // 3年累计不少于72小时 too; not 2023年内, a year named.
    exclude:
      /有效期|周期|每(?:一)?(?:个)?(?:[2-9两二三四五]|十)年|(?<![\d〇○零一二三四五六七八九十])(?:[2-9两二三四五]|十)年(?:内|期间|累计|[）)]内)/,
  },
  {
    key: "standard.min_professional_post_ratio",
    label: "专业岗位最低比例",
    family: "standard",
    unit: "percent",
    mode: "standard",
    units: ["percent"],
    description: "least share of social-work posts in a project, percent",
    // …专业岗位的数量不低于项目总人数的80%; 项目专业社工配比不低于80%: the share of professional staff
    // a project must keep, bounded (a share said as it stands, 专业社工占比达到60%, is none).
    // 社会工作专业人才的数量不低于项目执行总人数的75%: the professionals, not their posts, said as the share.
    clause:
      /(?:岗位|专业人才|专业人员|专业社工|专业社会工作者)[^，；。]{0,20}(?:项目(?:执行|服务)?总人数|总人数|总岗位|岗位总数)|(?:项目总人数|总人数|总岗位)[^，；。]{0,12}(?:专业)?岗位|专业岗位[^，；。]{0,8}(?:占比|比例)|专业(?:社工|社会工作者?|社会工作人员)[^，；。]{0,4}(?:配比|配备比例|占比|比例)[^，；。]{0,4}(?:不低于|不少于|不得低于|不得少于|应达到|应不低于)/,
    context: /项目|岗位/,
    exclude: /持证/,
  },
  {
    key: "standard.min_labor_cost_ratio",
    label: "人力成本最低比例",
    family: "standard",
    unit: "percent",
    mode: "standard",
    units: ["percent"],
    description: "least share of labour cost in a project budget, percent",
    clause:
      /(?:人力成本|人员成本|人工成本|人员经费|人员薪酬|人员费用|人员支出|(?:社工|社会工作者)薪酬(?:支出)?)[^，；。]{0,12}(?:不少于|不低于|不得低于|应达到|达到|占)/,
    context: /项目/,
  },
];

export const METRICS: ReadonlyMap<string, Metric> = new Map(CATALOGUE.map((m) => [m.key, m]));
