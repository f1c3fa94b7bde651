// `npm start` when the port is taken (etl/site/serve.ts): one plain line, then the next free port,
// instead of an EADDRINUSE stack trace.
import { mkdtempSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { startOnFreePort } from "../etl/site/serve.ts";
import { t } from "../etl/messages.ts";

/** Holds `count` consecutive ports from some free port on; returns the first and a release function. */
async function holdPorts(count: number): Promise<{ first: number; release: () => void }> {
  for (;;) {
    const probe = createServer();
    const first: number = await new Promise((ok) =>
      probe.listen(0, "127.0.0.1", () => ok((probe.address() as { port: number }).port)),
    );
    const held = [probe];
    let ok = true;
    for (let i = 1; i < count && ok; i++) {
      const s = createServer();
      ok = await new Promise((done) =>
        s.once("error", () => done(false)).listen(first + i, "127.0.0.1", () => done(true)),
      );
      if (ok) held.push(s);
    }
    if (ok) return { first, release: () => held.forEach((s) => s.close()) };
    held.forEach((s) => s.close());
  }
}

describe("startOnFreePort", () => {
  it("says in one line that the port is taken, for each port in use, and serves on the next free one", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "blue-ledger-serve-"));
    writeFileSync(path.join(dir, "index.html"), "<!DOCTYPE html><title>chooser</title>");
    const { first, release } = await holdPorts(2); // first and first + 1 taken
    const lines: string[] = [];
    try {
      const server = await startOnFreePort(dir, first, (port) =>
        lines.push(t("site.start.portTaken", { port, next: port + 1 })),
      );
      try {
        expect(server.origin).toBe(`http://127.0.0.1:${first + 2}`);
        expect(lines).toEqual([
          `Port ${first} is already in use by another program; trying ${first + 1}.`,
          `Port ${first + 1} is already in use by another program; trying ${first + 2}.`,
        ]);
        expect(await (await fetch(`${server.origin}/`)).text()).toContain("<title>chooser</title>");
      } finally {
        await server.close();
      }
    } finally {
      release();
    }
  });

  it("gives up after the ports it may try, with the system's error", async () => {
    const { first, release } = await holdPorts(2);
    try {
      await expect(startOnFreePort(tmpdir(), first, () => {}, 2)).rejects.toMatchObject({ code: "EADDRINUSE" });
    } finally {
      release();
    }
  });
});
