// Writes every public table and mart as Parquet (zstd) and Arrow IPC files.
import { mkdirSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { DuckDBConnection } from "@duckdb/node-api";
import { arrowIpcFile, queryArrow } from "../warehouse/arrow.ts";
import { publicQueries } from "./public-queries.ts";

export interface ExtractFile {
  name: string;
  format: "parquet" | "arrow";
  file: string;
  rows: number;
  bytes: number;
}

export async function writeExtracts(connection: DuckDBConnection, outDir: string): Promise<ExtractFile[]> {
  mkdirSync(outDir, { recursive: true });
  const written: ExtractFile[] = [];
  for (const { name, sql } of await publicQueries(connection)) {
    const parquet = path.join(outDir, `${name}.parquet`);
    await connection.run(`COPY (${sql}) TO '${parquet.replaceAll("'", "''")}' (FORMAT parquet, COMPRESSION zstd)`);
    const table = await queryArrow(connection, sql);
    const arrow = path.join(outDir, `${name}.arrow`);
    writeFileSync(arrow, arrowIpcFile(table));
    for (const [format, file] of [["parquet", parquet], ["arrow", arrow]] as const)
      written.push({ name, format, file, rows: table.numRows, bytes: statSync(file).size });
  }
  return written;
}
