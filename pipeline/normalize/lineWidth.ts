// The document's usual full line width: where a hard-wrapped text breaks its lines.

/** Lines narrower than this are not counted: headings, signatures, dates. */
const MIN_COUNTED = 12;

/**
 * The most common line width (to the nearest em) among lines at least MIN_COUNTED wide, when enough
 * lines sit at or just under it to say the text is hard-wrapped; null when it is not (one line a
 * paragraph, as in Word documents and many text files).
 */
export function fullLineWidth(widths: readonly number[]): number | null {
  const counted = widths.filter((w) => w >= MIN_COUNTED);
  if (counted.length < 4) return null;
  const bins = new Map<number, number>();
  for (const w of counted) bins.set(Math.round(w), (bins.get(Math.round(w)) ?? 0) + 1);
  let mode = 0;
  let best = 0;
  for (const [w, n] of bins) {
    if (n > best || (n === best && w > mode)) {
      mode = w;
      best = n;
    }
  }
  const near = counted.filter((w) => w >= mode - 2 && w <= mode + 0.5).length;
  const wider = counted.filter((w) => w > mode + 2).length;
  return near >= 4 && near >= counted.length * 0.3 && wider <= near ? mode : null;
}
