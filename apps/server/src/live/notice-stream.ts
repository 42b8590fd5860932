// One subscription's notices as the async iterator graphql-js subscribes to.
// The bus calls every listener synchronously; a subscriber that reads slowly
// keeps at most MAX_QUEUED notices and loses the oldest (its client refetches
// when it reconnects anyway).
import type { ChangeBus } from './change-bus.ts';
import type { ChangeNotice } from './change-notice.ts';

const MAX_QUEUED = 500;

export function noticeStream(bus: Pick<ChangeBus, 'listen'>, wanted: (notice: ChangeNotice) => boolean): AsyncIterableIterator<ChangeNotice> {
  const queued: ChangeNotice[] = [];
  let waiting: ((result: IteratorResult<ChangeNotice>) => void) | null = null;
  let done = false;
  const unlisten = bus.listen((notice) => {
    if (done || !wanted(notice)) return;
    if (waiting) {
      const resolve = waiting;
      waiting = null;
      resolve({ value: notice, done: false });
      return;
    }
    queued.push(notice);
    if (queued.length > MAX_QUEUED) queued.shift();
  });
  const finish = (): Promise<IteratorResult<ChangeNotice>> => {
    done = true;
    unlisten();
    queued.length = 0;
    waiting?.({ value: undefined, done: true });
    waiting = null;
    return Promise.resolve({ value: undefined, done: true });
  };
  return {
    next() {
      if (done) return Promise.resolve({ value: undefined, done: true });
      const notice = queued.shift();
      if (notice) return Promise.resolve({ value: notice, done: false });
      return new Promise((resolve) => (waiting = resolve));
    },
    return: finish,
    throw: (error: unknown) => finish().then(() => Promise.reject(error instanceof Error ? error : new Error(String(error)))),
    [Symbol.asyncIterator]() {
      return this;
    },
  };
}
