// What `npm run ingest -- DIR` or `FILE.jsonl` reads: one article per JSON
// line ({ text | url, publishedOn, publisher, title, timeline }), or one per
// .txt file of a folder (dated by --published). A bad line is reported with
// its number and the rest go on. Each article gets a key (its address, or its
// text's hash) so that running the same input again skips what is done.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { contentHashOfText, parseCalendarDay } from '@chronicle/db';
import { ingestionJobOf, type EnqueueInput } from '../jobs/ingestion-jobs.ts';

export interface BulkArticle {
  /** Where it came from, for messages: "file.jsonl:12" or "folder/a.txt". */
  origin: string;
  key: string;
  input: EnqueueInput;
}

export interface BulkInput {
  articles: BulkArticle[];
  /** Lines or files that could not be read as an article, with why. */
  rejected: { origin: string; message: string }[];
}

const stringField = (line: Record<string, unknown>, name: string) => (typeof line[name] === 'string' ? line[name] : null);

function articleOf(origin: string, input: EnqueueInput): BulkArticle {
  // Validates as enqueueing will, so a bad line is reported before anything is sent.
  const job = ingestionJobOf(input);
  const key = 'text' in job.data ? `text:${contentHashOfText(job.data.text)}` : `url:${job.data.url}`;
  return { origin, key, input: { ...input, key } };
}

function fromJsonLine(origin: string, raw: string, defaults: { publishedOn: Date | null; timeline: string | null }): BulkArticle {
  let line: unknown;
  try {
    line = JSON.parse(raw);
  } catch {
    throw new Error('not valid JSON');
  }
  if (typeof line !== 'object' || line === null || Array.isArray(line)) throw new Error('not a JSON object');
  const fields = line as Record<string, unknown>;
  const published = stringField(fields, 'publishedOn');
  const publishedOn = published === null ? defaults.publishedOn : parseCalendarDay(published);
  if (published !== null && !publishedOn) throw new Error(`"publishedOn" must be a YYYY-MM-DD day, got "${published.slice(0, 40)}"`);
  return articleOf(origin, {
    text: stringField(fields, 'text'),
    url: stringField(fields, 'url'),
    publishedOn,
    title: stringField(fields, 'title'),
    publisher: stringField(fields, 'publisher'),
    timeline: stringField(fields, 'timeline') ?? defaults.timeline,
  });
}

function reason(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export async function readBulkInput(target: string, defaults: { publishedOn: Date | null; timeline: string | null }): Promise<BulkInput> {
  const result: BulkInput = { articles: [], rejected: [] };
  const files = target.endsWith('.jsonl')
    ? [target]
    : (await readdir(target))
        .filter((f) => f.endsWith('.jsonl') || f.endsWith('.txt'))
        .sort()
        .map((f) => path.join(target, f));
  for (const file of files) {
    const content = await readFile(file, 'utf8');
    if (file.endsWith('.txt')) {
      try {
        if (!defaults.publishedOn) throw new Error('a .txt file needs --published YYYY-MM-DD');
        result.articles.push(articleOf(file, { text: content, publishedOn: defaults.publishedOn, timeline: defaults.timeline }));
      } catch (error) {
        result.rejected.push({ origin: file, message: reason(error) });
      }
      continue;
    }
    for (const [index, raw] of content.split('\n').entries()) {
      if (raw.trim() === '') continue;
      const origin = `${file}:${index + 1}`;
      try {
        result.articles.push(fromJsonLine(origin, raw, defaults));
      } catch (error) {
        result.rejected.push({ origin, message: reason(error) });
      }
    }
  }
  // The same article twice in the input is one job.
  result.articles = [...new Map(result.articles.map((a) => [a.key, a])).values()];
  return result;
}
