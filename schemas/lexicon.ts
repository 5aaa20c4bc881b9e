// The lexicon of counted nouns: what a figure counts is read from the head noun of its noun phrase
// (the last word: 依法登记的社会组织 → 社会组织) and a verdict on each word before it.
//
//   neutral   says where or how the counted things are registered, not which ones: 全市, 依法登记的,
//             在册, 法人, 市本级. The head's key stands.
//   changes   names a different or smaller population: 社区社会组织, 备案, 慈善, 新增, 申请, 4A5A级.
//             The figure is not the head's series (key `other`).
//   narrows   turns the head into another catalogue series: 持证 社工 → certified workers, 5A级
//             社会组织 → organisations holding 5A.
//
// Words the lexicon does not know: a relative clause (…的) or a place-and-verb phrase (在本区开展服务的)
// describes circumstances and is neutral unless it holds a changing word; a bare noun before the head
// (社工行业协会, 驻甬基金会) names a sub-kind and changes the meaning.
//
// A researcher reads and edits this file; `test/lexicon.test.ts` shows each rule at work.

export interface Narrowing {
  pattern: RegExp;
  key: string;
  why: string;
}

export interface Head {
  /** The nouns, as written, that end a phrase counting this series. */
  nouns: string[];
  key: string;
  /** Words before the head that are neutral for this head only (levels, kinds that are the whole). */
  neutral?: RegExp;
  /** Words before the head that change what it counts, for this head only. */
  changes?: RegExp;
  narrows?: Narrowing[];
  /** A measure after the head that names another series: 社会工作者总量 is the profession's whole stock. */
  measured?: Narrowing;
}

export interface Verdict {
  pattern: RegExp;
  why: string;
}

const GRADE = (n: number) => `(?:${n}A|${"A".repeat(n)}|${"Ａ".repeat(n)}|${n}Ａ)`;
const gradeNarrowings: Narrowing[] = [5, 4, 3, 2, 1].map((n) => ({
  pattern: new RegExp(`(?:评定为|获评|被评为)?${GRADE(n)}(?!\\s*[A-ZＡ\\d])级?(?:的)?(?:等级)?`),
  key: `social_org.rating_${n}a`,
  why: `holds grade ${n}A`,
}));

/** People trained for others (帮助山区培养持证社工, 为当地培育…): not those a place has. */
const TRAINED_FOR_OTHERS = /(?:帮助|帮扶|协助|援助|为|替|给|向)[^，。]{0,10}?(?:培育|培养)/;

/** Events volunteers serve at: 亚运会, 博览会, 马拉松, 活动. */
export const ONE_EVENT =
  /奥运|冬奥|亚运|亚残运|大运|全运|残运|青运|运动会|博览会|进博会|服贸会|交易会|马拉松|赛事|赛会|比赛|峰会|论坛|展会|庆典|典礼|大会|活动/;

/**
 * 社会工作行业从业人员, 社工行业从业人士: those working in the trade are its workers (人员 is cut as a
 * measure, so the words before it are the noun).
 */
const SOCIAL_WORKER_NOUNS = [
  "社会工作者",
  "社工",
  "社会工作从业人员",
  "社工从业人员",
  "社会工作人员",
  "社会工作行业从业",
  "社工行业从业",
  "社会工作从业人士",
  "社工从业人士",
  "社会工作行业从业人士",
  "社工行业从业人士",
];

