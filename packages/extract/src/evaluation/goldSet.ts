import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseEvent, type ExpectedArticle } from './expectedArticle.ts';

// A gold set is a folder of article excerpts (`<id>.txt`) and one `gold.json` listing,
// for each page, its metadata and the events a careful reader takes from it. The texts
// are other people's writing: they are read where they lie, never copied into the
// repository.

export interface GoldPage {
  id: string;
  textPath: string;
  expected: ExpectedArticle;
}

export function readGoldSet(folder: string): GoldPage[] {
  const goldPath = join(folder, 'gold.json');
  if (!existsSync(goldPath)) throw new Error(`no gold.json in ${folder}`);
  const json: unknown = JSON.parse(readFileSync(goldPath, 'utf8'));
  if (!Array.isArray(json)) throw new Error(`${goldPath}: expected an array of pages`);
  return json.map((page: unknown, index) => parseGoldPage(page, folder, `${goldPath}[${index}]`));
}

function parseGoldPage(json: unknown, folder: string, where: string): GoldPage {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) throw new Error(`${where} must be an object`);
  const page = json as Record<string, unknown>;
  const id = page['id'];
  if (typeof id !== 'string' || id === '') throw new Error(`${where}: "id" is required`);
  const events = page['events'];
  if (!Array.isArray(events)) throw new Error(`${where}: "events" must be an array`);
  const textPath = join(folder, `${id}.txt`);
  if (!existsSync(textPath)) throw new Error(`${where}: ${textPath} does not exist`);
  const text = (key: string): string | null => (typeof page[key] === 'string' ? page[key] : null);
  return {
    id,
    textPath,
    expected: {
      file: `${id}.txt`,
      title: null,
      publisher: text('publisher'),
      url: text('url'),
      publishedAt: text('publishedAt'),
      expectedEvents: events.map((event, index) => parseEvent(event, `${where}.events[${index}]`)),
      expectedStances: null,
    },
  };
}
