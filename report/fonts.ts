// Finds a font with Chinese glyphs for resvg, which draws no text at all without one: $CIVSTAT_FONT,
// then a font package in node_modules, then the usual system font folders.

import { existsSync, readdirSync, statSync } from "node:fs";
import { homedir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export interface FontFound {
  path: string;
  /** Family name to ask resvg for, when the file is a known one. */
  family: string | null;
}

export interface FontSearch {
  found: FontFound | null;
  /** What was looked for, in order: for the message when nothing is found. */
  lookedFor: string[];
}

/** Known CJK font files, most preferred first. */
const KNOWN: [RegExp, string][] = [
  [/^NotoSansCJK(sc)?-Regular\.(ttc|otf)$/i, "Noto Sans CJK SC"],
  [/^NotoSansCJK.*\.(ttc|otf)$/i, "Noto Sans CJK SC"],
  [/^NotoSansSC.*\.(ttf|otf)$/i, "Noto Sans SC"],
  [/^SourceHanSans(SC|CN)?-Regular\.(ttc|otf)$/i, "Source Han Sans SC"],
  [/^wqy-microhei\.ttc$/i, "WenQuanYi Micro Hei"],
  [/^wqy-zenhei\.ttc$/i, "WenQuanYi Zen Hei"],
  [/^DroidSansFallback(Full)?\.ttf$/i, "Droid Sans Fallback"],
  [/^PingFang\.ttc$/i, "PingFang SC"],
  [/^msyh\.tt[cf]$/i, "Microsoft YaHei"],
  [/^simhei\.ttf$/i, "SimHei"],
  [/^NotoSerifCJK.*\.(ttc|otf)$/i, "Noto Serif CJK SC"],
  [/^Arial Unicode\.ttf$/i, "Arial Unicode MS"],
];

const PACKAGES = ["@expo-google-fonts/noto-sans-sc", "@fontsource/noto-sans-sc"];

function systemFolders(env: NodeJS.ProcessEnv): string[] {
  const home = env.HOME ?? homedir();
  return [
    "/usr/share/fonts",
    "/usr/local/share/fonts",
    join(home, ".local/share/fonts"),
    join(home, ".fonts"),
    "/System/Library/Fonts",
    "/Library/Fonts",
    join(env.WINDIR ?? "C:\\Windows", "Fonts"),
  ];
}

function filesUnder(folder: string, depth = 5): string[] {
  if (depth < 0 || !existsSync(folder)) return [];
  let entries: string[];
  try {
    entries = readdirSync(folder).sort();
  } catch {
    return [];
  }
  const out: string[] = [];
  for (const name of entries) {
    const path = join(folder, name);
    let isDir = false;
    try {
      isDir = statSync(path).isDirectory();
    } catch {
      continue;
    }
    if (isDir) out.push(...filesUnder(path, depth - 1));
    else out.push(path);
  }
  return out;
}

function best(files: string[]): FontFound | null {
  for (const [pattern, family] of KNOWN) {
    const path = files.find((f) => pattern.test(f.split(/[/\\]/).pop() ?? ""));
    if (path) return { path, family };
  }
  return null;
}

/** node_modules folders from `start` up to the root. */
function nodeModules(start: string): string[] {
  const out: string[] = [];
  for (let dir = start; ; dir = dirname(dir)) {
    out.push(join(dir, "node_modules"));
    if (dirname(dir) === dir) return out;
  }
}

export function findCjkFont(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): FontSearch {
  const lookedFor: string[] = [];
  const override = env.CIVSTAT_FONT;
  if (override) {
    lookedFor.push(`CIVSTAT_FONT=${override}`);
    if (existsSync(override))
      return { found: { path: override, family: best([override])?.family ?? null }, lookedFor };
  } else lookedFor.push("$CIVSTAT_FONT (unset)");
  const here = dirname(fileURLToPath(import.meta.url));
  const roots = [...new Set([...nodeModules(cwd), ...nodeModules(here)])];
  for (const pkg of PACKAGES) {
    lookedFor.push(`${pkg} in node_modules`);
    for (const root of roots) {
      const found = best(filesUnder(join(root, pkg), 3));
      if (found) return { found, lookedFor };
    }
  }
  const folders = systemFolders(env);
  lookedFor.push(
    `Noto Sans CJK, Source Han Sans, WenQuanYi, Droid Sans Fallback, PingFang, Microsoft YaHei or SimHei under ${folders.join(", ")}`,
  );
  for (const folder of folders) {
    const found = best(filesUnder(folder));
    if (found) return { found, lookedFor };
  }
  return { found: null, lookedFor };
}

export function noFontMessage(search: FontSearch): string {
  return (
    `no CJK font found for the PNG charts (looked for ${search.lookedFor.join("; ")}). ` +
    "Install one (Debian: apt-get install fonts-noto-cjk) or set CIVSTAT_FONT=/path/to/font.ttc; " +
    "the Markdown links the charts as SVG files instead, and the HTML is unaffected"
  );
}
