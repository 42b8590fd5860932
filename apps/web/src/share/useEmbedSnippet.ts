// The <iframe> snippet for an embed address, as the server's oEmbed endpoint
// writes it (one way to write it, on the server).
import { useEffect, useState } from 'react';

export function useEmbedSnippet(embedUrl: string | null): string | null {
  const [snippet, setSnippet] = useState<string | null>(null);
  useEffect(() => {
    if (!embedUrl) return;
    const controller = new AbortController();
    fetch(`/oembed?${new URLSearchParams({ url: embedUrl, format: 'json' }).toString()}`, { signal: controller.signal })
      .then((response) => (response.ok ? (response.json() as Promise<{ html?: unknown }>) : null))
      .then((body) => setSnippet(typeof body?.html === 'string' ? body.html : null))
      .catch(() => setSnippet(null));
    return () => controller.abort();
  }, [embedUrl]);
  return snippet;
}
