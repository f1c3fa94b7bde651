// Latest-version upkeep: a staging model defines every loaded version
// (stg_<name>_versions, warehouse/staging/) and says by which key (`@latest-by`);
// the view stg_<name> shows the latest version of each key. The view is every
// version minus the ones a later version replaced, listed in
// etl_superseded_versions, so a load writes no second copy of its rows.
import type { DuckDBConnection } from "@duckdb/node-api";
import { exists } from "./catalog.ts";
import type { Model } from "./model-files.ts";
import { changeTables, latestViewOf } from "./model-names.ts";
import { quotedString, scalar } from "./sql.ts";

/** The view a staging model keeps: its versions view without `_versions`. */
export const latestView = (model: Model) => latestViewOf(model.creates[0]);

/** What a model makes, the latest view of a staging model included. */
export const produces = (model: Model) => (model.latestBy ? [...model.creates, latestView(model)] : model.creates);

/**
 * Keeps a staging model's latest view. A first load of an export kind replaces nothing,
 * and a later one lists only the older versions of the keys it carried. The list
 * is made anew when the view is new (or `loadIds` is undefined). Returns whether
 * the view's rows changed. When it was updated rather than made anew, its changes
 * are also left in changeTables(view), for the models that can update themselves
 * from them (the caller drops them).
 */
export async function maintainLatest(
  connection: DuckDBConnection,
  model: Model,
  loadIds: number[] | undefined,
): Promise<{ changed: boolean; incremental?: boolean }> {
  const view = latestView(model);
  const changes = changeTables(view);
  await dropChangeTables(connection, view);
  const versions = model.creates[0];
  const keys = model.latestBy!.join(", ");
  // A single key compares as a plain value, which DuckDB joins far faster than a row of values.
  const key = model.latestBy!.length === 1 ? keys : `(${keys})`;
  const replaced = `QUALIFY row_number() OVER (PARTITION BY ${keys} ORDER BY load_id DESC, source_line DESC) > 1`;
  const superseded = `SELECT load_id, source_line FROM etl_superseded_versions WHERE model = ${quotedString(view)}`;
  const params = { view };
  if (!loadIds || !(await exists(connection, "VIEW", view))) {
    // Warehouses from before the views kept a table.
    if (await exists(connection, "TABLE", view)) await connection.run(`DROP TABLE ${view}`);
    await connection.run("DELETE FROM etl_superseded_versions WHERE model = $view", params);
    // Keys are unique within one load (a repeated key is rejected): versions from a single load replace none.
    const loads = await scalar(connection, `SELECT count(DISTINCT load_id) FROM ${versions}`);
    if (Number(loads) > 1)
      await connection.run(
        `INSERT INTO etl_superseded_versions SELECT $view, load_id, source_line FROM ${versions}
         WHERE ${key} IN (SELECT ${key} FROM ${versions} GROUP BY ALL HAVING count(*) > 1) ${replaced}`,
        params,
      );
    await connection.run(`CREATE OR REPLACE VIEW ${view} AS SELECT * FROM ${versions}
      ANTI JOIN (${superseded}) USING (load_id, source_line)`);
    return { changed: true };
  }
  if (loadIds.length === 0) return { changed: false };
  const loaded = loadIds.join(", ");
  const [[newLoads, olderVersions]] = (
    await connection.runAndReadAll(
      `SELECT count(DISTINCT load_id) FILTER (WHERE load_id IN (${loaded})),
        count(*) FILTER (WHERE load_id NOT IN (${loaded})) FROM ${versions}`,
    )
  ).getRows();
  if (Number(newLoads) === 0) return { changed: false };
  // Keys are unique within one load (a repeated key is rejected), so one load onto none replaces nothing.
  if (Number(newLoads) === 1 && Number(olderVersions) === 0) return { changed: true };
  await connection.run(
    `CREATE OR REPLACE TEMP TABLE newly_superseded AS
     SELECT load_id, source_line FROM (
       SELECT load_id, source_line FROM ${versions}
       WHERE ${key} IN (SELECT ${key} FROM ${versions} WHERE load_id IN (${loaded})) ${replaced}
     ) ANTI JOIN (${superseded}) USING (load_id, source_line)`,
  );
  await connection.run(
    "INSERT INTO etl_superseded_versions SELECT $view, load_id, source_line FROM newly_superseded",
    params,
  );
  // Gained: this run's versions still standing. Lost: older versions that stood until now
  // (a version of this run replaced by a later file of the same run never stood).
  await connection.run(`CREATE TEMP TABLE ${changes.gained} AS SELECT * FROM ${view} WHERE load_id IN (${loaded})`);
  await connection.run(`CREATE TEMP TABLE ${changes.lost} AS
    SELECT v.* FROM ${versions} v SEMI JOIN newly_superseded USING (load_id, source_line)
    WHERE v.load_id NOT IN (${loaded})`);
  await connection.run("DROP TABLE newly_superseded");
  return { changed: true, incremental: true };
}

/** Drops the change tables maintainLatest left for `view`, if any. */
export async function dropChangeTables(connection: DuckDBConnection, view: string): Promise<void> {
  const changes = changeTables(view);
  await connection.run(`DROP TABLE IF EXISTS ${changes.gained}; DROP TABLE IF EXISTS ${changes.lost}`);
}
