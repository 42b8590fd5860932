/// <reference path="../types/webassembly.d.ts" />
// Prisma's schema engine, in its WebAssembly build.
//
// The native schema engine that `prisma migrate deploy` downloads cannot be
// fetched on closed networks, but the same engine ships as WebAssembly in
// `@prisma/schema-engine-wasm`. Its package entry imports the .wasm file as an
// ES module, which Node refuses, so we instantiate it here by hand. It writes
// the same `_prisma_migrations` table as `prisma migrate deploy`, so the two
// stay interchangeable on a machine that has the native engine.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { bindMigrationAwareSqlAdapterFactory } from '@prisma/driver-adapter-utils';
import * as bindings from '@prisma/schema-engine-wasm/schema_engine_bg';
import type { SchemaEngine } from '@prisma/schema-engine-wasm';
import { createShadowAwareAdapter } from './shadow-aware-adapter.ts';

export type { SchemaEngine };

let wasmReady: Promise<void> | undefined;

// The engine reports a Rust panic through this global before throwing; without
// it the panic surfaces as an unrelated TypeError.
const panicRegistry = {
  lastMessage: '',
  set_message(message: string) {
    this.lastMessage = message;
  },
};
(globalThis as { PRISMA_WASM_PANIC_REGISTRY?: typeof panicRegistry }).PRISMA_WASM_PANIC_REGISTRY = panicRegistry;

/** The message of the engine's last panic, for error reports. */
export function lastEnginePanic(): string {
  return panicRegistry.lastMessage;
}

function loadWasmOnce(): Promise<void> {
  wasmReady ??= (async () => {
    const require = createRequire(import.meta.url);
    const jsPath = require.resolve('@prisma/schema-engine-wasm/schema_engine_bg');
    const bytes = await readFile(path.join(path.dirname(jsPath), 'schema_engine_bg.wasm'));
    const module = await WebAssembly.compile(bytes);
    const instance = await WebAssembly.instantiate(module, {
      './schema_engine_bg.js': bindings as unknown as WebAssembly.ModuleImports,
    });
    const exports = instance.exports as unknown as { __wbindgen_start(): void };
    bindings.__wbg_set_wasm(instance.exports);
    exports.__wbindgen_start();
  })();
  return wasmReady;
}

export interface SchemaFile {
  path: string;
  content: string;
}

/**
 * Runs `work` with a schema engine connected to `databaseUrl`, then frees the
 * engine and closes its connections (left open, they keep Node alive).
 */
export async function withSchemaEngine<T>(
  databaseUrl: string,
  schema: SchemaFile,
  work: (engine: SchemaEngine) => Promise<T>,
  log: (message: string) => void = () => {},
): Promise<T> {
  await loadWasmOnce();
  const adapter = createShadowAwareAdapter(databaseUrl);
  try {
    const engine = await bindings.SchemaEngine.new({ datamodels: [[schema.path, schema.content]] }, log, bindMigrationAwareSqlAdapterFactory(adapter));
    try {
      return await work(engine);
    } catch (error) {
      const panic = lastEnginePanic();
      if (panic && error instanceof Error) error.message += `\n${panic}`;
      throw error;
    } finally {
      engine.free();
    }
  } finally {
    await adapter.close();
  }
}
