// A small static file server for the built site (npm start and the browser tests). Mirrors how the site is
// deployed: Framework's clean URLs (/foo -> foo.html, /dir/ -> dir/index.html).
import { existsSync, statSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, resolve, sep } from "node:path";

const MIME: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".map": "application/json",
  ".wasm": "application/wasm", // required for WebAssembly.instantiateStreaming (parquet-wasm)
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".jpeg": "image/jpeg",
  ".gif": "image/gif",
  ".webp": "image/webp",
  ".ico": "image/x-icon",
  ".woff": "font/woff",
  ".woff2": "font/woff2",
  ".ttf": "font/ttf",
  ".txt": "text/plain; charset=utf-8",
  ".csv": "text/csv; charset=utf-8",
  ".tsv": "text/tab-separated-values; charset=utf-8",
  ".arrow": "application/vnd.apache.arrow.file",
  ".parquet": "application/vnd.apache.parquet",
  ".zip": "application/zip",
  ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};

export interface StaticServer {
  origin: string; // e.g. http://127.0.0.1:41234
  close(): Promise<void>;
}

/** Resolve a URL path to a file inside `root`, or undefined (404). */
export function resolveFile(root: string, urlPath: string): string | undefined {
  let path: string;
  try {
    path = decodeURIComponent(urlPath.split(/[?#]/)[0]);
  } catch {
    return undefined;
  }
  const file = resolve(root, "." + path);
  if (file !== root && !file.startsWith(root + sep)) return undefined; // no ../ escapes
  const isFile = (f: string) => existsSync(f) && statSync(f).isFile();
  if (path.endsWith("/")) return isFile(join(file, "index.html")) ? join(file, "index.html") : undefined;
  if (isFile(file)) return file;
  if (isFile(`${file}.html`)) return `${file}.html`;
  return undefined;
}

export async function startStaticServer(dir: string, port = 0): Promise<StaticServer> {
  const root = resolve(dir);
  const server: Server = createServer(async (req, res) => {
    const file = req.method === "GET" || req.method === "HEAD" ? resolveFile(root, req.url ?? "/") : undefined;
    if (!file) {
      res.writeHead(404, { "content-type": "text/plain" }).end("not found");
      return;
    }
    const body = await readFile(file);
    res.writeHead(200, {
      "content-type": MIME[extname(file).toLowerCase()] ?? "application/octet-stream",
      "content-length": body.length,
      "cache-control": "no-store",
    });
    res.end(req.method === "HEAD" ? undefined : body);
  });
  await new Promise<void>((ok, fail) =>
    server.once("error", fail).listen(port, "127.0.0.1", () => {
      server.off("error", fail);
      ok();
    }),
  );
  const address = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${address.port}`,
    close: () =>
      new Promise((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}

/**
 * Serves `dir` on `port`, or, when another program holds it, on the next free port
 * after it (up to `tries` ports): `onTaken` is told each port found in use.
 */
export async function startOnFreePort(
  dir: string,
  port: number,
  onTaken: (port: number) => void,
  tries = 20,
): Promise<StaticServer> {
  for (let p = port; ; p++) {
    try {
      return await startStaticServer(dir, p);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EADDRINUSE" || p - port >= tries - 1 || port === 0) throw error;
      onTaken(p);
    }
  }
}
