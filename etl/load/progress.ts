// A progress bar for long loads, shown only on an interactive terminal so that
// logs and CI output stay clean.
import { SingleBar, Presets } from "cli-progress";

export interface Progress {
  start(label: string, totalBytes: number): void;
  update(bytes: number): void;
  stop(): void;
}

export function terminalProgress(stream: NodeJS.WriteStream = process.stderr): Progress | undefined {
  if (!stream.isTTY) return undefined;
  const bar = new SingleBar(
    { stream, format: " {label} [{bar}] {percentage}% | {value}/{total} MB", hideCursor: true, clearOnComplete: true },
    Presets.shades_classic,
  );
  const mb = (bytes: number) => Math.round(bytes / 1e5) / 10;
  return {
    start: (label, totalBytes) => bar.start(mb(totalBytes), 0, { label }),
    update: (bytes) => bar.update(mb(bytes)),
    stop: () => bar.stop(),
  };
}
