// Headless Chromium driven over the DevTools protocol on a pipe (--remote-debugging-pipe: JSON
// messages ending in NUL on fds 3 and 4), so that no browser-automation package is needed. It
// opens a page, records console errors, uncaught exceptions and every request, evaluates
// expressions and takes full-page screenshots.

import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Readable, Writable } from "node:stream";

/** The Chromium binary: $CHROMIUM, or chromium / chromium-browser / google-chrome on the PATH. */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string | null {
  const candidates = [env.CHROMIUM, "chromium", "chromium-browser", "google-chrome", "google-chrome-stable"];
  for (const candidate of candidates) {
    if (!candidate) continue;
    const probe = spawnSync(candidate, ["--version"], { encoding: "utf8", timeout: 20_000 });
    if (probe.status === 0) return candidate;
  }
  return null;
}

type Message = {
  id?: number;
  method?: string;
  params?: Record<string, unknown>;
  sessionId?: string;
  result?: unknown;
  error?: { message: string };
};

export interface PageReport {
  consoleErrors: string[];
  exceptions: string[];
  requests: string[];
}

export class Browser {
  private readonly child: ChildProcess;
  private readonly profile: string;
  private nextId = 1;
  private buffer = "";
  private readonly pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  private readonly listeners = new Set<(m: Message) => void>();

  private constructor(binary: string) {
    this.profile = mkdtempSync(join(tmpdir(), "civstat-chromium-"));
    this.child = spawn(
      binary,
      [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--hide-scrollbars",
        `--user-data-dir=${this.profile}`,
        "--remote-debugging-pipe",
        "about:blank",
      ],
      { stdio: ["ignore", "ignore", "ignore", "pipe", "pipe"] },
    );
    const output = this.child.stdio[4] as Readable;
    output.setEncoding("utf8");
    output.on("data", (chunk: string) => {
      this.buffer += chunk;
      for (let end = this.buffer.indexOf("\0"); end >= 0; end = this.buffer.indexOf("\0")) {
        const message = JSON.parse(this.buffer.slice(0, end)) as Message;
        this.buffer = this.buffer.slice(end + 1);
        if (message.id !== undefined) {
          const waiting = this.pending.get(message.id);
          this.pending.delete(message.id);
          if (message.error) waiting?.reject(new Error(message.error.message));
          else waiting?.resolve(message.result);
        } else for (const listener of this.listeners) listener(message);
      }
    });
    this.child.on("exit", () => {
      for (const waiting of this.pending.values()) waiting.reject(new Error("chromium exited"));
      this.pending.clear();
    });
  }

  static async launch(binary: string): Promise<Browser> {
    const browser = new Browser(binary);
    await browser.send("Browser.getVersion");
    return browser;
  }

  send<T = Record<string, unknown>>(method: string, params: object = {}, sessionId?: string): Promise<T> {
    const id = this.nextId++;
    const input = this.child.stdio[3] as Writable;
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
      input.write(`${JSON.stringify({ id, method, params, ...(sessionId ? { sessionId } : {}) })}\0`);
    });
  }

  private waitFor(method: string, sessionId: string, timeoutMs = 20_000): Promise<Message> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.listeners.delete(listener);
        reject(new Error(`timed out waiting for ${method}`));
      }, timeoutMs);
      const listener = (m: Message) => {
        if (m.method === method && m.sessionId === sessionId) {
          clearTimeout(timer);
          this.listeners.delete(listener);
          resolve(m);
        }
      };
      this.listeners.add(listener);
    });
  }

  /** Opens `url` at the given width and returns what happened while it loaded, and the page. */
  async open(url: string, width = 1100, height = 900) {
    const { targetId } = await this.send<{ targetId: string }>("Target.createTarget", { url: "about:blank" });
    const { sessionId } = await this.send<{ sessionId: string }>("Target.attachToTarget", {
      targetId,
      flatten: true,
    });
    const report: PageReport = { consoleErrors: [], exceptions: [], requests: [] };
    const listener = (m: Message) => {
      if (m.sessionId !== sessionId) return;
      const p = m.params ?? {};
      if (m.method === "Runtime.consoleAPICalled" && (p.type === "error" || p.type === "assert")) {
        report.consoleErrors.push(JSON.stringify(p.args));
      } else if (m.method === "Log.entryAdded") {
        const entry = p.entry as { level: string; text: string; url?: string };
        if (entry.level === "error") report.consoleErrors.push(`${entry.text} ${entry.url ?? ""}`.trim());
      } else if (m.method === "Runtime.exceptionThrown") {
        report.exceptions.push(JSON.stringify(p.exceptionDetails));
      } else if (m.method === "Network.requestWillBeSent") {
        report.requests.push((p.request as { url: string }).url);
      }
    };
    this.listeners.add(listener);
    for (const domain of ["Runtime", "Log", "Page", "Network"])
      await this.send(`${domain}.enable`, {}, sessionId);
    await this.send(
      "Emulation.setDeviceMetricsOverride",
      { width, height, deviceScaleFactor: 1, mobile: false },
      sessionId,
    );
    const loaded = this.waitFor("Page.loadEventFired", sessionId);
    await this.send("Page.navigate", { url }, sessionId);
    await loaded;
    const evaluate = async <T>(expression: string): Promise<T> => {
      const { result, exceptionDetails } = await this.send<{
        result: { value: T };
        exceptionDetails?: unknown;
      }>("Runtime.evaluate", { expression, returnByValue: true, awaitPromise: true }, sessionId);
      if (exceptionDetails) throw new Error(`evaluate failed: ${JSON.stringify(exceptionDetails)}`);
      return result.value;
    };
    const screenshot = async (): Promise<Buffer> => {
      const metrics = await this.send<{ cssContentSize: { height: number } }>(
        "Page.getLayoutMetrics",
        {},
        sessionId,
      );
      const full = Math.ceil(metrics.cssContentSize.height);
      await this.send(
        "Emulation.setDeviceMetricsOverride",
        { width, height: full, deviceScaleFactor: 1, mobile: false },
        sessionId,
      );
      const { data } = await this.send<{ data: string }>(
        "Page.captureScreenshot",
        { format: "png" },
        sessionId,
      );
      return Buffer.from(data, "base64");
    };
    const close = async () => {
      this.listeners.delete(listener);
      await this.send("Target.closeTarget", { targetId });
    };
    return { report, evaluate, screenshot, close };
  }

  async close(): Promise<void> {
    await this.send("Browser.close").catch(() => undefined);
    await new Promise<void>((resolve) => {
      if (this.child.exitCode !== null) resolve();
      else this.child.once("exit", () => resolve());
      setTimeout(() => {
        this.child.kill("SIGKILL");
        resolve();
      }, 5_000).unref();
    });
    rmSync(this.profile, { recursive: true, force: true });
  }
}
