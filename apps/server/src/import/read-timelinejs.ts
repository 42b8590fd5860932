// A TimelineJS JSON file (https://timeline.knightlab.com/docs/json-format.html)
// read into rows. jsonc-parser keeps each slide's offset, so a bad slide is
// reported with the line it starts on. A slide exported by chronicle also has
// a `chronicle` object (precision, kind, plain summary, every source), which
// is preferred to what TimelineJS's own fields can say.
import { getNodeValue, parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import { parseCalendarDay } from '@chronicle/db';
import { ImportFileError, MAX_ROWS, RowProblem, type ImportedFile, type ImportedRow, type ImportedSource } from './imported-row.ts';
import { isPrecision, spanOfRow, type DateParts } from './row-dates.ts';
import { htmlToText, httpUrl, kindOfGroup, mediaSource, summaryOf, titleOf } from './row-fields.ts';

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const str = (value: unknown): string => (typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '');

function lineAt(content: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i += 1) if (content.charCodeAt(i) === 10) line += 1;
  return line;
}

function chronicleSources(value: unknown): ImportedSource[] | null {
  if (!Array.isArray(value)) return null;
  return value.flatMap((s): ImportedSource[] => {
    if (!isObject(s)) return [];
    const url = httpUrl(str(s.url));
    if (!url) return [];
    const publisher = str(s.publisher) || null;
    return [{ url, title: str(s.title) || publisher || url, publisher, publishedOn: parseCalendarDay(str(s.publishedOn)) }];
  });
}

function slideRow(slide: unknown): Omit<Extract<ImportedRow, { event: unknown }>, 'line'> {
  if (!isObject(slide)) throw new RowProblem('is not an object');
  const warnings: string[] = [];
  const ext = isObject(slide.chronicle) ? slide.chronicle : {};
  const text = isObject(slide.text) ? slide.text : {};
  if (!isObject(slide.start_date)) throw new RowProblem('has no start_date');
  const start = slide.start_date as DateParts & { hour?: unknown };
  if (start.hour !== undefined && start.hour !== '') warnings.push('time of day dropped: chronicle keeps days');
  const end = isObject(slide.end_date) ? (slide.end_date as DateParts) : null;
  const span = spanOfRow(start, end, isPrecision(ext.precision) ? ext.precision : null);
  const kind = kindOfGroup(typeof ext.kind === 'string' ? ext.kind : str(slide.group), warnings);
  const media = isObject(slide.media) ? slide.media : null;
  const sources =
    chronicleSources(ext.sources) ?? [media ? mediaSource(str(media.url), str(media.credit), str(media.caption), warnings) : null].filter((s) => s !== null);
  return {
    event: {
      title: titleOf(str(text.headline)),
      summary: summaryOf(typeof ext.summary === 'string' ? ext.summary : htmlToText(str(text.text))),
      kind,
      span,
      sources,
    },
    warnings,
  };
}

export function readTimelineJs(content: string): ImportedFile {
  const errors: ParseError[] = [];
  const root = parseTree(content, errors, { disallowComments: true, allowTrailingComma: false });
  const first = errors[0];
  if (first || !root) {
    throw new ImportFileError(`not valid JSON: ${first ? printParseErrorCode(first.error) : 'empty'}`, first ? lineAt(content, first.offset) : 1);
  }
  const value: unknown = getNodeValue(root);
  if (!isObject(value)) throw new ImportFileError('a TimelineJS file is an object with an "events" array', 1);
  const eventsNode = root.children?.find((p) => p.children?.[0]?.value === 'events')?.children?.[1];
  if (!eventsNode || eventsNode.type !== 'array') throw new ImportFileError('a TimelineJS file is an object with an "events" array', 1);
  const slides: Node[] = eventsNode.children ?? [];
  if (slides.length > MAX_ROWS) throw new ImportFileError(`more than ${MAX_ROWS} events in one file`);
  const title = isObject(value.title) && isObject(value.title.text) ? value.title.text : null;
  return {
    title: title ? htmlToText(str(title.headline)) || null : null,
    description: title ? htmlToText(str(title.text)) || null : null,
    rows: slides.map((node) => {
      const line = lineAt(content, node.offset);
      try {
        return { line, ...slideRow(getNodeValue(node)) };
      } catch (error) {
        if (error instanceof RowProblem) return { line, problem: error.message };
        throw error;
      }
    }),
  };
}
