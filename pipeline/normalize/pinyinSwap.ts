// Spam mirrors that republish an article dodge keyword filters by writing a character of a word as
// its pinyin, mostly without its tone: 社hui组织, 社会tuan体, min办非企业单位, 持证she工, 志yuan者,
// 社huì组织. The word is then read by nobody downstream. Here the nouns that name what civil-affairs
// texts count are put back whole where one or more of their characters (not all) stand as their
// syllables. A syllable must stand alone between Chinese characters (or the line's ends and marks):
// `www.shequ.cn` and `she工` inside an English word stay as they are.

import { type Mapped, MappedBuilder } from "../../schemas/basics/mapped.js";
import { simplify } from "../../schemas/basics/simplify.js";

/** The syllable of each character of the nouns below (one reading: the one these words use). */
const SYLLABLE: Record<string, string> = {
  社: "she",
  会: "hui",
  组: "zu",
  织: "zhi",
  团: "tuan",
  体: "ti",
  民: "min",
  办: "ban",
  非: "fei",
  企: "qi",
  业: "ye",
  单: "dan",
  位: "wei",
  基: "ji",
  金: "jin",
  服: "fu",
  务: "wu",
  机: "ji",
  构: "gou",
  行: "hang",
  协: "xie",
  商: "shang",
  工: "gong",
  作: "zuo",
  者: "zhe",
  持: "chi",
  证: "zheng",
  志: "zhi",
  愿: "yuan",
  义: "yi",
  区: "qu",
  街: "jie",
  道: "dao",
  站: "zhan",
  党: "dang",
  群: "qun",
  中: "zhong",
  心: "xin",
  专: "zhuan",
  人: "ren",
  才: "cai",
  政: "zheng",
};

/** The counted nouns, longest first so that 社会工作者 is put back before 社会工作. */
const NOUNS = [
  "民办非企业单位",
  "党群服务中心",
  "社会服务机构",
  "行业协会商会",
  "社会工作者",
  "社会组织",
  "社会团体",
  "社会工作",
  "专业人才",
  "志愿者",
  "基金会",
  "社工站",
  "持证",
  "社工",
  "义工",
  "社区",
  "街道",
  "民政",
];

/** A syllable's vowels with or without their tone marks: hui, huì. */
const TONED: Record<string, string> = {
  a: "[aāáǎà]",
  e: "[eēéěè]",
  i: "[iīíǐì]",
  o: "[oōóǒò]",
  u: "[uūúǔùüǖǘǚǜ]",
};
const syllablePattern = (syllable: string): string => [...syllable].map((ch) => TONED[ch] ?? ch).join("");

function nounPattern(noun: string): string {
  return [...noun].map((ch) => `(?:${ch}|${syllablePattern(SYLLABLE[ch] ?? ch)})`).join("");
}

const LETTER = "A-Za-zāáǎàēéěèīíǐìōóǒòūúǔùüǖǘǚǜ";
// Matched on the simplified text, so 社hui組織 is found as 社hui组织; a Latin letter may not touch
// the match on either side.
const SWAPPED = new RegExp(`(?<![${LETTER}])(?:${NOUNS.map(nounPattern).join("|")})(?![${LETTER}])`, "gi");
const LATIN_BESIDE_HAN = new RegExp(`[\u3400-\u9fff][${LETTER}]|[${LETTER}][\u3400-\u9fff]`);
const ANY_LETTER = new RegExp(`[${LETTER}]`);

/** Each noun with the pattern of its whole spelling, Chinese and syllables mixed. */
const WHOLE_NOUNS = NOUNS.map((noun) => ({ noun, pattern: new RegExp(`^${nounPattern(noun)}$`) }));

/** The noun a match spells, when it holds both a Chinese character and a syllable. */
function nounOf(match: string): string | null {
  if (!ANY_LETTER.test(match) || !/[\u3400-\u9fff]/.test(match)) return null;
  const lower = match.toLowerCase();
  return WHOLE_NOUNS.find(({ pattern }) => pattern.test(lower))?.noun ?? null;
}

export function restoreSwappedPinyin(line: Mapped): Mapped {
  if (!ANY_LETTER.test(line.text) || !LATIN_BESIDE_HAN.test(line.text)) return line;
  // simplify keeps the length, so offsets in the simplified text are offsets in the line.
  const plain = simplify(line.text);
  const nouns = new Map<number, { end: number; noun: string }>();
  for (const m of plain.matchAll(SWAPPED)) {
    const noun = nounOf(m[0]);
    if (noun) nouns.set(m.index, { end: m.index + m[0].length, noun });
  }
  if (nouns.size === 0) return line;
  const out = new MappedBuilder();
  let at = 0;
  for (const [start, { end, noun }] of nouns) {
    out.slice(line, at, start);
    out.from(line, start, noun);
    at = end;
  }
  return out.slice(line, at).build();
}
