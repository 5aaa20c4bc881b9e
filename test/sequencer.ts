// The order test files start in: vitest's own (the slowest by the last run first), except that the
// slowest file needing no shared database goes second. The first worker then builds the shared
// databases (helpers/sharedDatabases.ts) while the second starts on that file, instead of waiting.
import { readFileSync } from "node:fs";
import { BaseSequencer, type TestSpecification } from "vitest/node";

const needsSharedDatabase = (file: TestSpecification) =>
  /\b(?:corpusDatabase|reportDatabase|sharedDatabase)\(/.test(readFileSync(file.moduleId, "utf8"));

export default class SharedDatabasesFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const builder = sorted.find(needsSharedDatabase);
    const free = sorted.find((file) => !needsSharedDatabase(file));
    if (!builder || !free) return sorted;
    return [builder, free, ...sorted.filter((file) => file !== builder && file !== free)];
  }
}
