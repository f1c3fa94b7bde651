// The site's one way into etl/: everything the loaders and components use of the ETL
// (the warehouse connection, editions, the extracts' writers, the sources' terms) is
// re-exported here, and no other file in src/ imports etl/ (tests/layers.test.ts).
export { openWarehouse, REPO_ROOT, warehousePath, type Warehouse } from "../../etl/warehouse/connection.ts";
export { editionFromEnv, editionSql, useEdition } from "../../etl/extract/editions.ts";
export { publicSchemas, writeExtracts } from "../../etl/extract/write-extracts.ts";
export { attribution, DATASET_OF_SOURCE } from "../../etl/sources/terms.ts";