export const HEADS: Head[] = [
  {
    // 民间组织: the name before 2007.
    nouns: ["社会组织", "社会组织机构", "社会组织单位", "民间组织"],
    key: "social_org.total",
    // 新社会组织 (of 新经济组织和新社会组织): the name of them all, not the newly registered (新登记…).
    neutral: /新$/,
    narrows: gradeNarrowings,
  },
  // 社团组织: the older papers' name for them (社团组织是20多万个).
  { nouns: ["社会团体", "社团组织", "社团"], key: "social_org.social_groups" },
  {
    nouns: ["行业协会商会", "行业协会和商会", "行业协会、商会", "行业协会", "商协会", "行业商协会"],
    key: "social_org.industry_associations",
    neutral: /社会团体(?:中|里)的?/,
  },
  {
    nouns: [
      "民办非企业单位",
      "民非单位",
      "民非",
      "社会服务机构",
      "民办非企业单位（社会服务机构）",
      "社会服务机构（民办非企业单位）",
    ],
    key: "social_org.private_non_enterprise",
    // (不)提供住宿的社会服务机构: a statistical bulletin's institutions with or without beds, of any registration.
    changes: /提供住宿/,
  },
  { nouns: ["基金会"], key: "social_org.foundations", neutral: /非公募|公募|慈善/ },
  {
    nouns: [
      "社会工作服务机构",
      "社会工作服务组织",
      "社工服务机构",
      "社工服务组织",
      "社工机构",
      "社工组织",
      "社会工作机构",
      // 社会工作专业服务机构: the service organisations named by the profession they serve.
      "社会工作专业服务机构",
      "社工专业服务机构",
    ],
    key: "social_work.service_orgs",
    // 培育社会工作专业服务机构562家, 培育发展社工服务机构346家: those fostered so far are those there are
    // (新培育 is a year's batch, an unknown word; a batch is also told by its clause: classify.ts).
    neutral: /专业|民办|社会工作类?|社工类?|(?:累计|已|共)?(?:培育|孵化)(?:发展)?(?:了|出)?/,
  },
  {
    nouns: [
      "社会工作专业人才",
      "专业社会工作人才",
      "社会工作人才",
      "社工人才",
      "社工专业人才",
      "社会工作专业人员",
      // 从事社会工作的专业人才还不到20万: the professionals named by the work they do.
      "从事社会工作的专业人才",
      "从事社会工作的人才",
    ],
    key: "social_work.professionals",
    // 培养社会工作专业人才5.2万人: those trained so far (a year's batch is told by its clause: classify.ts).
    neutral: /专业|(?:累计|已|共)?(?:培育|培养)(?:了|出)?/,
    changes: TRAINED_FOR_OTHERS,
    // 持证社会工作人才: the talent that holds the qualification (a level said after it is a part).
    narrows: [
      {
        pattern: /持证的?/,
        key: "social_work.certified_workers",
        why: "holds the national social-work qualification",
      },
    ],
  },
  {
    nouns: ["社会工作师和助理社会工作师", "助理社会工作师和社会工作师", "社会工作师、助理社会工作师"],
    key: "social_work.certified_workers",
    neutral: /高级社会工作师、?|持证的?/,
  },
  {
    // 社工持证人数, 社会工作者持证数: the workers' count of certificate holders (人数 is cut as a measure).
    nouns: ["社会工作者持证", "社会工作持证", "社工持证"],
    key: "social_work.certified_workers",
    neutral: /专业|职业/,
  },
  {
    // 持有助理社会工作师、社会工作师职业水平证书人数: the certificate names the holders.
    nouns: [
      "社会工作者职业水平证书",
      "社会工作者职业资格证书",
      "社会工作职业水平证书",
      "社会工作职业资格证书",
      "职业水平考试证书",
      "职业水平证书",
      "职业资格证书",
      "社会工作师证书",
      "社会工作职业证书",
      "社会工作者证书",
      "社工证书",
    ],
    key: "social_work.certified_workers",
    neutral:
      /持有|取得|获得|考取|全国|国家|(?:助理|高级|初级|中级)?社会工作师、?(?:和|及|或)?|(?:助理|高级|初级|中级)(?:[和及、与或](?:助理|高级|初级|中级))*|社会工作者?|社工|的/,
  },
  {
    nouns: SOCIAL_WORKER_NOUNS,
    key: "social_work.workers",
    // 累计培育持证社工, 培育持证社工3.06万人: all those trained so far, the series (新培育 is a batch, and so
    // is one its clause gives a year's span: 今年培育…, classify.ts).
    neutral:
      /在岗|一线|专职|职业|全职|专业|(?:社工|社会工作服务|各类)?机构(?:中|的)?|(?:累计|已|共)?(?:培育|培养)(?:了|出)?/,
    changes: TRAINED_FOR_OTHERS,
    // 全国社会工作者总量达到120万人: the stock of the profession, as 社会工作专业人才总量 says it (总数 stays
    // a count of workers).
    measured: { pattern: /总量$/, key: "social_work.professionals", why: "the profession's whole stock" },
    narrows: [
      {
        pattern:
          /持证|(?<![支坚主保扶维把])持有?[^，。]{0,12}证书?的?|(?:取得|获得)[^，。]{0,12}(?:证书|资格|职业水平)的?|国家职业资格|职业水平证书|通过(?:全国)?(?:社会工作者?)?职业水平考试的?/,
        key: "social_work.certified_workers",
        why: "holds the national social-work qualification",
      },
      {
        pattern:
          /(?:政府购买(?:服务)?)?项目(?:中的?)?|(?:通过|依托)(?:政府)?购买(?:服务)?项目[^，。]{0,8}(?:聘用|招聘|配备|在岗)的?/,
        key: "social_work.project_workers",
        why: "works in purchased-service projects",
      },
    ],
  },
  {
    nouns: ["志愿者（义工）", "义工（志愿者）", "志愿者", "义工"],
    key: "social_work.volunteers",
    // 规范注册的青年志愿者: the Youth League's register, the country's register of volunteers before 2017.
    // 市义工联现有注册义工, 团市委注册青年志愿者: the body that keeps the register says whose it is.
    neutral:
      /实名|注册|登记|认证|(?<=(?:注册|登记)[^，。]{0,8})青年|(?:在|通过)?[^，。]{0,14}?(?:平台|系统|网站|网)(?:上|中|里)?|(?:[省市区县]|全国|中国)?(?:义工联(?:合会)?|义务工作者联合会|志愿者(?:联合会|协会)|志愿服务联合会|团[省市区县]委|共青团[\u4e00-\u9fa5]{0,8}委员会)/,
    // 服务亚运会的志愿者, 为冬奥会提供服务的志愿者: those who served at one event, not all registered; 非注册
    // 志愿者, 未注册的志愿者: those outside the register.
    changes: new RegExp(`${ONE_EVENT.source}|(?:非|未)(?:实名)?(?:注册|登记)`),
  },
  {
    nouns: ["社会工作服务项目", "社工服务项目", "社会工作服务入库项目", "社会工作服务类项目"],
    key: "social_work.purchased_projects",
    neutral:
      /政府|购买|承接|实施|开展|立项|运行|运营|各级|[市区县省镇街]?(?:、[市区县省镇街])*两级|[\u4e00-\u9fa5]{0,4}级|安排|累计|共|将/,
  },
  {
    nouns: ["社工站（点）", "社工站", "社会工作服务站", "社会工作站", "社工服务站", "社工站点"],
    key: "social_work.stations",
    // 156个社区社会工作服务站: a station is a station at whatever level it stands (社区, 村).
    neutral:
      /乡镇|镇街|街道|社区|村居|村|镇|乡|团场|苏木|建成|建有|已建成|共建成|(?:共|已)?设立|“?双百(?:工程)?”?|（(?:乡镇|镇街|街道|镇|乡|街|团场|苏木)(?:、(?:乡镇|镇街|街道|镇|乡|街|团场|苏木))*）|(?:[汉藏维蒙哈朝彝壮]{2})?双语/,
  },
  {
    nouns: ["党群服务中心（站）", "党群服务中心"],
    key: "community.party_service_centers",
    // 全覆盖建设街道社区党群服务中心（站）: building them in every place says they exist.
    neutral: /城市|城乡|农村|[区市县]|街道|镇街|镇|社区|村|[、和及与]|[一二三两]级|全覆盖|建成|建有|建设/,
    changes: /社会组织|行业|商圈|楼宇|园区/,
  },
  { nouns: ["街道", "街道办事处", "街道办"], key: "community.streets" },
  {
    nouns: [
      "社区",
      "社区居委会",
      "社区居民委员会",
      "居委会",
      "居民委员会",
      "社区（居委会）",
      "社区（居民委员会）",
      "居委会（社区）",
    ],
    key: "community.communities",
    neutral: /(?:城市|城镇|城乡|农村)(?:[和及与、](?:城市|城镇|农村))?/,
  },
];

