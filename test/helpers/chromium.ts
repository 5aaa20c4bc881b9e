// Headless Chromium through puppeteer-core, using the Chromium installed on the machine (no browser
// is downloaded). It opens a page, records console errors, uncaught exceptions and every request,
// evaluates expressions and takes full-page screenshots, each step with a time-out.

import { spawnSync } from "node:child_process";
import { accessSync, constants } from "node:fs";
import { delimiter, isAbsolute, join } from "node:path";
import { launch, type Browser as PuppeteerBrowser } from "puppeteer-core";

/** How long the browser may take to start, a page to load, one protocol call to answer. */
const LAUNCH_MS = 30_000;
const PAGE_MS = 30_000;
const PROTOCOL_MS = 60_000;

const executable = (path: string): boolean => {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
};

/** `name` as an absolute path: as given when it has a directory, else found on the PATH. */
function resolveCommand(name: string, env: NodeJS.ProcessEnv): string | null {
  if (name.includes("/")) return isAbsolute(name) && executable(name) ? name : null;
  for (const dir of (env.PATH ?? "").split(delimiter)) {
    if (dir && executable(join(dir, name))) return join(dir, name);
  }
  return null;
}

/** The Chromium binary: $CHROMIUM, or chromium / chromium-browser / google-chrome on the PATH. */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string | null {
  const candidates = [env.CHROMIUM, "chromium", "chromium-browser", "google-chrome", "google-chrome-stable"];
  for (const candidate of candidates) {
    const path = candidate ? resolveCommand(candidate, env) : null;
    if (!path) continue;
    const probe = spawnSync(path, ["--version"], { encoding: "utf8", timeout: 20_000 });
    if (probe.status === 0) return path;
  }
  return null;
}

export interface PageReport {
  consoleErrors: string[];
  exceptions: string[];
  requests: string[];
}

export class Browser {
  private constructor(private readonly browser: PuppeteerBrowser) {}

  static async launch(binary: string): Promise<Browser> {
    const browser = await launch({
      executablePath: binary,
      headless: true,
      pipe: true,
      timeout: LAUNCH_MS,
      protocolTimeout: PROTOCOL_MS,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--hide-scrollbars",
      ],
    });
    return new Browser(browser);
  }

  /** Opens `url` at the given width and returns what happened while it loaded, and the page. */
  async open(url: string, width = 1100, height = 900) {
    const page = await this.browser.newPage();
    page.setDefaultTimeout(PAGE_MS);
    page.setDefaultNavigationTimeout(PAGE_MS);
    const report: PageReport = { consoleErrors: [], exceptions: [], requests: [] };
    page.on("console", (message) => {
      if (message.type() === "error" || message.type() === "assert") {
        report.consoleErrors.push(`${message.text()} ${message.location().url ?? ""}`.trim());
      }
    });
    page.on("pageerror", (error) => report.exceptions.push(String(error)));
    page.on("request", (request) => report.requests.push(request.url()));
    await page.setViewport({ width, height, deviceScaleFactor: 1 });
    await page.goto(url, { waitUntil: "load" });
    const evaluate = <T>(expression: string): Promise<T> => page.evaluate(expression) as Promise<T>;
    const screenshot = async (): Promise<Buffer> =>
      Buffer.from(await page.screenshot({ type: "png", fullPage: true }));
    const close = () => page.close();
    return { report, evaluate, screenshot, close };
  }

  async close(): Promise<void> {
    await this.browser.close();
  }
}
