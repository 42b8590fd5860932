// schema.org Events for search engines, embedded in the timeline page. Dates
// are ISO 8601 cut to what is known ("2019-06" for a MONTH event, "2019" for
// a YEAR one), which schema.org's Date accepts, so no day is invented.
import { periodStart, toCalendarDay, type DatePrecision } from '@chronicle/db';
import type { ExportedEvent, ExportedTimeline } from './exported-timeline.ts';

function isoDate(date: Date, precision: DatePrecision): string {
  const day = toCalendarDay(date);
  return precision === 'YEAR' ? day.slice(0, 4) : precision === 'MONTH' ? day.slice(0, 7) : day;
}

function eventLd(event: ExportedEvent): Record<string, unknown> {
  const { span } = event;
  // A week has no ISO form that schema.org reads: its first and last day.
  const precision = span.precision === 'WEEK' ? 'DAY' : span.precision;
  const end = span.isRange || span.precision === 'WEEK' ? isoDate(periodStart(span.endsOn, precision), precision) : null;
  return {
    '@type': 'Event',
    '@id': event.url,
    url: event.url,
    name: event.title,
    ...(event.summary ? { description: event.summary } : {}),
    startDate: isoDate(span.startsOn, precision),
    ...(end ? { endDate: end } : {}),
    ...(event.place ? { location: { '@type': 'Place', name: event.place } } : {}),
    ...(event.actors.length > 0 ? { about: [...new Set(event.actors.map((a) => a.name))].map((name) => ({ '@type': 'Thing', name })) } : {}),
    ...(event.sources.length > 0
      ? {
          subjectOf: event.sources.map((s) => ({
            '@type': 'NewsArticle',
            headline: s.title,
            ...(s.url ? { url: s.url } : {}),
            ...(s.publisher ? { publisher: { '@type': 'Organization', name: s.publisher } } : {}),
            ...(s.publishedOn ? { datePublished: toCalendarDay(s.publishedOn) } : {}),
          })),
        }
      : {}),
  };
}

export function toJsonLd(timeline: ExportedTimeline): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'ItemList',
    name: timeline.title,
    url: timeline.url,
    numberOfItems: timeline.events.length,
    itemListElement: timeline.events.map((event, index) => ({ '@type': 'ListItem', position: index + 1, item: eventLd(event) })),
  };
}

/**
 * JSON-LD text safe inside an HTML <script> element: "<" and friends are
 * escaped so a title holding "</script>" cannot end the element.
 */
export function jsonLdScriptText(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
