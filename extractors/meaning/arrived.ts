// The figure a change arrives at: 由8943个增长到16232个, 增加到2020年的5.9万家, 降到了1718家. It is the series'
// figure, though the clause speaks of a change.

/** The year said of a figure just before it: 2015年的, 2020年底的. */
const YEAR_OF = "(?:19|20)\\d{2}\\s*年(?:底|末|年底|年末)?的";

/** A figure given with its own year: 由2015年的4.1万家. */
export const OWN_YEAR = new RegExp(`${YEAR_OF}\\s*$`);

/** Now said of a figure just before it: 增加到目前的612人. */
export const NOW_OF = "(?:目前|现在|当前|如今)的";

/** How fast a change went, said before its verb: 以11.79%的年平均增长率, 以年均15%的速度. */
export const PACE = "以[^，,；;。]{0,20}?(?:增长率|增速|增幅|速度|幅度)";

const ARRIVED_TAIL = `(?:${PACE})?(?:继续|稳步|逐步|逐年|不断|持续|快速|迅速|大幅|显著|飞速|进一步|更是|又|再)?(?:增长|增加|提升|提高|上升|(?:发展)?壮大|发展|扩大|跃升|攀升|升|增|下降|减少|降低|回落|下滑|缩减|降|滑|跌|减|回升|反弹)(?:到|至|为)(?:了)?(?:${YEAR_OF}|${NOW_OF})?\\s*$`;

/** Words before a figure that say a change arrives at it, with or without where it started. */
export const ARRIVED_AT = new RegExp(`(?:(?:由|从)[^，,；;。]*?)?${ARRIVED_TAIL}`);

/** The same, where the clause also says where the change started: 由…增长到. */
export const ARRIVED_FROM = new RegExp(`(?:由|从)[^，,；;。]{1,24}${ARRIVED_TAIL}`);

/**
 * A figure the movers went to, all of a place's: 社工入驻到全县12个乡镇社工站 counts the stations (every one of
 * the county's), not those that moved in (入驻166家社会组织). The words before it say where, not what happened to it.
 */
export const INTO_ALL_OF = /(?:到|进|至)(?:了)?全(?:省|市|区|县|州|盟|旗|镇|乡)(?:的)?\s*$/;
