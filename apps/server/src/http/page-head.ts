// What the server adds to the timeline page's <head> for machines: JSON-LD
// (schema.org Events, so search engines read the timeline without running
// the app) and the oEmbed discovery link.
import type { Database } from '@chronicle/db';
import { DEFAULT_TIMELINE_SLUG } from '@chronicle/schema/default-timeline';
import { escapeAttribute } from 'entities';
import { GraphQLError } from 'graphql';
import type express from 'express';
import { jsonLdScriptText, toJsonLd } from '../export/json-ld.ts';
import { ExportQueryError } from './exports/export-query.ts';
import { loadPublishedTimeline } from './exports/published-timeline.ts';
import { originOf } from './links.ts';

/** Events described in the page itself; the full list is one export away. */
const JSON_LD_EVENTS = 200;
import type { PageHead } from './web-app.ts';

export function timelinePageHead(db: Database): PageHead {
  return async (req: express.Request) => {
    if (req.path !== '/') return null;
    const query = new URLSearchParams(req.originalUrl.split('?')[1] ?? '');
    const slug = query.get('timeline')?.trim() || DEFAULT_TIMELINE_SLUG;
    const origin = originOf(req);
    let timeline;
    try {
      timeline = await loadPublishedTimeline(db, slug, query, origin, JSON_LD_EVENTS);
    } catch (error) {
      // A malformed filter in the address: the app shows its own message.
      if (error instanceof ExportQueryError || error instanceof GraphQLError) return null;
      throw error;
    }
    if (!timeline) return null;
    const page = `${origin}${req.originalUrl}`;
    const oembedHref = `${origin}/oembed?${new URLSearchParams({ url: page, format: 'json' }).toString()}`;
    return [
      `<link rel="alternate" type="application/json+oembed" href="${escapeAttribute(oembedHref)}" title="${escapeAttribute(timeline.title)}" />`,
      `<script type="application/ld+json">${jsonLdScriptText(toJsonLd(timeline))}</script>`,
    ].join('\n    ');
  };
}
