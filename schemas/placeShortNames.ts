// Places as prose writes them without their division word: 山东实名注册志愿者, 温州社工人才, 宁波市本级.
// Provinces and prefecture-level cities; the division they stand for is the name plus 省 or 市
// (autonomous regions and municipalities named in full below).

const PROVINCES =
  "河北 山西 辽宁 吉林 黑龙江 江苏 浙江 安徽 福建 江西 山东 河南 湖北 湖南 广东 海南 四川 贵州 云南 陕西 甘肃 青海 台湾";
const REGIONS: Record<string, string> = {
  北京: "北京市",
  天津: "天津市",
  上海: "上海市",
  重庆: "重庆市",
  内蒙古: "内蒙古自治区",
  广西: "广西壮族自治区",
  西藏: "西藏自治区",
  宁夏: "宁夏回族自治区",
  新疆: "新疆维吾尔自治区",
  新疆生产建设兵团: "新疆生产建设兵团",
  兵团: "新疆生产建设兵团",
  香港: "香港特别行政区",
  澳门: "澳门特别行政区",
};
const CITIES = `
石家庄 唐山 秦皇岛 邯郸 邢台 保定 张家口 承德 沧州 廊坊 衡水
太原 大同 阳泉 长治 晋城 朔州 晋中 运城 忻州 临汾 吕梁
呼和浩特 包头 乌海 赤峰 通辽 鄂尔多斯 呼伦贝尔 巴彦淖尔 乌兰察布
沈阳 大连 鞍山 抚顺 本溪 丹东 锦州 营口 阜新 辽阳 盘锦 铁岭 葫芦岛
长春 四平 辽源 通化 白山 松原 白城
哈尔滨 齐齐哈尔 鸡西 鹤岗 双鸭山 大庆 伊春 佳木斯 七台河 牡丹江 黑河 绥化
南京 无锡 徐州 常州 苏州 南通 连云港 淮安 盐城 扬州 镇江 泰州 宿迁
杭州 宁波 温州 嘉兴 湖州 绍兴 金华 衢州 舟山 台州 丽水
合肥 芜湖 蚌埠 淮南 马鞍山 淮北 铜陵 安庆 黄山 滁州 阜阳 宿州 六安 亳州 池州 宣城
福州 厦门 莆田 三明 泉州 漳州 南平 龙岩 宁德
南昌 景德镇 萍乡 九江 新余 鹰潭 赣州 吉安 宜春 抚州 上饶
济南 青岛 淄博 枣庄 东营 烟台 潍坊 济宁 泰安 威海 日照 临沂 德州 聊城 滨州 菏泽
郑州 开封 洛阳 平顶山 安阳 鹤壁 新乡 焦作 濮阳 许昌 漯河 三门峡 南阳 商丘 信阳 周口 驻马店
武汉 黄石 十堰 宜昌 襄阳 鄂州 荆门 孝感 荆州 黄冈 咸宁 随州
长沙 株洲 湘潭 衡阳 邵阳 岳阳 常德 张家界 益阳 郴州 永州 怀化 娄底
广州 韶关 深圳 珠海 汕头 佛山 江门 湛江 茂名 肇庆 惠州 梅州 汕尾 河源 阳江 清远 东莞 中山 潮州 揭阳 云浮
南宁 柳州 桂林 梧州 北海 防城港 钦州 贵港 玉林 百色 贺州 河池 来宾 崇左
海口 三亚 三沙 儋州
成都 自贡 攀枝花 泸州 德阳 绵阳 广元 遂宁 内江 乐山 南充 眉山 宜宾 广安 达州 雅安 巴中 资阳
贵阳 六盘水 遵义 安顺 毕节 铜仁
昆明 曲靖 玉溪 保山 昭通 丽江 普洱 临沧
拉萨 日喀则 昌都 林芝 山南 那曲
西安 铜川 宝鸡 咸阳 渭南 延安 汉中 榆林 安康 商洛
兰州 嘉峪关 金昌 白银 天水 武威 张掖 平凉 酒泉 庆阳 定西 陇南
西宁 海东 银川 石嘴山 吴忠 固原 中卫 乌鲁木齐 克拉玛依 吐鲁番 哈密
`;

/**
 * The names cities go by in their own news (98万春城志愿者, 羊城义工): only those that stand for one city alone
 * (not 江城 or 鹿城, each said of several, nor 山城, said of any hill town).
 */
const EPITHETS: Record<string, string> = {
  春城: "昆明市",
  羊城: "广州市",
  鹏城: "深圳市",
  榕城: "福州市",
  泉城: "济南市",
  冰城: "哈尔滨市",
  蓉城: "成都市",
  星城: "长沙市",
  申城: "上海市",
  津城: "天津市",
  邕城: "南宁市",
  筑城: "贵阳市",
};

const words = (list: string) => list.split(/\s+/).filter(Boolean);

/** Short name → the division it names: 山东 → 山东省, 温州 → 温州市, 广西 → 广西壮族自治区. */
export const SHORT_PLACE_NAMES: ReadonlyMap<string, string> = new Map([
  ...words(PROVINCES).map((name): [string, string] => [name, `${name}省`]),
  ...Object.entries(REGIONS),
  ...words(CITIES).map((name): [string, string] => [name, `${name}市`]),
  ...Object.entries(EPITHETS),
]);

/** A regular-expression alternation of the short names, longest first. */
export const SHORT_PLACE_PATTERN = [...SHORT_PLACE_NAMES.keys()]
  .sort((a, b) => b.length - a.length)
  .join("|");
