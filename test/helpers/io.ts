import { PassThrough, Writable } from "node:stream";
import type { Io } from "../../bin/command.js";
import { main } from "../../bin/main.js";

/** Runs the CLI in-process with captured output. */
export async function run(
  argv: string[],
  options: { cwd?: string; stdin?: string; env?: NodeJS.ProcessEnv } = {},
) {
  let stdout = "";
  let stderr = "";
  const sink = (write: (s: string) => void) =>
    new Writable({
      write(chunk, _encoding, done) {
        write(String(chunk));
        done();
      },
    });
  const stdin = new PassThrough();
  stdin.end(options.stdin ?? "");
  const io: Io = {
    stdout: sink((s) => {
      stdout += s;
    }),
    stderr: sink((s) => {
      stderr += s;
    }),
    stdin,
    cwd: options.cwd ?? process.cwd(),
    env: options.env ?? process.env,
  };
  const code = await main(argv, io);
  return { code, stdout, stderr };
}
