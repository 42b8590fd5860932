// The API's schema as SDL text, read from the domain files beside this one.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));

function schemaFiles(): string[] {
  return readdirSync(here, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && entry.name !== 'generated')
    .map((entry) => path.join(here, entry.name, 'schema.graphql'))
    .sort();
}

/** Every domain's SDL, base first. */
export const typeDefs: string[] = schemaFiles()
  .sort((a, b) => Number(!a.includes(`${path.sep}base${path.sep}`)) - Number(!b.includes(`${path.sep}base${path.sep}`)))
  .map((file) => readFileSync(file, 'utf8'));
