/**
 * Seed Observable Framework's npm cache from node_modules so `observable build`
 * never touches cdn.jsdelivr.net or registry.npmjs.org.
 *
 * Why this works (Framework 1.13.x, dist/npm.js):
 *  - `npm:foo` resolves to `/_npm/foo@<version>/_esm.js`. The version comes from
 *    the names of the directories in `.observablehq/cache/_npm/` (highest one that
 *    satisfies the range; any if no range) before the registry is asked.
 *  - populateNpmCache() returns early when the file already exists, so a file we
 *    write there is used as is (its imports are NOT rewritten: they must already be
 *    relative paths to other cache entries; Framework then follows and copies them).
 *  - The client bundles (client.js, stdlib.js) reference ~15 more `npm:` names
 *    (lodash, arquero, react, ...) lazily. Building them only needs a *version*,
 *    so for those an empty placeholder directory is enough (see PLACEHOLDER).
 *
 * `root` is Framework's source root (config.root), where its cache lives.
 * Usage: `npx tsx etl/site/offline-npm-cache.ts [root]` (default: the `root` of
 * ./observablehq.config.ts, else "src", relative to cwd).
 */
import { build, version as esbuildVersion, type Plugin } from "esbuild";
import { existsSync } from "node:fs";
import { copyFile, mkdir, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { dirname, join, posix, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

/** Packages Framework imports implicitly (free variables Plot/d3/htl/Inputs deps,
 * FileAttachment csv/tsv/arrow/parquet). They are bundled separately and kept
 * external to each other so that e.g. Plot and the page share one d3 instance. */
const SHARED = [
  "@observablehq/plot",
  "d3",
  "d3-dsv",
  "htl",
  "isoformat",
  "apache-arrow",
  "parquet-wasm",
  "topojson-client",
]; // the last one imported by the pages with a map

/** Extra non-JS files Framework downloads implicitly (libraries.js getImplicitDownloads). */
const EXTRA_FILES: Record<string, string[]> = { "parquet-wasm": ["esm/parquet_wasm_bg.wasm"] };

/** Version used for names Framework must resolve but we cannot provide offline.
 * A prerelease of 0.0.0 never satisfies a real range, and using such a library
 * in a page fails loudly ("unable to fetch") instead of silently going online. */
const PLACEHOLDER = "0.0.0-offline";

/** Bump when the bundle layout changes, to invalidate previously seeded entries. */
const STAMP = `blue-ledger-seed-1 esbuild@${esbuildVersion}`;
const STAMP_FILE = ".offline-seed.json";

type Pkg = { name: string; version: string; dir: string };

/** Node-style lookup of node_modules/<name> from a directory (package.json
 * isn't always exported, so require.resolve can't be used). */
function findPackage(name: string, fromDir: string): Pkg {
  for (let dir = fromDir; ; dir = dirname(dir)) {
    const pkgDir = join(dir, "node_modules", name);
    if (existsSync(join(pkgDir, "package.json"))) return { name, version: "", dir: pkgDir };
    if (dirname(dir) === dir) throw new Error(`${name} not found in node_modules (from ${fromDir})`);
  }
}

async function readPkg(name: string, fromDir: string): Promise<Pkg> {
  const pkg = findPackage(name, fromDir);
  pkg.version = JSON.parse(await readFile(join(pkg.dir, "package.json"), "utf-8")).version;
  return pkg;
}

const packageName = (specifier: string) =>
  specifier
    .split("/")
    .slice(0, specifier.startsWith("@") ? 2 : 1)
    .join("/");

export async function seedOfflineNpmCache(root: string): Promise<string[]> {
  const npmDir = join(resolve(root), ".observablehq", "cache", "_npm");
  const entryDir = (p: Pkg) => join(npmDir, `${p.name}@${p.version}`);
  const queue: Pkg[] = await Promise.all(SHARED.map((name) => readPkg(name, resolve(root))));
  const seeded = new Map<string, Pkg>();

  for (let pkg: Pkg | undefined; (pkg = queue.shift());) {
    const key = `${pkg.name}@${pkg.version}`;
    if (seeded.has(key)) continue;
    seeded.set(key, pkg);
    const outDir = entryDir(pkg);
    const outFile = join(outDir, "_esm.js");
    const stampPath = join(outDir, STAMP_FILE);
    const extras = EXTRA_FILES[pkg.name] ?? [];

    // Idempotent: reuse an entry we seeded before with the same stamp (the
    // version is part of the directory name); still follow its dependencies.
    const previous = existsSync(stampPath) ? JSON.parse(await readFile(stampPath, "utf-8")) : null;
    if (previous?.stamp === STAMP && [outFile, ...extras.map((f) => join(outDir, f))].every(existsSync)) {
      for (const dep of previous.deps as string[]) queue.push(await readPkg(dep, pkg.dir));
      continue;
    }

    // Anything else in the dir (e.g. a jsDelivr download from an online run) is stale.
    await rm(outDir, { recursive: true, force: true });
    await mkdir(outDir, { recursive: true });
    const deps = new Set<string>();
    const externalizeShared: Plugin = {
      name: "externalize-shared",
      setup(b) {
        b.onResolve({ filter: /^[^./]/ }, async (args) => {
          const name = packageName(args.path);
          if (name === pkg!.name || !SHARED.includes(name) || args.path !== name) return null;
          const dep = await readPkg(name, args.resolveDir);
          deps.add(name);
          queue.push(dep);
          // Relative path between cache entries, as Framework itself writes them.
          const rel = posix.relative(
            outDir.replaceAll("\\", "/"),
            join(entryDir(dep), "_esm.js").replaceAll("\\", "/"),
          );
          return { path: rel.startsWith(".") ? rel : `./${rel}`, external: true };
        });
      },
    };
    await build({
      // A bare entry point resolved from the directory holding this package's
      // node_modules: picks this exact copy, honours "exports"/"browser", and
      // keeps every export (incl. parquet-wasm's default wasm init function).
      entryPoints: [pkg.name],
      absWorkingDir: pkg.dir.slice(0, -`/node_modules/${pkg.name}`.length),
      bundle: true,
      format: "esm",
      platform: "browser",
      target: "es2022", // Framework parses cached modules with acorn ecmaVersion 13
      minify: true,
      legalComments: "none",
      define: { "process.env.NODE_ENV": '"production"' },
      plugins: [externalizeShared],
      outfile: outFile,
      logLevel: "error",
    });
    await copyFile(join(pkg.dir, "package.json"), join(outDir, "package.json")); // as jsDelivr downloads leave it
    for (const f of extras) {
      await mkdir(dirname(join(outDir, f)), { recursive: true });
      await copyFile(join(pkg.dir, f), join(outDir, f));
    }
    await writeFile(stampPath, JSON.stringify({ stamp: STAMP, deps: [...deps] }));
    console.log(`seeded npm:${key}`);
  }

  // Offline, Framework picks the highest cached version: drop other versions of
  // the names we seed (they may be empty dirs left by a failed online lookup).
  const wanted = new Set(seeded.keys());
  const names = new Set([...seeded.values()].map((p) => p.name));
  for (const name of names) {
    const parent = dirname(join(npmDir, name));
    const base = name.split("/").pop()!;
    for (const entry of await readdir(parent)) {
      const full = name.includes("/") ? `${name.split("/")[0]}/${entry}` : entry;
      if (entry.startsWith(`${base}@`) && !wanted.has(full))
        await rm(join(parent, entry), { recursive: true, force: true });
    }
  }

  // Placeholders: every other `npm:` name referenced by Framework's client code,
  // which it version-resolves while bundling client.js/stdlib.js.
  // (Framework's own builtins, e.g. npm:@observablehq/inputs, map to /_observablehq/.)
  const resolvers = "@observablehq/framework/dist/resolvers.js"; // untyped internal module
  const { builtins } = (await import(resolvers)) as { builtins: Map<string, string> };
  for (const name of await clientNpmNames()) {
    if (names.has(name) || builtins.has(`npm:${name}`)) continue;
    const parent = dirname(join(npmDir, name));
    const base = name.split("/").pop()!;
    const existing = existsSync(parent) ? (await readdir(parent)).filter((e) => e.startsWith(`${base}@`)) : [];
    if (existing.length === 0) await mkdir(join(npmDir, `${name}@${PLACEHOLDER}`), { recursive: true });
  }

  return [...wanted].map((key) => `npm:${key}`);
}

/** `npm:<name>` specifiers appearing in Framework's browser client sources. */
async function clientNpmNames(): Promise<Set<string>> {
  const clientDir = join(
    dirname(fileURLToPath(import.meta.resolve("@observablehq/framework/package.json"))),
    "dist",
    "client",
  );
  const names = new Set<string>();
  for (const file of await readdir(clientDir, { recursive: true })) {
    if (!file.endsWith(".js")) continue;
    for (const [, spec] of (await readFile(join(clientDir, file), "utf-8")).matchAll(/["'`]npm:([^"'`]+)["'`]/g)) {
      names.add(packageName(spec).replace(/(?<=.)@.*$/, ""));
    }
  }
  return names;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  // The cache lives under Framework's *source* root (config.root, default "src"),
  // not the project directory: <cwd>/<root>/.observablehq/cache/_npm.
  const configFile = join(process.cwd(), "observablehq.config.ts");
  const config = existsSync(configFile) ? (await import(pathToFileURL(configFile).href)).default : {};
  const seeded = await seedOfflineNpmCache(process.argv[2] ?? config.root ?? "src");
  console.log(`offline npm cache ready: ${seeded.join(", ")}`);
}
