import { openWarehouse } from "../warehouse/connection.ts";
import { EXPORT_KINDS } from "../contract/kinds.ts";
import { rawTable } from "../warehouse/raw-tables.ts";
import type { DuckDBConnection } from "@duckdb/node-api";
import { t } from "../messages.ts";

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
    const stagingViews = {
      incidents: "stg_incidents",
      casualties: "stg_casualties",
      cases: "stg_case_events",
      assistance: "stg_assistance",
      requests: "stg_requests",
    };
    const counts = [];
    for (const kind of EXPORT_KINDS) {
      const current = `(SELECT count(*) FROM ${stagingViews[kind.name]})`;
      const versions = `(SELECT count(*) FROM ${rawTable(kind.name)})`;
      const [row] = await rows(connection, `SELECT ${current} AS current, ${versions} AS versions`);
      counts.push({ kind: kind.name, ...row });
    }
    console.table(counts);

    console.log("\nLoads (latest 20):");
    console.table(
      await rows(
        connection,
        `SELECT load_id, kind, source, file_name, rows_in, rows_loaded, rows_rejected, rows_left_out,
                rows_in = rows_loaded + rows_rejected + rows_left_out AS reconciled,
                strftime(finished_at, '%Y-%m-%d %H:%M:%S') AS finished
         FROM etl_loads ORDER BY load_id DESC LIMIT 20`,
      ),
    );

    const leftOut = await rows(
      connection,
      "SELECT load_id, file_name, reason, rows, first_line FROM etl_left_out ORDER BY load_id DESC, rows DESC LIMIT 40",
    );
    if (leftOut.length) {
      console.log(`\n${t("etl.status.leftOut")}`);
      console.table(leftOut);
    }

    const rejected = await rows(
      connection,
      `SELECT coalesce(field, '(line)') AS field,
              regexp_replace(reason, ' \\(value .*\\)$', '') AS reason, count(*) AS rows,
              min(file_name || ':' || line) AS first_at
       FROM etl_rejects GROUP BY ALL ORDER BY rows DESC LIMIT 20`,
    );
    console.log(rejected.length ? "\nRejected rows by reason (quarantined in etl_rejects):" : "\nNo rejected rows.");
    if (rejected.length) console.table(rejected);

    // How the UN's deaths and ACLED's attacks agree (warehouse/marts/mart_acled_agreement.sql).
    const [hasLinks] = await rows(
      connection,
      "SELECT count(*) AS n FROM duckdb_tables() WHERE table_name = 'mart_acled_agreement'",
    );
    const agreement = Number(hasLinks.n)
      ? await rows(connection, "SELECT * FROM mart_acled_agreement ORDER BY mission")
      : [];
    if (agreement.length) {
      console.log(`\n${t("etl.status.agreement")}`);
      console.table(
        agreement.flatMap(({ mission, ...counts }) =>
          Object.entries(counts).map(([measure, value]) => ({ mission, measure, value })),
        ),
      );
    }

    // What changed between consecutive releases of a dataset (logic in warehouse/audit/audit_release_changes.sql).
    const [hasChanges] = await rows(
      connection,
      "SELECT count(*) AS n FROM duckdb_tables() WHERE table_name = 'audit_release_changes'",
    );
    const changes = Number(hasChanges.n)
      ? await rows(
          connection,
          "SELECT * FROM audit_release_changes " +
            "ORDER BY to_load_id, field NULLS FIRST, casualties DESC, field, from_value, to_value",
        )
      : [];
    for (const pair of new Set(changes.map((c) => `${c.from_load_id}>${c.to_load_id}`))) {
      const ofPair = changes.filter((c) => `${c.from_load_id}>${c.to_load_id}` === pair);
      const { source_family, from_load_id, from_file, to_load_id, to_file } = ofPair[0];
      const params = {
        family: source_family,
        from: from_load_id,
        fromFile: from_file,
        to: to_load_id,
        toFile: to_file,
      };
      console.log(`\n${t("etl.status.releaseChanges", params)}`);
      console.table(ofPair.filter((c) => c.field === null).map(({ change, casualties }) => ({ change, casualties })));
      const fields = ofPair
        .filter((c) => c.field !== null)
        .map(({ field, from_value, to_value, casualties }) => ({ field, from_value, to_value, casualties }));
      if (fields.length) console.table(fields);
    }
  } finally {
    warehouse.close();
  }
}
