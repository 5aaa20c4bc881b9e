// Which table columns hold figures, to be set right-aligned: numeric columns, and text columns of
// figures as reports write them (811, 3万余名, +12, -5.7%, 近2000家, 口径不同 beside them).

const FIGURE =
  /^[+\-−]?(?:近|约|超过?|逾|不少于|不低于|不超过|最高)?[+\-−]?\d[\d,.]*(?:万|亿)?(?:余|多)?[家名个人所项支处座间户次场件元%]*(?:以上|左右)?$/;

export const isFigureText = (text: string): boolean => FIGURE.test(text.trim());

/** A column of text is a column of figures when at least half its values are figures and the rest hold no digits. */
export function isFigureColumn(texts: readonly string[]): boolean {
  const shown = texts.map((t) => t.trim()).filter(Boolean);
  if (!shown.length) return false;
  const figures = shown.filter(isFigureText).length;
  return figures * 2 >= shown.length && shown.every((t) => isFigureText(t) || !/\d/.test(t));
}
