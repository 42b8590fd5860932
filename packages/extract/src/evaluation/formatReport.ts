import type { Extraction } from '../types.ts';
import { formatDateKey, predictedDateKey } from './dateKeys.ts';
import type { ArticleEvaluation } from './evaluateArticle.ts';
import type { ExpectedArticle } from './expectedArticle.ts';
import { sumScores, type Score } from './scores.ts';

// A plain-text report of one evaluation, meant to be read in a terminal.

export function formatScore(label: string, value: Score): string {
  const figures = `P=${value.precision.toFixed(3)} R=${value.recall.toFixed(3)} F1=${value.f1.toFixed(3)}`;
  return `${label.padEnd(13)} ${figures}  (${value.truePositives} correct / ${value.predicted} predicted / ${value.expected} expected)`;
}

export function formatReport(name: string, expected: ExpectedArticle, extraction: Extraction, evaluation: ArticleEvaluation): string {
  const lines: string[] = [];
  lines.push(`Article: ${name}   published: ${expected.publishedAt ?? '(none)'}`);
  lines.push('');
  const header = ['#', 'expected date', 'kind', 'found', 'predicted date', 'kind', 'actors P/R/F1', 'predicted title'];
  const table: string[][] = [header];
  for (const row of evaluation.rows) {
    const want = expected.expectedEvents[row.expectedIndex];
    const got = row.predictedIndex === null ? undefined : extraction.events[row.predictedIndex];
    table.push([
      String(row.expectedIndex + 1),
      want === undefined ? '' : `${want.date} (${want.precision})`,
      want?.kind ?? '',
      got === undefined ? 'MISSED' : 'yes',
      got === undefined ? '' : formatDateKey(predictedDateKey(got.date)),
      got === undefined ? '' : `${got.kind}${row.kindMatches === false ? ' ✗' : ''}`,
      row.actors === null ? '' : `${fixed(row.actors.precision)}/${fixed(row.actors.recall)}/${fixed(row.actors.f1)}`,
      got === undefined ? (want?.what ?? '') : clip(got.title, 60),
    ]);
  }
  lines.push(...alignColumns(table));
  const actorNotes = evaluation.rows.filter((row) => row.missingActors.length > 0 || row.extraActors.length > 0);
  if (actorNotes.length > 0) {
    lines.push('');
    lines.push('Actor differences on matched events:');
    for (const row of actorNotes) {
      const parts = [];
      if (row.missingActors.length > 0) parts.push(`missing ${row.missingActors.join(', ')}`);
      if (row.extraActors.length > 0) parts.push(`extra ${row.extraActors.join(', ')}`);
      lines.push(`  #${row.expectedIndex + 1}: ${parts.join('; ')}`);
    }
  }
  if (evaluation.unmatchedPredicted.length > 0) {
    lines.push('');
    lines.push('Predicted events with no expected counterpart:');
    for (const index of evaluation.unmatchedPredicted) {
      const event = extraction.events[index];
      if (event !== undefined) lines.push(`  ${formatDateKey(predictedDateKey(event.date))}  ${event.kind}  ${clip(event.title, 70)}`);
    }
  }
  lines.push('');
  lines.push('Overall');
  lines.push(`  ${formatScore('event dates', evaluation.dates)}`);
  lines.push(`  ${formatScore('actors', evaluation.actors)}`);
  if (evaluation.stances !== null) lines.push(`  ${formatScore('stances', evaluation.stances)}`);
  lines.push(`  ${'titles'.padEnd(13)} ${evaluation.titles.usable} of ${evaluation.titles.total} usable as they stand`);
  if (extraction.warnings.length > 0) {
    lines.push('');
    lines.push(...extraction.warnings.map((warning) => `warning: ${warning}`));
  }
  return lines.join('\n');
}

export interface ArticleScores {
  name: string;
  evaluation: ArticleEvaluation;
}

/** One line per article and a micro-averaged total, for runs over many articles. */
export function formatSummary(articles: readonly ArticleScores[]): string {
  const figures = (value: Score | null, digits = 2): string =>
    value === null ? '—' : `${fixed(value.precision, digits)}/${fixed(value.recall, digits)}/${fixed(value.f1, digits)}`;
  const usable = (usableCount: number, total: number): string => `${usableCount}/${total}`;
  const table: string[][] = [['article', 'dates P/R/F1', 'actors P/R/F1', 'stances P/R/F1', 'usable titles']];
  for (const { name, evaluation } of articles) {
    table.push([
      name,
      figures(evaluation.dates),
      figures(evaluation.actors),
      figures(evaluation.stances),
      usable(evaluation.titles.usable, evaluation.titles.total),
    ]);
  }
  const usableTitles = articles.reduce((sum, { evaluation }) => sum + evaluation.titles.usable, 0);
  const allTitles = articles.reduce((sum, { evaluation }) => sum + evaluation.titles.total, 0);
  const stances = articles.flatMap(({ evaluation }) => (evaluation.stances === null ? [] : [evaluation.stances]));
  const total = (pick: (evaluation: ArticleEvaluation) => Score): Score => sumScores(articles.map(({ evaluation }) => pick(evaluation)));
  // Three places in the total: a target such as 0.80 is met or missed in the third.
  table.push([
    'all (micro-averaged)',
    figures(
      total((evaluation) => evaluation.dates),
      3,
    ),
    figures(
      total((evaluation) => evaluation.actors),
      3,
    ),
    stances.length === 0 ? '—' : figures(sumScores(stances), 3),
    `${usable(usableTitles, allTitles)} (${percent(usableTitles, allTitles)})`,
  ]);
  return alignColumns(table).join('\n');
}

function percent(part: number, whole: number): string {
  return whole === 0 ? '—' : `${Math.round((100 * part) / whole)} %`;
}

function fixed(value: number, digits = 2): string {
  return value.toFixed(digits);
}

function clip(text: string, length: number): string {
  return text.length <= length ? text : `${text.slice(0, length - 1)}…`;
}

function alignColumns(rows: string[][]): string[] {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, column) => (widths[column] = Math.max(widths[column] ?? 0, cell.length)));
  return rows.map((row) =>
    row
      .map((cell, column) => (column === row.length - 1 ? cell : cell.padEnd(widths[column] ?? 0)))
      .join('  ')
      .trimEnd(),
  );
}
