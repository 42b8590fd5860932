import { describe, expect, it } from 'vitest';
import { createExportGate, ExportsBusy } from '../src/http/exports/export-gate.ts';

function deferred() {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

describe('export gate', () => {
  it('renders so many at once, queues a few more and turns the rest away with a retry hint', async () => {
    const gate = createExportGate({ concurrent: 1, queued: 1, retryAfterSeconds: 7 });
    const first = deferred();
    let running = 0;
    let most = 0;
    const render = (wait: Promise<void>, value: string) => async () => {
      running += 1;
      most = Math.max(most, running);
      await wait;
      running -= 1;
      return value;
    };
    const a = gate.run(render(first.promise, 'a'));
    const b = gate.run(render(Promise.resolve(), 'b'));
    const c = gate.run(render(Promise.resolve(), 'c'));
    await expect(c).rejects.toBeInstanceOf(ExportsBusy);
    await expect(c).rejects.toMatchObject({ retryAfterSeconds: 7 });
    first.resolve();
    expect(await Promise.all([a, b])).toEqual(['a', 'b']);
    expect(most).toBe(1);
    // With the queue drained, the next one runs.
    expect(await gate.run(render(Promise.resolve(), 'd'))).toBe('d');
  });
});
