// The columns of Knight Lab's TimelineJS Google Sheets template, in its order,
// then chronicle's own. Export writes them and import reads them, so a
// spreadsheet made here loads into TimelineJS and back into chronicle.
export const TEMPLATE_COLUMNS = [
  'Year',
  'Month',
  'Day',
  'Time',
  'End Year',
  'End Month',
  'End Day',
  'End Time',
  'Display Date',
  'Headline',
  'Text',
  'Media',
  'Media Credit',
  'Media Caption',
  'Media Thumbnail',
  'Type',
  'Group',
  'Background',
] as const;

/** `precision` is what TimelineJS's columns cannot say (a week); `sources` is one source a line, its address last. */
export const CHRONICLE_COLUMNS = ['id', 'precision', 'start', 'end', 'actors', 'sources'] as const;

export type SheetColumn = (typeof TEMPLATE_COLUMNS)[number] | (typeof CHRONICLE_COLUMNS)[number];

export const SHEET_COLUMNS: readonly SheetColumn[] = [...TEMPLATE_COLUMNS, ...CHRONICLE_COLUMNS];

/**
 * A spreadsheet runs a cell that starts with = + - @ (or a tab or carriage
 * return, which some read past) as a formula: such a cell gets a leading
 * apostrophe, which spreadsheets show as text and never evaluate.
 */
export function neutraliseFormula(cell: string): string {
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

/** The text a neutralised cell stood for. */
export function unneutraliseFormula(cell: string): string {
  return /^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell;
}
