// What a notebook's SQL (and civstat query's) finds beside the database's own tables: the label
// tables (catalogue, units, kinds) and the civ_* macros; store/session.ts adds the series views.

import type { SessionSetup } from "../store/session.js";
import { labelTables } from "./labels.js";
import { MACROS_SQL } from "./macros.js";

export function notebookSession(): SessionSetup {
  return { tables: labelTables(), macros: MACROS_SQL };
}
