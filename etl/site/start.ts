// `npm start`: build the public edition in the six languages (from the sample when there is no
// warehouse) and serve it on localhost; the address opens on the language chooser. When the port
// (PORT, 3000 by default) is taken by another program, it says so in one line and takes the next free one.
import { DEFAULT_WAREHOUSE } from "../warehouse/connection.ts";
import { t } from "../messages.ts";
import { buildSite } from "./build.ts";
import { startOnFreePort } from "./serve.ts";

const dist = await buildSite(process.env.BLUE_LEDGER_WAREHOUSE ?? DEFAULT_WAREHOUSE, { kind: "public" });
const server = await startOnFreePort(dist, Number(process.env.PORT ?? 3000), (port) => console.log(t("site.start.portTaken", { port, next: port + 1 })));
console.log(`\n${t("site.start.running", { url: `${server.origin}/` })}`);
