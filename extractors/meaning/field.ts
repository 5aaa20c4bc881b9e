// The field a paragraph or heading is about, carried to a figure whose own words name only a thing of
// that field: 全国社会工作专业人才队伍不断壮大。目前，全国共有73.7万人取得资格证书 (the certificates are
// social work's). schemas/lexicon.ts lists the fields and the things.
import { FIELD_KINDS, MEASURE, OTHER_FIELD } from "../../schemas/lexicon.js";
import { meaningOf } from "./meaning.js";

/**
 * `subject` said in full with the field `said` names (the paragraph before the figure, its heading),
 * or null: when the subject names a head of its own, when no field fits, when another field is said too.
 */
export function subjectInField(subject: string, said: string): string | null {
  if (!said || OTHER_FIELD.test(said) || OTHER_FIELD.test(subject)) return null;
  const raw = subject.replace(/\s+/g, "");
  const words = raw.replace(MEASURE, "");
  if (meaningOf(words).head !== null) return null;
  for (const { field, kind, as } of FIELD_KINDS) {
    // 取得资格证书人数 is read without its measure, 实名注册人数 with it (注册人数 is a measure whole).
    const read = kind.test(raw) ? raw : kind.test(words) ? words : null;
    if (!field.test(said) || read === null) continue;
    const full = read.replace(kind, as);
    if (meaningOf(full).key !== null && meaningOf(full).key !== "other") return full;
  }
  return null;
}
