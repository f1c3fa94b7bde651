import { openWarehouse } from "../warehouse/connection.ts";
import { EXPORT_KINDS } from "../contract/kinds.ts";
import { rawTable } from "../warehouse/raw-tables.ts";
import type { DuckDBConnection } from "@duckdb/node-api";

const rows = async (connection: DuckDBConnection, sql: string) =>
  (await connection.runAndReadAll(sql)).getRowObjectsJson() as Record<string, unknown>[];

export async function statusCommand(options: { warehouse: string }): Promise<void> {
  const warehouse = await openWarehouse(options.warehouse, { mustExist: true, readOnly: true });
  const { connection } = warehouse;
  try {
    console.log(`Warehouse: ${warehouse.path}`);
    const [cutoff] = await rows(connection, "SELECT as_of_date FROM dim_data_cutoff");
    if (cutoff) console.log(`Data cutoff: ${cutoff.as_of_date}`);

    console.log("\nRecords (current versions; raw keeps every version loaded):");
    const stagingViews = { incidents: "stg_incidents", casualties: "stg_casualties", cases: "stg_case_events", assistance: "stg_assistance" };
    const counts = [];
    for (const kind of EXPORT_KINDS) {
      const [row] = await rows(
        connection,
        `SELECT (SELECT count(*) FROM ${stagingViews[kind.name]}) AS current, (SELECT count(*) FROM ${rawTable(kind.name)}) AS versions`,
      );
      counts.push({ kind: kind.name, ...row });
    }
    console.table(counts);

    console.log("\nLoads (latest 20):");
    console.table(
      await rows(
        connection,
        `SELECT load_id, kind, source, file_name, rows_in, rows_loaded, rows_rejected,
                rows_in = rows_loaded + rows_rejected AS reconciled, strftime(finished_at, '%Y-%m-%d %H:%M:%S') AS finished
         FROM etl_loads ORDER BY load_id DESC LIMIT 20`,
      ),
    );

    const rejected = await rows(
      connection,
      `SELECT coalesce(field, '(line)') AS field, regexp_replace(reason, ' \\(value .*\\)$', '') AS reason, count(*) AS rows,
              min(file_name || ':' || line) AS first_at
       FROM etl_rejects GROUP BY ALL ORDER BY rows DESC LIMIT 20`,
    );
    console.log(rejected.length ? "\nRejected rows by reason (quarantined in etl_rejects):" : "\nNo rejected rows.");
    if (rejected.length) console.table(rejected);
  } finally {
    warehouse.close();
  }
}
