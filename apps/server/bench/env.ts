// The only place the benchmarks read the environment (the server they start
// reads its own through src/env.ts; the database's through @chronicle/db).

/** `npm run bench -- load`: seconds of each measured run, and of the warm-up before them. */
export const loadBenchEnv = {
  seconds: Number(process.env.CHRONICLE_BENCH_SECONDS || 60),
  warmupSeconds: Number(process.env.CHRONICLE_BENCH_WARMUP_SECONDS || 20),
};

/** A variable the server's start script reads (`${NAME:-default}`), as the shell would expand it. */
export const startScriptVariable = (name: string): string | undefined => process.env[name] || undefined;
