// The installed version of a dependency, for messages that must say which
// release changed something chronicle relies on. Read from the package's own
// package.json, found above its entry point (not every package exports it).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(import.meta.url);

/** The file `name` resolves to when imported from the file `from`. */
export function resolvePackageEntry(name: string, from: string = here): string {
  return createRequire(from).resolve(name);
}

export function packageVersion(name: string): string {
  const entry = resolvePackageEntry(name);
  for (let dir = path.dirname(entry); dir !== path.dirname(dir); dir = path.dirname(dir)) {
    try {
      const manifest = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as { name?: string; version?: string };
      if (manifest.name === name && manifest.version) return manifest.version;
    } catch {
      // no package.json here: look one folder up
    }
  }
  throw new Error(`no package.json for ${name} above ${entry}`);
}
