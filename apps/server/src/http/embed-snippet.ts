// The <iframe> that embeds a timeline: what oEmbed returns and what the web
// app offers to copy (it asks /oembed, so there is one way to write it).
import { escapeAttribute } from 'entities';

export const DEFAULT_EMBED_SIZE = { width: 800, height: 480 };

export function embedSnippet(src: string, title: string, size: { width: number; height: number }): string {
  return (
    `<iframe src="${escapeAttribute(src)}" title="${escapeAttribute(`${title} (chronicle)`)}" ` +
    `width="${size.width}" height="${size.height}" style="border:0;max-width:100%" loading="lazy"></iframe>`
  );
}
