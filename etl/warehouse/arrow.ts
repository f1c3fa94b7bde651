// DuckDB query results as Apache Arrow tables. The DuckDB Arrow extension cannot
// be downloaded here, so columns are converted with apache-arrow from the
// result's own column types.
import {
  Bool,
  DateDay,
  Float64,
  Int32,
  Int64,
  List,
  Field,
  Utf8,
  Table,
  vectorFromArray,
  tableToIPC,
  type DataType,
  type Vector,
} from "apache-arrow";
import { DuckDBTypeId, type DuckDBConnection, type DuckDBListType, type DuckDBType } from "@duckdb/node-api";

function arrowType(type: DuckDBType): DataType {
  switch (type.typeId) {
    case DuckDBTypeId.BOOLEAN:
      return new Bool();
    case DuckDBTypeId.TINYINT:
    case DuckDBTypeId.SMALLINT:
    case DuckDBTypeId.INTEGER:
    case DuckDBTypeId.UTINYINT:
    case DuckDBTypeId.USMALLINT:
      return new Int32();
    case DuckDBTypeId.BIGINT:
    case DuckDBTypeId.UINTEGER:
    case DuckDBTypeId.UBIGINT:
    case DuckDBTypeId.HUGEINT:
      return new Int64(); // counts and sums
    case DuckDBTypeId.FLOAT:
    case DuckDBTypeId.DOUBLE:
    case DuckDBTypeId.DECIMAL:
      return new Float64();
    case DuckDBTypeId.DATE:
      return new DateDay();
    case DuckDBTypeId.VARCHAR:
      return new Utf8();
    case DuckDBTypeId.LIST:
      return new List(new Field("item", arrowType((type as DuckDBListType).valueType), true));
    default:
      throw new Error(`no Arrow mapping for DuckDB type ${type.toString()}`);
  }
}

const MS_PER_DAY = 86_400_000;

function jsValue(value: unknown, type: DataType): unknown {
  if (value === null || value === undefined) return null;
  if (type instanceof DateDay) return new Date((value as { days: number }).days * MS_PER_DAY);
  if (type instanceof Int64) return BigInt(value as bigint);
  if (type instanceof Int32 || type instanceof Float64) return Number(value);
  if (type instanceof List) return (value as { items: unknown[] }).items.map((v) => jsValue(v, type.children[0].type));
  return value;
}

export async function queryArrow(connection: DuckDBConnection, sql: string): Promise<Table> {
  const reader = await connection.runAndReadAll(sql);
  const names = reader.columnNames();
  const types = reader.columnTypes().map(arrowType);
  const columns = reader.getColumns();
  const vectors: Record<string, Vector> = {};
  names.forEach((name, i) => {
    // An empty result has no column arrays at all.
    vectors[name] = vectorFromArray(
      (columns[i] ?? []).map((v) => jsValue(v, types[i])),
      types[i],
    );
  });
  return new Table(vectors);
}

export const arrowIpcFile = (table: Table): Uint8Array => tableToIPC(table, "file");
