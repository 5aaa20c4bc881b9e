// Is a line the name of an issuing body? 深圳市福田区民政局, 福建省民政厅, 深圳市人民政府办公厅文件.

const BODY_SUFFIX =
  /(?:局|厅|委员会|委|部|办公厅|办公室|政府|办事处|办|院|中心|处|科|联合会|总工会|工会|妇联|残联|团委|共青团[\u4e00-\u9fa5]{0,4}委|委员会办公室|党委|社工委|管理处|服务中心)$/;

export function isOrganisation(line: string): boolean {
  const s = line.replace(/\s+/g, "").replace(/文件$/, "");
  return s.length >= 3 && s.length <= 30 && /^[\u4e00-\u9fa5（）()]+$/.test(s) && BODY_SUFFIX.test(s);
}

/** The body's name as printed on a letterhead: spaces and a trailing 文件 removed. */
export function organisationName(line: string): string {
  return line.replace(/\s+/g, "").replace(/文件$/, "");
}
