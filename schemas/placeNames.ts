// How place names are written: Han characters ending in a division (省 市 区 县 …), but never
// starting with the function words that run into one in prose (全区共有社区…, 另有备案社区…), nor holding
// the 于 of a comparison or a preposition before it (低于广州市…, 位于某县…; 于都县 is a name).

const NAME_CHAR =
  "(?:(?![全共有的各本我该其中社和及与等在对将为另备])(?!(?<=[低高多少等位对由关至属])于)[\\u4e00-\\u9fa5])";

/**
 * The divisions of the West and North that end in other words: a league (锡林郭勒盟), a banner (鄂托克前旗,
 * 阿拉善左旗) and a prefecture written short (伊犁州, 临夏州); never an alliance (联盟, 同盟), a flag (国旗, 红旗,
 * 锦旗) or 神州.
 */
const WEST_DIVISION = "(?<![联同结加])盟|(?<![国红党团锦彩军队会校战升])旗|(?<![神])州";

/** One division name, e.g. 福田区, 深圳市, 内蒙古自治区, 锡林郭勒盟. */
export const DIVISION_NAME = `${NAME_CHAR}{2,7}?(?:特别行政区|自治区|自治州|自治县|自治旗|省|市|区|县|${WEST_DIVISION})`;

/**
 * A town, township or sub-district named before what it counts: 散兵镇共有社会组织, 南区街道建成…. Not the
 * kinds of place (乡镇, 城乡, 镇街, 特色小镇), which need two characters of a name before the division word.
 */
export const TOWN_NAME = `${NAME_CHAR}{2,5}?(?:(?<![乡城村集小重古名强])镇|(?<![城农家故下老同他异水梦仙村])乡|街道)(?![镇街村])`;

/** Nested divisions written together: 深圳市福田区. */
export const PLACE_NAMES = `(?:${DIVISION_NAME})+`;

/** The kinds of division a bulletin counts (市辖区921个、县级市361个), which name no place. */
export const DIVISION_KIND =
  "(?:市辖区|县级市|地级市|直辖市|自治区|自治州|自治县|自治旗|计划单列市|副省级市)";

/**
 * Words ending like a division that name no place: 涉农社区, 居民小区, 产业园区, a kind of division, or a time
 * running into the level that acts (今年区财政…, 去年市民政局…).
 */
export const NOT_PLACE = `(?:社区|小区|园区|景区|片区|辖区|街区|校区|厂区|城区社区|^${DIVISION_KIND}|^(?:今|去|明|前|当|本|同|次|上|全|每)年(?:区|市|县|省))$`;