/**
 * A figure whose own words name only a thing of some field (取得资格证书, 实名注册人数) counts that field's
 * series when the paragraph before it, or its heading, names the field: 全国社会工作专业人才队伍不断壮大。
 * 目前，全国共有73.7万人取得资格证书. `kind` is read at the end of the figure's words, the measure cut, and
 * said again as `as`; the words so made must then name the series as the lexicon reads them.
 */
export interface FieldKind {
  field: RegExp;
  kind: RegExp;
  as: string;
}

export const FIELD_KINDS: FieldKind[] = [
  {
    field: /社会工作|社工/,
    kind: /(?:(?:职业)?资格|职业水平)?证书$|(?:职业)?资格证$|职业资格$/,
    as: "社会工作者职业资格证书",
  },
  { field: /志愿者|志愿服务|义工/, kind: /注册(?:总人数|人数|人员)?$/, as: "注册志愿者" },
  // 全市社会组织发展迅速，累计登记1200家: not those of a kind (社区社会组织), nor a bare 登记41家 (maybe
  // the year's registrations).
  {
    field: /(?<!社区|慈善|公益|行业|基层)社会组织/,
    kind: /(?:共|累计|已|依法|共有|现有)(?:登记注册|注册登记|登记|注册)(?:在册)?$|登记在册$/,
    as: "登记社会组织",
  },
];

