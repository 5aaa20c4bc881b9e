/**
 * The year a bulletin, work summary or situation report covers, from its title:
 * 广州市2023年民政事业发展统计公报 → 2023, 关于2021年全省社会组织发展情况的通报 → 2021.
 */
export function periodOf(title: string | null): string | null {
  if (!title) return null;
  const m =
    /((?:19|20)\d{2})\s*年度?[^，。]{0,30}?(?:公报|总结|年报|统计|工作报告|发展情况|基本情况|情况的?通报|情况报告)/.exec(
      title,
    );
  return m?.[1] ?? null;
}
