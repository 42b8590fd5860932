import { GraphQLScalarType, Kind } from 'graphql';
import { parseCalendarDay, toCalendarDay } from '@chronicle/db';

function parseDate(value: unknown): Date {
  const date = typeof value === 'string' ? parseCalendarDay(value) : null;
  if (!date) throw new TypeError(`Date must be a calendar day "YYYY-MM-DD", got ${JSON.stringify(value)}`);
  return date;
}

export const DateScalar = new GraphQLScalarType<Date, string>({
  name: 'Date',
  description: 'A calendar day, YYYY-MM-DD.',
  serialize: (value) => {
    if (!(value instanceof Date)) throw new TypeError('Date must serialize from a Date');
    return toCalendarDay(value);
  },
  parseValue: parseDate,
  parseLiteral: (ast) => parseDate(ast.kind === Kind.STRING ? ast.value : undefined),
});

function parseDateTime(value: unknown): Date {
  const date = typeof value === 'string' ? new Date(value) : null;
  if (!date || Number.isNaN(date.getTime())) throw new TypeError(`DateTime must be ISO 8601, got ${JSON.stringify(value)}`);
  return date;
}

export const DateTimeScalar = new GraphQLScalarType<Date, string>({
  name: 'DateTime',
  serialize: (value) => {
    if (!(value instanceof Date)) throw new TypeError('DateTime must serialize from a Date');
    return value.toISOString();
  },
  parseValue: parseDateTime,
  parseLiteral: (ast) => parseDateTime(ast.kind === Kind.STRING ? ast.value : undefined),
});
