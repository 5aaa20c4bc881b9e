import { relative, resolve } from "node:path";
import { CivstatError } from "../../schemas/basics/errors.js";
import { withDatabase } from "../../store/database.js";
import { documentNames, pathsNamed, unlinkFile } from "../../store/load.js";
import type { Command } from "../command.js";
import { dbOption } from "../options.js";
import { didYouMean } from "../suggest.js";

export const remove: Command = {
  name: "remove",
  summary:
    "Delete a document's rows from the database: by its number (every file of it), or one file by its path or name.",
  positionals: [
    {
      name: "doc-or-file",
      description: "document number (福民函〔2024〕25号), file path or name, or doc_id",
      required: true,
      variadic: true,
    },
  ],
  options: { db: dbOption },
  details: `Examples:
  civstat remove 福民函〔2022〕27号
  civstat remove data/corpus/txt/fumin-2022-27.txt

A document number removes every file of that document. A file removes that file; the document's
rows go when no other file holds the same bytes. The files on disk are not touched. To drop every
file that is gone from disk, use civstat ingest --prune.`,
  async run({ values, positionals }, io) {
    const db = String(values.db);
    return withDatabase(db, { create: false }, async ({ connection }) => {
      const named = await Promise.all(
        positionals.map(async (name) => ({
          name,
          paths: await pathsNamed(connection, name, resolve(io.cwd, name)),
        })),
      );
      const unknown = named.find((n) => n.paths.length === 0);
      if (unknown) {
        const names = await documentNames(connection);
        throw new CivstatError(
          "E_NOT_FOUND",
          `no document or file ${unknown.name} in ${db}${didYouMean(unknown.name, names) || " (civstat docs lists them)"}`,
        );
      }
      let documents = 0;
      const paths = [...new Set(named.flatMap((n) => n.paths))];
      for (const path of paths) {
        if ((await unlinkFile(connection, path)).deleted) documents++;
        io.stderr.write(`removed  ${relative(io.cwd, path) || path}\n`);
      }
      io.stderr.write(
        `civstat remove: ${paths.length} file${paths.length === 1 ? "" : "s"} removed; ${documents} document cop${documents === 1 ? "y" : "ies"} deleted with ${documents === 1 ? "its" : "their"} rows\n`,
      );
      return 0;
    });
  },
};
