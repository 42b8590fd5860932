// PostGraphile 5 calls Promise.withResolvers (Node 22); this project runs on
// Node 20.20, which lacks it. Loaded with --import into the bench's
// PostGraphile process only, never into chronicle.
if (typeof Promise.withResolvers !== 'function') {
  Object.defineProperty(Promise, 'withResolvers', {
    configurable: true,
    writable: true,
    value<T>() {
      let resolve!: (value: T | PromiseLike<T>) => void;
      let reject!: (reason?: unknown) => void;
      const promise = new Promise<T>((res, rej) => {
        resolve = res;
        reject = rej;
      });
      return { promise, resolve, reject };
    },
  });
}
