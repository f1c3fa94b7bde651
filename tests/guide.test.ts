// docs/adding-a-source.md, followed step by step on a scratch copy of the repository: every block it
// shows is written or applied as the guide says, every command it shows is run, and every output it
// shows must appear. If the code moves on and the guide does not, this fails.
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { REPO_ROOT } from "../etl/warehouse/connection.ts";

const GUIDE = path.join(REPO_ROOT, "docs/adding-a-source.md");

type Step =
  | { type: "file"; path: string; text: string }
  | { type: "insert"; path: string; after: string; text: string }
  | { type: "replace"; path: string; text: string }
  | { type: "run"; commands: string[] }
  | { type: "output"; text: string };

/** The guide's blocks, in order: fences of three or four backticks whose info string says what to do. */
export function guideSteps(markdown: string): Step[] {
  const steps: Step[] = [];
  for (const [, , info, body] of markdown.matchAll(/^(`{3,4})(.*)\n([\s\S]*?)\n\1$/gm)) {
    const [, action, rest = ""] = info.match(/^\w+\s+(file|insert|replace|run|output)(?:=(.*))?$/) ?? [];
    if (action === "file" || action === "replace") steps.push({ type: action, path: rest.trim(), text: body });
    else if (action === "insert") {
      const [, file, after] = rest.match(/^(\S+)\s+after=(.*)$/) ?? [];
      steps.push({ type: "insert", path: file, after, text: body });
    } else if (action === "run") steps.push({ type: "run", commands: body.split("\n").filter(Boolean) });
    else if (action === "output") steps.push({ type: "output", text: body });
  }
  return steps;
}

/** Applies one edit step to a file's text; throws, naming the file, when the guide no longer fits it. */
export function applyEdit(text: string, step: Step & { type: "insert" | "replace" }): string {
  const lines = text.split("\n");
  if (step.type === "insert") {
    const at = lines.findIndex((line) => line.includes(step.after));
    if (at < 0) throw new Error(`${step.path}: no line contains ${JSON.stringify(step.after)}`);
    lines.splice(at + 1, 0, ...step.text.split("\n"));
  } else {
    const key = step.text.slice(0, step.text.indexOf("=") + 1);
    const at = lines.findIndex((line) => key && line.startsWith(key));
    if (at < 0) throw new Error(`${step.path}: no line starts with ${JSON.stringify(key)}`);
    lines[at] = step.text;
  }
  return lines.join("\n");
}

describe("the guide's own parser", () => {
  it("reads each kind of block and applies edits as the guide's header says", () => {
    const markdown = [
      "```ts file=a.ts",
      "one",
      "```",
      "```ts insert=b.ts after=x = 1",
      "y",
      "```",
      "```ts replace=b.ts",
      "const z = 3;",
      "```",
      "```sh run",
      "echo hi",
      "",
      "echo there",
      "```",
      "```text output",
      "hi",
      "```",
      "````md file=c.md",
      "```js",
      "1",
      "```",
      "````",
    ].join("\n");
    const steps = guideSteps(markdown);
    expect(steps.map((s) => s.type)).toEqual(["file", "insert", "replace", "run", "output", "file"]);
    expect(steps[5]).toEqual({ type: "file", path: "c.md", text: "```js\n1\n```" });
    const inserted = applyEdit("const x = 1;\nconst z = 2;", steps[1] as Step & { type: "insert" });
    expect(inserted).toBe("const x = 1;\ny\nconst z = 2;");
    expect(applyEdit(inserted, steps[2] as Step & { type: "replace" })).toBe("const x = 1;\ny\nconst z = 3;");
    expect(() => applyEdit("nothing", steps[1] as Step & { type: "insert" })).toThrow(/b\.ts: no line contains/);
  });
});

describe("docs/adding-a-source.md on a scratch copy", () => {
  const scratch = mkdtempSync(path.join(tmpdir(), "blue-ledger-guide-"));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it("loads the new source, builds the mart, writes the loader's file and builds the page", () => {
    const tracked = spawnSync("git", ["ls-files", "-co", "--exclude-standard"], { cwd: REPO_ROOT, encoding: "utf8" });
    for (const file of tracked.stdout.split("\n").filter(Boolean)) {
      if (!existsSync(path.join(REPO_ROOT, file)) || file === "node_modules") continue;
      mkdirSync(path.dirname(path.join(scratch, file)), { recursive: true });
      cpSync(path.join(REPO_ROOT, file), path.join(scratch, file));
    }
    symlinkSync(path.join(REPO_ROOT, "node_modules"), path.join(scratch, "node_modules"));
    // The scratch copy's own warehouse and dist/, whatever the test run points elsewhere.
    const env: NodeJS.ProcessEnv = { ...process.env, OBSERVABLE_TELEMETRY_DISABLE: "true" };
    for (const name of ["BLUE_LEDGER_WAREHOUSE", "BLUE_LEDGER_DIST", "BLUE_LEDGER_EDITION", "BLUE_LEDGER_LANG"])
      delete env[name];

    const steps = guideSteps(readFileSync(GUIDE, "utf8"));
    expect(steps.filter((s) => s.type === "run").length).toBeGreaterThanOrEqual(3);
    let lastOutput = "";
    for (const step of steps) {
      const file = "path" in step ? path.join(scratch, step.path) : "";
      if (step.type === "file") {
        mkdirSync(path.dirname(file), { recursive: true });
        writeFileSync(file, `${step.text}\n`);
      } else if (step.type === "insert" || step.type === "replace") {
        writeFileSync(file, applyEdit(readFileSync(file, "utf8"), step));
      } else if (step.type === "run") {
        lastOutput = "";
        for (const command of step.commands) {
          const run = spawnSync("bash", ["-c", command], { cwd: scratch, env, encoding: "utf8", timeout: 600_000 });
          lastOutput += run.stdout + run.stderr;
          expect(run.status, `${command}\n${run.stdout}\n${run.stderr}`).toBe(0);
        }
      } else expect(lastOutput).toContain(step.text);
    }
    const page = readFileSync(path.join(scratch, "dist/public/en/attacks-by-weekday.html"), "utf8");
    expect(page).toContain("Attacks by day of the week");
    expect(page).toContain("attacks-by-weekday");
  }, 900_000);
});
