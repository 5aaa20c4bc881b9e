// Gambling and adult sites that copy an article put a line of their own keywords above it or between
// its lines: 澳门赌场 百家乐 皇冠体育 www.…com, 久久精品_午夜福利_在线观看|国产自拍…. Such a line says
// nothing the article reports; left in, it parts a sentence from its figure (…全市共有社会组织 / <spam> /
// 2549家，…) or lends a headline's figure its snippet. A line goes when it holds two or more of the
// words these sites live on (or one and a web address), no full stop, and none of the nouns a
// civil-affairs text counts; a sentence that reports on gambling (查处赌场3家。) keeps its full stop.

const SPAM_WORDS = [
  "赌场",
  "博彩",
  "百家乐",
  "娱乐城",
  "真人娱乐",
  "棋牌",
  "老虎机",
  "彩票",
  "时时彩",
  "六合彩",
  "快三",
  "体育投注",
  "威尼斯人",
  "葡京",
  "皇冠体育",
  "太阳城",
  "开户送",
  "在线观看",
  "免费视频",
  "自拍",
  "偷拍",
  "久久",
  "精品",
  "成人",
  "国产",
  "麻豆",
  "传媒",
  "午夜福利",
  "福利导航",
  "一级片",
  "色道",
  "狠狠",
  "欧美",
  "日韩",
  "影院",
];

/** Nouns of the texts this program reads: a line that holds one is the article's own. */
const OWN_NOUNS =
  /社会组织|社会团体|民办非企业|基金会|社工|社会工作|志愿|义工|社区|街道|民政|养老|救助|慈善|福利|公益|福彩/;
const WEB_ADDRESS = /www\.|https?:\/\/|\.(?:com|net|cc|vip|top)\b/i;

/** Any of the words: most lines hold none, and are passed by one scan. */
const ANY_SPAM_WORD = new RegExp(SPAM_WORDS.join("|"));

/** Whether a line (simplified) is a line of a spam site's keywords. */
export function isSpamLine(plain: string): boolean {
  if (plain.includes("。") || !ANY_SPAM_WORD.test(plain)) return false;
  let hits = 0;
  let rest = plain;
  for (const word of SPAM_WORDS) {
    if (!rest.includes(word)) continue;
    hits++;
    rest = rest.replaceAll(word, " ");
  }
  // The nouns are looked for in what the spam words leave: 午夜福利 is not 福利.
  if (hits === 0 || OWN_NOUNS.test(rest)) return false;
  return hits >= 2 || WEB_ADDRESS.test(plain);
}
