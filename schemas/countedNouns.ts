// What a figure counts, named the same way whatever words a document uses: the counted noun (统计口径)
// two figures of one series must share before one is compared with the other. The lexicon's head
// nouns (schemas/lexicon.ts) name most of them; these are the nouns a series' figures are also
// written with that count something else: 党组织 (every party organisation) is not 党支部 (branches).

/** Nouns that name a basis of their own, each with the name it is recorded under. */
export const BASIS_NOUNS: Array<{ nouns: string[]; counted: string }> = [
  { nouns: ["党组织", "基层党组织", "党组织机构"], counted: "党组织" },
  { nouns: ["党支部", "支部"], counted: "党支部" },
  { nouns: ["党总支"], counted: "党总支" },
  { nouns: ["党委"], counted: "党委" },
  { nouns: ["党员"], counted: "党员" },
];

/** A narrowed series' own counted noun: 持证 社工 counts 持证社会工作者. */
export const NARROWED_NOUNS: Record<string, string> = {
  "social_work.certified_workers": "持证社会工作者",
  "social_work.project_workers": "项目社工",
  "social_org.rating_5a": "5A级社会组织",
  "social_org.rating_4a": "4A级社会组织",
  "social_org.rating_3a": "3A级社会组织",
  "social_org.rating_2a": "2A级社会组织",
  "social_org.rating_1a": "1A级社会组织",
};
