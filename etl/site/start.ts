// `npm start`: build the public edition (from the sample when there is no warehouse) and serve it on localhost.
import { DEFAULT_WAREHOUSE } from "../warehouse/connection.ts";
import { buildSite } from "./build.ts";
import { startStaticServer } from "./serve.ts";

const dist = await buildSite(process.env.BLUE_LEDGER_WAREHOUSE ?? DEFAULT_WAREHOUSE, { kind: "public" });
const server = await startStaticServer(dist, Number(process.env.PORT ?? 3000));
console.log(`\nBlue Ledger is running at ${server.origin}/  (Ctrl-C to stop)`);
