// Three layers, each importing only downward. The domain (ingestion, review,
// import, feeds, jobs, bulk) knows nothing of GraphQL: it raises src/errors.ts
// and the GraphQL layer maps them; an import from graphql/, the graphql
// package or the generated schema types there would tie the rules to one API.
// SQL lives in the database package (packages/db/src/queries), not in the
// resolvers or the domain.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const src = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../src');
const DOMAIN = ['ingest', 'review', 'import', 'feeds', 'jobs', 'bulk'];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [full] : [];
  });
}

function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/^\s*(?:import|export)\b[^'"]*?from\s+['"]([^'"]+)['"]/gm)].map((m) => m[1]!);
}

function reachesGraphQL(file: string, specifier: string): boolean {
  if (specifier === 'graphql' || specifier.startsWith('@chronicle/schema')) return true;
  if (!specifier.startsWith('.')) return false;
  const target = path.resolve(path.dirname(file), specifier);
  return target.startsWith(path.join(src, 'graphql') + path.sep);
}

describe('layering', () => {
  it('finds the imports it checks', () => {
    // Guards the checker itself: a pattern that matched nothing would pass any code.
    const file = path.join(src, 'review', 'merge-events.ts');
    expect(importsOf(file)).toContain('../errors.ts');
    expect(reachesGraphQL(file, '../graphql/errors.ts')).toBe(true);
    expect(reachesGraphQL(file, '../live/write-with-changes.ts')).toBe(false);
  });

  it('keeps the domain free of the GraphQL layer', () => {
    const offending = DOMAIN.flatMap((folder) => sourceFiles(path.join(src, folder))).flatMap((file) =>
      importsOf(file)
        .filter((specifier) => reachesGraphQL(file, specifier))
        .map((specifier) => `${path.relative(src, file)} imports ${specifier}`),
    );
    expect(offending).toEqual([]);
  });

  it('leaves SQL to the database package', () => {
    const withSql = [...DOMAIN, 'graphql']
      .flatMap((folder) => sourceFiles(path.join(src, folder)))
      .filter((file) => /\$(queryRaw|executeRaw)(Unsafe)?\b/.test(readFileSync(file, 'utf8')))
      .map((file) => path.relative(src, file));
    expect(withSql).toEqual([]);
  });
});
