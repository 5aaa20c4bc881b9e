// The region a statistics table counts, from its preamble: 编制单位:福建省, 地区编码:440100000000
// (the first six digits name the division), or a place named in its title.

import { DIVISION_CODES, divisionOfCode } from "../../schemas/divisionCodes.js";

/** A division name alone: 福建省, 深圳市, 福田区, 广西壮族自治区. */
const DIVISION = /^[\u4e00-\u9fa5]{1,8}?(?:特别行政区|自治区|自治州|自治县|省|市|区|县|州|盟|旗)$/;
/** What follows a place in a compiler's name: 深圳市民政局 → 深圳市. */
const OFFICE = /(?:民政局|民政厅|统计局|人民政府|政府|民政).*$/;

export function tableRegion(preamble: string): string | null {
  const code = /地区(?:编码|代码|编号)\s*[:：]\s*(\d{6,12})/.exec(preamble)?.[1];
  const compiler = /(?:编制|填报|报送)单位\s*[:：]\s*([\u4e00-\u9fa5]{2,20})/.exec(preamble)?.[1];
  const place = compiler?.replace(OFFICE, "");
  const named = place && DIVISION.test(place) ? place : null;
  // A code the list knows names its division. One it knows only by its city or province says less
  // than a compiler that names its own division (地区编码:430400000000, 编制单位:衡阳市).
  const exact = code ? (DIVISION_CODES[code.slice(0, 6)] ?? null) : null;
  return exact ?? named ?? (code ? divisionOfCode(code) : null);
}
