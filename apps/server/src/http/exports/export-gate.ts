// Exports are the heaviest reads chronicle serves: a 20,000-event timeline is
// seconds of CPU and a few hundred MB of heap while it is rendered (iCalendar
// most of all). Anyone may ask for one, so a process renders only a few at a
// time and keeps a short queue; past that the client is told to come back,
// rather than the process running out of memory.
import pLimit from 'p-limit';

export class ExportsBusy extends Error {
  constructor(readonly retryAfterSeconds: number) {
    super('Too many exports are being prepared right now; try again in a few seconds.');
  }
}

export interface ExportGate {
  run<T>(render: () => Promise<T>): Promise<T>;
}

export function createExportGate(options: { concurrent: number; queued: number; retryAfterSeconds?: number }): ExportGate {
  const limit = pLimit(options.concurrent);
  return {
    run(render) {
      // p-limit starts a task on a later tick, so one just handed over still counts as pending.
      if (limit.activeCount + limit.pendingCount >= options.concurrent + options.queued) return Promise.reject(new ExportsBusy(options.retryAfterSeconds ?? 5));
      return limit(render);
    },
  };
}
