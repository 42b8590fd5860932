// One row of an imported file, read and checked, before anything is written:
// either an event ready to write, or the reason it cannot be one. Rows carry
// the line they start on, so a person can find them in the file.
import type { EventKind, EventSpan } from '@chronicle/db';

export interface ImportedSource {
  url: string;
  title: string;
  publisher: string | null;
  publishedOn: Date | null;
}

export interface ImportedEvent {
  title: string;
  summary: string;
  kind: EventKind;
  span: EventSpan;
  sources: ImportedSource[];
}

export type ImportedRow = { line: number; event: ImportedEvent; warnings: string[] } | { line: number; problem: string };

export interface ImportedFile {
  /** From a title slide (TimelineJS `title`, or a sheet row of Type "title"). */
  title: string | null;
  description: string | null;
  rows: ImportedRow[];
}

/** A row that cannot become an event; the message says why, for the person who made the file. */
export class RowProblem extends Error {}

/** The whole file cannot be read (not JSON, not the sheet's layout): nothing is imported. */
export class ImportFileError extends Error {
  constructor(
    message: string,
    readonly line?: number,
  ) {
    super(message);
  }
}

export const MAX_TITLE_LENGTH = 500;
export const MAX_SUMMARY_LENGTH = 20_000;
export const MAX_ROWS = 5_000;
