// `npm start`: build the site (from the sample when there is no warehouse) and serve it on localhost.
import { DEFAULT_WAREHOUSE } from "../warehouse/connection.ts";
import { buildSite, DIST_DIR } from "./build.ts";
import { startStaticServer } from "./serve.ts";

await buildSite(process.env.BLUE_LEDGER_WAREHOUSE ?? DEFAULT_WAREHOUSE);
const server = await startStaticServer(DIST_DIR, Number(process.env.PORT ?? 3000));
console.log(`\nBlue Ledger is running at ${server.origin}/  (Ctrl-C to stop)`);
