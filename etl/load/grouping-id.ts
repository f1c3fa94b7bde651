// GROUPING_ID(c_1, …, c_n), as DuckDB computes it: one bit per column, c_1 the highest
// (2^(n-1)) and c_n the lowest (1), a bit set where its column is NOT grouped in the
// row's grouping set. The validator groups the landed rows by each field alone and by
// no field at all in one scan (find-problems.ts); these say which rows are which.

/** The GROUPING_ID of the rows whose grouping set groups the columns at `grouped` (0-based) of `count`. */
export function groupingId(count: number, grouped: readonly number[] = []): number {
  if (!Number.isInteger(count) || count < 0 || count > 52) throw new Error(`GROUPING_ID over ${count} columns`);
  let id = 2 ** count - 1; // every column not grouped
  for (const position of new Set(grouped)) {
    if (!Number.isInteger(position) || position < 0 || position >= count)
      throw new Error(`no column ${position} of ${count}`);
    id -= 2 ** (count - 1 - position);
  }
  return id;
}

/** The positions (0-based, in order) of the columns grouped where GROUPING_ID over `count` columns is `id`. */
export function groupedColumns(count: number, id: number): number[] {
  const all = groupingId(count);
  if (!Number.isInteger(id) || id < 0 || id > all) throw new Error(`GROUPING_ID ${id} over ${count} columns`);
  const positions: number[] = [];
  for (let position = 0; position < count; position++) {
    const bit = 2 ** (count - 1 - position);
    if (Math.floor(id / bit) % 2 === 0) positions.push(position);
  }
  return positions;
}
