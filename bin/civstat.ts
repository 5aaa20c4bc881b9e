#!/usr/bin/env node
import "./v8Flags.js";
import type { Io } from "./command.js";
import { main } from "./main.js";

const io: Io = {
  stdout: process.stdout,
  stderr: process.stderr,
  stdin: process.stdin,
  cwd: process.cwd(),
  env: process.env,
  onInterrupt(handler) {
    // A second Ctrl-C ends the process at once.
    const once = () => {
      process.off("SIGINT", once);
      process.once("SIGINT", () => process.exit(130));
      handler();
    };
    process.on("SIGINT", once);
    return () => process.off("SIGINT", once);
  },
};

process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(0);
});

main(process.argv.slice(2), io).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.stderr.write(`civstat: ${String(error)}\n`);
    process.exitCode = 1;
  },
);
