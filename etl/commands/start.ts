// `npm start`: build the public edition in the six languages (from the sample when there is no
// warehouse) and serve it on localhost; the address opens on the language chooser. When the port
// (PORT, 3000 by default) is taken by another program, it says so in one line and takes the next free one.
import { t } from "../messages.ts";
import { buildSite } from "../site/build.ts";
import { startOnFreePort } from "../site/serve.ts";
import { UserError } from "../warehouse/connection.ts";

export async function startCommand(options: { warehouse: string; port: number }) {
  const dist = await buildSite(options.warehouse, { audience: "public" });
  try {
    const server = await startOnFreePort(dist, options.port, (taken) =>
      console.log(t("site.start.portTaken", { port: taken, next: taken + 1 })),
    );
    console.log(`\n${t("site.start.running", { url: `${server.origin}/` })}`);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EADDRINUSE") throw error;
    throw new UserError(t("site.start.noFreePort", { from: options.port, to: options.port + 19 }));
  }
}
