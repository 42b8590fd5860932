// Absolute addresses of chronicle's pages, for files and snippets that leave
// it (exports, embeds, oEmbed, JSON-LD). The origin is the one the request
// came to, so a deployment behind any host name links to itself.
import type express from 'express';

export function originOf(req: express.Request): string {
  return `${req.protocol}://${req.get('host') ?? 'localhost'}`;
}

/** The explorer on `slug`, with extra query parameters (filters, window, selected event). */
export function timelinePageUrl(origin: string, slug: string, extra?: URLSearchParams): string {
  const query = new URLSearchParams({ timeline: slug });
  for (const [key, value] of extra ?? []) query.append(key, value);
  return `${origin}/?${query.toString()}`;
}

export function eventPageUrl(origin: string, slug: string, eventId: string): string {
  return timelinePageUrl(origin, slug, new URLSearchParams({ event: eventId }));
}

export function embedUrl(origin: string, slug: string, extra?: URLSearchParams): string {
  const query = extra?.toString() ?? '';
  return `${origin}/embed/${encodeURIComponent(slug)}${query ? `?${query}` : ''}`;
}
