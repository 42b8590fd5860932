// An HTML page in, the article it carries out: its text, one paragraph a
// line, and what the page says about itself. Mozilla's Readability (the
// Firefox reader view) finds the article among menus, share buttons and
// related links; linkedom gives it a DOM (see the commit that chose it over
// jsdom: same output on these pages, a fraction of the time and memory).
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { PageDocument, PageElement, PageNode } from './page-dom.ts';
import { readPageMetadata, type PageMetadata } from './page-metadata.ts';

// linkedom's and Readability's types name the DOM's Window, Document and Node, which the
// server is compiled without (the web app's tests compile this file with them): both are
// typed here by the shapes in page-dom.ts, which hold either way.
const parsePage = parseHTML as unknown as (html: string) => { document: PageDocument };
const PageReadability = Readability as unknown as new (document: PageDocument, options: { serializer: (node: unknown) => PageNode }) => Readability<PageNode>;

export interface PageArticle extends PageMetadata {
  text: string;
}

const BLOCKS = new Set(['P', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'BLOCKQUOTE', 'PRE', 'FIGCAPTION', 'TR', 'DT', 'DD', 'DIV', 'SECTION', 'ARTICLE']);

/** Text with a blank line between blocks: extraction reads sentences and paragraphs, and a <p> is one. */
function blockText(root: PageNode): string {
  const parts: string[] = [];
  let line = '';
  const flush = () => {
    const trimmed = line.replace(/[ \t\u00A0]+/g, ' ').trim();
    if (trimmed) parts.push(trimmed);
    line = '';
  };
  const walk = (node: PageNode) => {
    if (node.nodeType === 3) {
      line += (node.textContent ?? '').replace(/\s+/g, ' ');
      return;
    }
    if (node.nodeType !== 1) return;
    const tag = (node as PageElement).tagName.toUpperCase();
    if (tag === 'BR') return flush();
    const block = BLOCKS.has(tag);
    if (block) flush();
    for (const child of node.childNodes) walk(child);
    if (block) flush();
  };
  walk(root);
  flush();
  return parts.join('\n\n');
}

export function articleFromHtml(html: string, pageUrl: string): PageArticle {
  const { document } = parsePage(html);
  const metadata = readPageMetadata(document, pageUrl);
  const parsed = new PageReadability(document, { serializer: (node) => node as PageNode }).parse();
  const text = parsed?.content ? blockText(parsed.content) : '';
  return {
    ...metadata,
    title: metadata.title ?? (parsed?.title?.trim() || null),
    publisher: metadata.publisher ?? (parsed?.siteName?.trim() || null),
    text,
  };
}