/** Another field's qualification or registration said beside the field: the field then carries to nothing. */
export const OTHER_FIELD =
  /教师|医师|医生|护士|护理员|律师|会计|心理咨询|导游|建造师|执业|育婴|家政|工程师|技师|技能|职称|会员|用户/;

/** Words that never change what is counted: places, scopes, having and registering. */
export const NEUTRAL: Verdict[] = [
  {
    pattern:
      /[省市区县]本级|[省市区县州]属|[省市区县]级|全(?:省|市|区|县|州|盟|旗|国|镇|疆|藏|兵团|师)性?|中国|辖区内?|境内|本(?:省|市|区|县|州|级)|我(?:省|市|区|县|州|旗|国)|该(?:省|市|区|县|州|旗)|(?:中西部|东部|中部|西部|东北|西北|西南|东南|华东|华南|华北|华中)(?:沿海)?(?:地区|省份|区域)?(?:中|里)?/,
    why: "scope",
  },
  {
    pattern:
      /共有|现有|拥有|实有|计有|仅有|只有|尚有|已有|目前有|还有|另有|共计|总计|合计|累计|共设置|设置|共设立|已设立|设立|共设|设有|已建成|建成|建有|已建立|建立|配备|配有|配齐|举办|开办|创办|兴办|分别|共|有|已|现|达|计|辖|下辖|现辖|设/,
    why: "says it exists",
  },
  {
    pattern:
      /(?:经|在|由)?(?:[\u4e00-\u9fa5]{0,6}(?:民政部门|民政局|民政厅|登记管理机关))?(?:依法|正式|合法)?(?:登记注册|注册登记|登记在册|登记|注册|在册|成立)(?:的)?/,
    why: "registered",
  },
  { pattern: /(?:具有|具备|取得)?法人(?:资格|地位)?|各类|各级|各种|所有|全部/, why: "all of them" },
  { pattern: /我局|本局|我厅|本厅|民政部门|民政局|民政厅|财政|部门|安排/, why: "who registers or pays" },
  { pattern: /的/, why: "particle" },
];

