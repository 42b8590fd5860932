// Structured JSON logs (pino). Every line written while a request is being
// served carries its request id, without passing a logger down the call
// chain: the id lives in an AsyncLocalStorage that pino's mixin reads.
import { AsyncLocalStorage } from 'node:async_hooks';
import { pino, type DestinationStream, type Logger, type LevelWithSilent } from 'pino';

export type { Logger } from 'pino';

export const requestScope = new AsyncLocalStorage<{ requestId: string }>();

export function createLogger(options: { level?: LevelWithSilent; destination?: DestinationStream } = {}): Logger {
  return pino(
    {
      name: 'chronicle',
      level: options.level ?? 'info',
      base: { pid: process.pid },
      timestamp: pino.stdTimeFunctions.isoTime,
      mixin: () => {
        const scope = requestScope.getStore();
        return scope ? { requestId: scope.requestId } : {};
      },
      // An Error logged as `err` keeps its stack; a token never reaches a log line.
      serializers: { err: pino.stdSerializers.err },
      redact: ['req.headers.authorization', 'headers.authorization'],
    },
    options.destination ?? pino.destination({ dest: 1, sync: false }),
  );
}
