// A CSV in the TimelineJS Google Sheets template's layout (and chronicle's
// own export, which adds columns) read into rows. csv-parse reads RFC 4180;
// each record's raw text gives the line it starts on.
import { parse } from 'csv-parse/sync';
import { parseCalendarDay, type EventSpan } from '@chronicle/db';
import { unneutraliseFormula } from '../export/sheet-columns.ts';
import { ImportFileError, MAX_ROWS, RowProblem, type ImportedFile, type ImportedRow } from './imported-row.ts';
import { isPrecision, spanOfRow } from './row-dates.ts';
import { htmlToText, kindOfGroup, mediaSource, sourcesFromLines, summaryOf, titleOf } from './row-fields.ts';

type Cells = (name: string) => string;

/** Lines a record took in the file: the line breaks inside it, plus its own end. */
function linesOf(raw: string): number {
  return (raw.replace(/(\r\n|\r|\n)$/, '').match(/\r\n|\r|\n/g)?.length ?? 0) + 1;
}

function sheetRow(cell: Cells): Omit<Extract<ImportedRow, { event: unknown }>, 'line'> {
  const warnings: string[] = [];
  if (cell('Time') || cell('End Time')) warnings.push('time of day dropped: chronicle keeps days');
  const declared = cell('precision').toUpperCase();
  if (declared && !isPrecision(declared)) throw new RowProblem(`precision "${cell('precision')}" is not DAY, WEEK, MONTH or YEAR`);
  const hasEnd = cell('End Year') || cell('End Month') || cell('End Day');
  const span: EventSpan = spanOfRow(
    { year: cell('Year'), month: cell('Month'), day: cell('Day') },
    hasEnd ? { year: cell('End Year'), month: cell('End Month'), day: cell('End Day') } : null,
    isPrecision(declared) ? declared : null,
  );
  // chronicle's start/end columns, when present, must agree with the sheet's parts.
  const start = parseCalendarDay(cell('start'));
  if (start && start.getTime() !== span.startsOn.getTime()) throw new RowProblem(`start ${cell('start')} does not match Year, Month and Day`);
  const end = parseCalendarDay(cell('end'));
  if (end && end.getTime() !== span.endsOn.getTime()) throw new RowProblem(`end ${cell('end')} does not match the end date`);
  const listed = sourcesFromLines(cell('sources'));
  const media = mediaSource(cell('Media'), cell('Media Credit'), cell('Media Caption'), warnings);
  return {
    event: {
      title: titleOf(cell('Headline')),
      summary: summaryOf(htmlToText(cell('Text'))),
      kind: kindOfGroup(cell('Group'), warnings),
      span,
      sources: listed.length > 0 ? listed : media ? [media] : [],
    },
    warnings,
  };
}

export function readSheetCsv(content: string): ImportedFile {
  let unclosedQuote = false;
  const records = parse(content, {
    raw: true,
    bom: true,
    relax_column_count: true,
    // A stray quote inside a field is read as text, as spreadsheets write it;
    // only a quote that never closes stops the reading.
    relax_quotes: true,
    skip_records_with_error: true,
    on_skip: () => {
      unclosedQuote = true;
    },
  }) as unknown as { record: string[]; raw: string }[];
  const header = records[0];
  if (!header) throw new ImportFileError('the file is empty', 1);
  const columns = new Map(header.record.map((name, index) => [name.trim().toLowerCase(), index]));
  for (const required of ['year', 'headline']) {
    if (!columns.has(required)) {
      throw new ImportFileError(`not the TimelineJS sheet layout: the first line has no "${required === 'year' ? 'Year' : 'Headline'}" column`, 1);
    }
  }
  if (records.length - 1 > MAX_ROWS) throw new ImportFileError(`more than ${MAX_ROWS} rows in one file`);
  const file: ImportedFile = { title: null, description: null, rows: [] };
  let line = 1 + linesOf(header.raw);
  for (const { record, raw } of records.slice(1)) {
    const at = line;
    line += linesOf(raw);
    const cell: Cells = (name) => {
      const index = columns.get(name.toLowerCase());
      return index === undefined ? '' : unneutraliseFormula((record[index] ?? '').trim());
    };
    if (record.every((value) => value.trim() === '')) continue;
    const type = cell('Type').toLowerCase();
    if (type === 'title') {
      file.title = htmlToText(cell('Headline')) || null;
      file.description = htmlToText(cell('Text')) || null;
      continue;
    }
    if (type === 'era') {
      file.rows.push({ line: at, problem: 'is an era, which chronicle does not keep' });
      continue;
    }
    try {
      file.rows.push({ line: at, ...sheetRow(cell) });
    } catch (error) {
      if (error instanceof RowProblem) file.rows.push({ line: at, problem: error.message });
      else throw error;
    }
  }
  // csv-parse gives up at a quote that never closes: everything after it is one unreadable record.
  if (unclosedQuote) file.rows.push({ line, problem: 'has a quote that is never closed; this row and the rest of the file could not be read' });
  return file;
}