/** Words that make the phrase count a different or smaller population, whatever the head. */
export const CHANGES: Verdict[] = [
  { pattern: /社区(?!居|党群)|基层/, why: "community-level groups are a population of their own" },
  { pattern: /备案/, why: "filed (备案), not registered" },
  // 300万未登记的社会组织, 未经登记的民间组织: an estimate of those outside the register.
  {
    pattern: /(?:尚未|未经|未|没有)(?:依法)?(?:登记|注册)/,
    why: "outside the register, not those registered",
  },
  { pattern: /直接登记/, why: "registered directly: one way of registering, not all of them" },
  {
    pattern: /慈善(?!基金会)|志愿服务|公益|枢纽型|支持型|孵化/,
    why: "a kind of organisation, not all of them",
  },
  {
    pattern:
      /(?:文化|教育|体育|科技|卫生|经济|行业|学术|专业|联合|社会事务|法律|生态|农业|宗教|科普|服务|文体|平安|自治)类/,
    why: "a category, not all of them",
  },
  { pattern: /驻[\u4e00-\u9fa5]|境外|涉外|异地|外地/, why: "from elsewhere" },
  {
    pattern:
      /新增|新登记|新成立|新注册|新建|新设立|新培育|净增|增加|减少|注销|撤销|吊销|取缔|清理|脱钩|试点|第[一二三四五六七八九十\d]+批/,
    why: "a change or a batch, not what exists",
  },
  {
    pattern:
      /申请|申报|参评|参加|参与|拟|推荐|复评|保留|待|正在|评估中|公示|列入|纳入|获得|获|受到|表彰|处罚|约谈|整改|抽查|检查|培养|培训|选派|派出|输送|引进|招聘|吸纳|参训/,
    why: "an event or a candidacy, not what holds",
  },
  {
    pattern: /品牌|示范|标杆|优秀|先进|重点|骨干|龙头|等级|评估|有效期/,
    why: "a selection, not all of them",
  },
  { pattern: /党员|党组织|党建|工会|团组织|妇联/, why: "organisations with something, not all of them" },
  { pattern: /每|平均|人均|户均/, why: "a figure per unit" },
  {
    pattern: /(?:成立|登记|注册|运营|运行)(?:满|超过|不满|不足)?[\d一二三四五六七八九十]+(?:-\d+)?年/,
    why: "an age picks some of them out",
  },
  // 符合条件的社会组织共15家: those that meet a notice's conditions are some of them.
  {
    pattern: /(?:符合|满足|达到)[\u4e00-\u9fa5]{0,6}(?:条件|要求|标准)/,
    why: "a condition picks some of them out",
  },
];

/** Several grades counted together: 4A5A级, 3A级以上, 4A和5A级. */
export const COMBINED_GRADES = new RegExp(
  `${GRADE(5)}\\s*${GRADE(4)}|${GRADE(4)}\\s*${GRADE(5)}|${GRADE(3)}\\s*${GRADE(4)}|(?:\\dA|A+|[Ａ]+)级?(?:及|或)?以上|(?:\\dA|A+)级?[和、与及或](?:\\dA|A+)`,
);

/** Words after the head that only say "how many" or "the people of": 社会组织总数, 志愿者人数, 社工队伍,
 * 人才资源, 持有…证书的人员; or that they are registered, all told (社会组织共登记, 志愿者累计注册). */
export const MEASURE =
  /(?:的)?(?:队伍|资源)?(?:累计)?(?:登记|注册)?(?:总数|总量|数量|总人数|人数|个数|家数|总计|合计|规模|拥有量|数)$|(?:的)?(?:队伍|资源|人员)$|(?:共|累计|已|依法)(?:登记|注册)(?:注册|登记|在册)?$|登记在册$/;

/** The series the lexicon decides whenever it finds a head noun. */
export const LEXICON_KEYS: ReadonlySet<string> = new Set(
  HEADS.flatMap((head) => [head.key, ...(head.narrows ?? []).map((n) => n.key)]),
);
