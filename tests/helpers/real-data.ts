// Where the real public data is (../shared/data beside the repository, see its README), or
// BLUE_LEDGER_SHARED_DATA when a checkout lives elsewhere (a git worktree, for instance).
import path from "node:path";
import { REPO_ROOT } from "../../etl/warehouse/connection.ts";

export const REAL_DATA_DIR = process.env.BLUE_LEDGER_SHARED_DATA ?? path.resolve(REPO_ROOT, "../shared/data");
