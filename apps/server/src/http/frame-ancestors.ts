// Who may put chronicle's /embed pages in a frame: a CSP frame-ancestors
// source list, set per deployment (CHRONICLE_EMBED_ANCESTORS). Every other
// page stays unframeable ('none'), so clickjacking the editors' screens is
// impossible whatever this says.

/** `*`, `'self'`, a scheme (`https:`) or an origin, with `*.` allowed for subdomains. */
const SOURCE = /^(\*|'self'|[a-z][a-z0-9+.-]*:|[a-z][a-z0-9+.-]*:\/\/(\*\.)?[a-z0-9.-]+(:(\d{1,5}|\*))?)$/i;

/** The list as the header will carry it; throws on anything that could break or widen the header. */
export function parseFrameAncestors(raw: string): string {
  const sources = raw.trim().split(/\s+/).filter(Boolean);
  if (sources.length === 0) throw new Error('CHRONICLE_EMBED_ANCESTORS is empty: use "\'none\'" to forbid embedding.');
  if (sources.includes("'none'")) {
    if (sources.length > 1) throw new Error("CHRONICLE_EMBED_ANCESTORS: 'none' cannot be combined with other sources.");
    return "'none'";
  }
  const bad = sources.find((s) => !SOURCE.test(s));
  if (bad)
    throw new Error(`CHRONICLE_EMBED_ANCESTORS: "${bad}" is not a frame-ancestors source (*, 'self', https:, https://example.org, https://*.example.org).`);
  return sources.join(' ');
}

/**
 * Embedding is what /embed is for: any web page may frame it unless the
 * deployment says otherwise ("http: https:" says so outright, where `*` has
 * exceptions by scheme that browsers word differently).
 */
export const DEFAULT_EMBED_ANCESTORS = 'http: https:';
