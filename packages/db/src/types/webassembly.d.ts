// Node has WebAssembly; @types/node 20 does not declare it and lib.dom is not
// for a server. Only what schema-engine.ts uses.
declare namespace WebAssembly {
  type ModuleImports = Record<string, unknown>;
  type Imports = Record<string, ModuleImports>;
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- opaque here; merges with lib.dom's where that is loaded
  interface Module {}
  interface Instance {
    readonly exports: Record<string, unknown>;
  }
  function compile(bytes: Uint8Array): Promise<Module>;
  function instantiate(module: Module, imports?: Imports): Promise<Instance>;
}
