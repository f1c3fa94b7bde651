// `npm start`: build the public edition in the six languages (from the sample when there is no
// warehouse) and serve it on localhost; the address opens on the language chooser. When the port
// (PORT, 3000 by default) is taken by another program, it says so in one line and takes the next free one.
import { warehousePath } from "../warehouse/connection.ts";
import { t } from "../messages.ts";
import { buildSite } from "./build.ts";
import { startOnFreePort } from "./serve.ts";

const dist = await buildSite(warehousePath(), { kind: "public" });
const port = Number(process.env.PORT ?? 3000);
try {
  const server = await startOnFreePort(dist, port, (taken) => console.log(t("site.start.portTaken", { port: taken, next: taken + 1 })));
  console.log(`\n${t("site.start.running", { url: `${server.origin}/` })}`);
} catch (error) {
  if ((error as NodeJS.ErrnoException).code !== "EADDRINUSE") throw error;
  console.error(t("site.start.noFreePort", { from: port, to: port + 19 }));
  process.exit(1);
}
