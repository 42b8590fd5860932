// oEmbed (https://oembed.com) for chronicle's timelines: given the address of
// a timeline page or of its /embed page, the iframe that shows it. Only this
// server's own addresses are described.
import type { Database } from '@chronicle/db';
import { DEFAULT_TIMELINE_SLUG } from '@chronicle/schema/default-timeline';
import express from 'express';
import { narrowingParams } from './exports/export-query.ts';
import { DEFAULT_EMBED_SIZE, embedSnippet } from './embed-snippet.ts';
import { embedUrl, originOf } from './links.ts';

/** The timeline and narrowing a chronicle address shows, or null for an address that is not a timeline here. */
export function timelineOfAddress(address: URL): { slug: string; narrowing: URLSearchParams } | null {
  const embed = /^\/embed\/([^/]+)\/?$/.exec(address.pathname);
  let slug: string | null = null;
  if (embed?.[1]) slug = decodeURIComponent(embed[1]);
  else if (address.pathname === '/' || address.pathname === '') slug = address.searchParams.get('timeline') || DEFAULT_TIMELINE_SLUG;
  return slug ? { slug, narrowing: narrowingParams(address.searchParams) } : null;
}

function dimension(raw: unknown, fallback: number): number {
  const value = typeof raw === 'string' ? Number.parseInt(raw, 10) : Number.NaN;
  return Number.isFinite(value) && value > 0 ? Math.min(value, fallback) : fallback;
}

export function oembed(db: Database): express.RequestHandler {
  return async (req, res, next) => {
    res.setHeader('Access-Control-Allow-Origin', '*');
    const fail = (status: number, message: string) => res.status(status).json({ error: message });
    try {
      const format = typeof req.query.format === 'string' ? req.query.format : 'json';
      if (format !== 'json') return fail(501, 'Only format=json is served.');
      const origin = originOf(req);
      let address: URL;
      try {
        address = new URL(typeof req.query.url === 'string' ? req.query.url : '');
      } catch {
        return fail(400, '"url" must be the address of a chronicle timeline.');
      }
      const shown = address.origin === origin ? timelineOfAddress(address) : null;
      if (!shown) return fail(404, `${address.href} is not a timeline on ${origin}.`);
      const timeline = await db.timeline.findUnique({ where: { slug: shown.slug }, select: { title: true } });
      if (!timeline) return fail(404, `There is no timeline "${shown.slug}".`);
      const size = { width: dimension(req.query.maxwidth, DEFAULT_EMBED_SIZE.width), height: dimension(req.query.maxheight, DEFAULT_EMBED_SIZE.height) };
      res.json({
        version: '1.0',
        type: 'rich',
        provider_name: 'chronicle',
        provider_url: `${origin}/`,
        title: timeline.title,
        html: embedSnippet(embedUrl(origin, shown.slug, shown.narrowing), timeline.title, size),
        width: size.width,
        height: size.height,
        cache_age: 3600,
      });
    } catch (error) {
      next(error);
    }
  };
}
