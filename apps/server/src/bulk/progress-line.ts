// The bulk CLI's progress bar: one line, redrawn in place on a terminal,
// printed every few seconds otherwise (CI logs, pipes).
import type { BulkProgress } from './run-bulk.ts';

const WIDTH = 30;

export function progressLine(p: BulkProgress): string {
  const finished = p.done + p.failed;
  const filled = p.total === 0 ? WIDTH : Math.round((finished / p.total) * WIDTH);
  return (
    `[${'#'.repeat(filled)}${'.'.repeat(WIDTH - filled)}] ${finished}/${p.total}  done ${p.done}  failed ${p.failed}  ` +
    `remaining ${p.remaining}  ${p.rate.toFixed(1)} articles/s`
  );
}

export function progressPrinter(stream: NodeJS.WriteStream): { update(p: BulkProgress): void; end(): void } {
  let last = 0;
  let pending: BulkProgress | null = null;
  return {
    update(p) {
      pending = p;
      if (stream.isTTY) {
        stream.write(`\r${progressLine(p)}\u001b[K`);
      } else if (Date.now() - last > 2_000) {
        last = Date.now();
        stream.write(`${progressLine(p)}\n`);
      }
    },
    end() {
      if (pending) stream.write(stream.isTTY ? '\n' : `${progressLine(pending)}\n`);
    },
  };
}
