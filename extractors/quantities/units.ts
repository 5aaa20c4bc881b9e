// The units statistics are written with: the written form (simplified, see quantityText.fold) → a
// plain English code, the kind of quantity, and the multiplier that brings the value to the code's
// main unit (万元 → yuan × 10000).

import type { QuantityKind } from "../../schemas/quantity.js";

export interface UnitInfo {
  code: string;
  kind: QuantityKind;
  multiplier: number;
}

const TABLE: [QuantityKind, string, string][] = [
  ["count", "org", "家"],
  ["count", "person", "名 人 位 人员"],
  ["count", "person_time", "人次"],
  ["count", "household", "户"],
  ["count", "household_time", "户次"],
  ["count", "department", "部门 部委"],
  ["count", "bed", "床 床位"],
  [
    "count",
    "item",
    "个 项 期 场 场次 节次 节课 讲 套 件 件次 具 只 头 棵 株 所 支 次 家次 批 台 辆 座 间 处 条 篇 份 本 张 册 部 类 种 起 宗 例 轮 班 组 对 门 栋 幢 块 份次 人份",
  ],
  ["duration", "year", "年 年度 周年"],
  ["duration", "month", "个月 月"],
  ["duration", "quarter", "季度 个季度"],
  ["duration", "week", "周 个星期 星期"],
  ["duration", "day", "天 日 个工作日 工作日"],
  ["duration", "hour", "小时 个小时 学时 课时"],
  ["duration", "minute", "分钟"],
  ["measure", "age", "岁 周岁"],
  ["measure", "square_meter", "平方米 平米 ㎡"],
  ["measure", "square_kilometer", "平方公里 平方千米"],
  ["measure", "hectare", "公顷"],
  ["measure", "mu", "亩"],
  ["measure", "kilometer", "公里 千米"],
  ["measure", "meter", "米"],
  ["measure", "tonne", "吨"],
  ["measure", "kilogram", "公斤 千克"],
  ["measure", "jin", "斤"],
  ["number", "times", "倍"],
  ["percent", "percent", "% 成"],
  ["percent", "permille", "‰"],
  ["percent", "percentage_point", "个百分点 百分点"],
];

const CURRENCIES: [string, string][] = [
  ["yuan", "元 元钱 人民币 元人民币"],
  ["usd", "美元"],
  ["hkd", "港元 港币"],
  ["eur", "欧元"],
];

/** Multipliers written as part of a money unit: 万元, 亿元, 千万元. */
const MONEY_PREFIXES: [string, number][] = [
  ["", 1],
  ["百", 100],
  ["千", 1e3],
  ["万", 1e4],
  ["十万", 1e5],
  ["百万", 1e6],
  ["千万", 1e7],
  ["亿", 1e8],
  ["万亿", 1e12],
];

export const UNITS: ReadonlyMap<string, UnitInfo> = (() => {
  const map = new Map<string, UnitInfo>();
  for (const [kind, code, forms] of TABLE) {
    for (const form of forms.split(" ")) map.set(form, { code, kind, multiplier: form === "成" ? 10 : 1 });
  }
  for (const [code, forms] of CURRENCIES) {
    for (const form of forms.split(" ")) {
      for (const [prefix, multiplier] of MONEY_PREFIXES)
        map.set(prefix + form, { code, kind: "money", multiplier });
    }
  }
  return map;
})();

/** The units by the character they start with, longest first. */
const BY_FIRST = new Map<string, [string, UnitInfo][]>();
for (const [form, info] of UNITS) {
  const list = BY_FIRST.get(form[0]!) ?? [];
  list.push([form, info]);
  BY_FIRST.set(form[0]!, list);
}
for (const list of BY_FIRST.values()) list.sort((a, b) => b[0].length - a[0].length);

/** What must not follow a unit character for it to be one: 一次性, 支持, 起施行, 人民. */
const NOT_AFTER: Record<string, RegExp> = {
  次: /^[性]/,
  家: /^[庭长属乡园]/,
  只: /^[有是要能需]/,
  头: /^[雁部羊衔]/,
  支: /^[持出付部]/,
  起: /^[施实执生算计]/,
  人: /^[民]/,
  部: /^[分署门委长]/,
  门: /^[户槛诊店类]/,
  所: /^[属在有以得]/,
  场: /^[所地景馆]/,
  期: /^[间限]/,
  // 对 counts pairs (50对新人, 100对夫妻) and is otherwise a preposition (17.2 对现役军人).
  对: /^(?![新夫情父母伴结])[\u4e00-\u9fff]/,
  本: /^[地市区级单领科]/,
  组: /^[织建成]/,
  班: /^[子级长]/,
  台: /^[湾账]/,
  条: /^[件例款]/,
  处: /^[理置罚于]/,
  间: /^[隔]/,
  类: /^[似]/,
  周: /^[边围末转]/,
  成: /^[员为立果本效功绩熟长都型就不]/,
};

export interface UnitMatch {
  form: string;
  info: UnitInfo;
}

/** The longest unit written at `at` in folded `text`, or null. */
export function matchUnit(text: string, at: number): UnitMatch | null {
  const forms = BY_FIRST.get(text[at] ?? "");
  if (!forms) return null;
  for (const [form, info] of forms) {
    if (!text.startsWith(form, at)) continue;
    const guard = NOT_AFTER[form];
    if (guard?.test(text.slice(at + form.length, at + form.length + 1))) continue;
    return { form, info };
  }
  return null;
}
