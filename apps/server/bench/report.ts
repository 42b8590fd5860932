// Writes one benchmark's figures into BENCHMARKS.md, replacing that section
// from an earlier run and keeping the others.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const file = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../BENCHMARKS.md');
const HEADER = '# Benchmarks\n\nWritten by `npm run bench`; each section is replaced when its benchmark runs again.\n';

export async function writeSection(id: string, markdown: string): Promise<void> {
  const existing = await readFile(file, 'utf8').catch(() => HEADER);
  const start = `<!-- bench:${id} -->`;
  const end = `<!-- /bench:${id} -->`;
  const block = `${start}\n${markdown.trim()}\n${end}`;
  const pattern = new RegExp(`${start}[\\s\\S]*?${end}`);
  const next = pattern.test(existing) ? existing.replace(pattern, block) : `${existing.trimEnd()}\n\n${block}\n`;
  await writeFile(file, next.endsWith('\n') ? next : `${next}\n`);
}
