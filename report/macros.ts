// SQL macros a notebook may call, defined in the report's own connection:
//   civ_period(as_of)        '2024-05-31' → 2024年5月31日, '2023-06' → 2023年6月, '2022' → 2022年
//   civ_when(as_of, source) civ_period, marked （发文日期） when only the document's date gives it,
//                            （据文中年份推断） when an undated text's latest year does
//   civ_date(date)           a DATE → 2024年5月31日
//   civ_label(key)           catalogue label: social_org.total → 社会组织
//   civ_unit(code)           org → 家, person → 名, yuan → 元, percent → %
//   civ_kind(kind)           npc_suggestion_reply → 人大代表建议答复
//   civ_num(x)               811.0 → '811', 5.66 → '5.66' (at most two decimals)
//   civ_signed(x)            +8, -46, 0
//   civ_amount(value, qual)  30000, 'more_than' → 30000余; 'at_least' → 不少于80
//   civ_figure(value, qual, doc_id, fact_id)  like civ_amount, but an approximate or 万-written figure
//                            in the source's own words, without the measure word: 3万余名 → 3万余
//                            (30000余 from civ_amount), 近2000家 → 近2000, 5名以上 → 5以上
//   civ_per(doc_id, fact_id)  what the figure is per, in the source's words: 16.3万元/人/年 → /人/年;
//                            NULL when it says nothing of the kind
//                            (civ_figure and civ_per look the fact up in facts: pass their columns
//                            qualified, p.doc_id, or facts' own columns answer for bare names)
//   civ_source(doc, page, sentence)  a citation: printed as a footnote (Markdown) or tooltip and
//                            footnote (HTML); NULL when doc and sentence are; with a label shown
//                            in place of the document: civ_cite(label, doc, page, sentence); either
//                            takes the document's title and date too: t := title, i := issued

/** What a figure is per, at the end of its words: /人/年 in 16.3万元/人/年. */
const PER_TAIL = "(/[^/0-9]{1,2})";

export const MACROS_SQL = `
CREATE OR REPLACE TEMP MACRO civ_period(a) AS CASE
  WHEN a IS NULL THEN NULL
  WHEN length(a) = 4 THEN a || '年'
  WHEN length(a) = 7 THEN left(a, 4) || '年' || CAST(CAST(substr(a, 6, 2) AS INTEGER) AS VARCHAR) || '月'
  ELSE strftime(CAST(a AS DATE), '%Y年%-m月%-d日') END;
CREATE OR REPLACE TEMP MACRO civ_when(a, s) AS
  civ_period(a) || CASE WHEN s IN ('document', 'none') THEN '（发文日期）'
    WHEN s = 'mentioned' THEN '（据文中年份推断）' ELSE '' END;
CREATE OR REPLACE TEMP MACRO civ_date(d) AS strftime(CAST(d AS DATE), '%Y年%-m月%-d日');
CREATE OR REPLACE TEMP MACRO civ_label(k) AS coalesce((SELECT label FROM catalogue WHERE key = k), k);
CREATE OR REPLACE TEMP MACRO civ_unit(u) AS coalesce((SELECT label FROM units WHERE code = u), u);
CREATE OR REPLACE TEMP MACRO civ_kind(k) AS coalesce((SELECT label FROM kinds WHERE kind = k), k);
CREATE OR REPLACE TEMP MACRO civ_num(x) AS CASE
  WHEN x IS NULL THEN NULL
  WHEN CAST(x AS DOUBLE) = round(CAST(x AS DOUBLE)) AND abs(CAST(x AS DOUBLE)) < 1e15
    THEN CAST(CAST(x AS BIGINT) AS VARCHAR)
  ELSE CAST(round(CAST(x AS DOUBLE), 2) AS VARCHAR) END;
CREATE OR REPLACE TEMP MACRO civ_signed(x) AS CASE WHEN x > 0 THEN '+' ELSE '' END || civ_num(x);
CREATE OR REPLACE TEMP MACRO civ_amount(v, q) AS CASE q
  WHEN 'more_than' THEN civ_num(v) || '余'
  WHEN 'nearly' THEN '近' || civ_num(v)
  WHEN 'at_least' THEN '不少于' || civ_num(v)
  WHEN 'at_most' THEN '不超过' || civ_num(v)
  ELSE civ_num(v) END;
CREATE OR REPLACE TEMP MACRO civ_figure(v, q, d, f) AS coalesce(
  (SELECT nullif(w.figure || w.after, '') FROM (
     SELECT regexp_extract(quantity_text,
       '^((近|约|超过|超|逾|不少于|不得少于|不低于|不得低于|不超过|最高)?[0-9.]+[万亿]?[余多]?)[家名个人所项支处座间户次场件元]?(以上|以下|左右)?${PER_TAIL}*$',
       ['figure', 'before', 'after']) AS w
     FROM facts WHERE doc_id = d AND fact_id = f AND (q <> 'exact' OR quantity_text SIMILAR TO '.*[万亿].*'))),
  civ_amount(v, q));
CREATE OR REPLACE TEMP MACRO civ_per(d, f) AS (
  SELECT nullif(regexp_extract(quantity_text, '(${PER_TAIL}+)$', 1), '')
  FROM facts WHERE doc_id = d AND fact_id = f);
CREATE OR REPLACE TEMP MACRO civ_cite(l, d, p, s, t := NULL, i := NULL) AS CASE WHEN d IS NULL AND s IS NULL THEN NULL ELSE
  struct_pack(label := CAST(l AS VARCHAR), doc := CAST(d AS VARCHAR), page := CAST(p AS INTEGER), text := CAST(s AS VARCHAR),
              title := CAST(t AS VARCHAR), issued := CAST(civ_date(i) AS VARCHAR)) END;
CREATE OR REPLACE TEMP MACRO civ_source(d, p, s, t := NULL, i := NULL) AS civ_cite(NULL, d, p, s, t := t, i := i);`;
