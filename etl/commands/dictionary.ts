import { writeFileSync } from "node:fs";
import { dataDictionaryMarkdown } from "../contract/dictionary.ts";

export function dictionaryCommand(options: { out: string }): void {
  const markdown = dataDictionaryMarkdown();
  if (options.out) writeFileSync(options.out, markdown);
  else process.stdout.write(markdown);
}
