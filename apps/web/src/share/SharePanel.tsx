// "Share": a link to this very view (filters, window, selected event: all in
// the URL), the timeline as files, and the snippet that embeds it elsewhere.
import { useEffect, useState } from 'react';
import { hasFilters, type ExplorerParams } from '../url/explorerParams.ts';
import { CopyField } from './CopyField.tsx';
import { embedPath, EXPORT_FORMATS, exportPath } from './shareLinks.ts';
import { useEmbedSnippet } from './useEmbedSnippet.ts';

export function SharePanel({ params }: { params: ExplorerParams }) {
  const [open, setOpen] = useState(false);
  // Read when opened: pan and zoom replace the URL without a render here.
  const [here, setHere] = useState('');
  useEffect(() => {
    if (open) setHere(window.location.href);
  }, [open, params]);
  const narrowed = hasFilters(params) || (params.from !== null && params.to !== null);
  const snippet = useEmbedSnippet(open ? `${window.location.origin}${embedPath(params)}` : null);

  return (
    <details className="share-menu" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary className="button button-quiet">Share</summary>
      <div className="share-panel" role="group" aria-label="Share and export">
        <CopyField label="Link to this view" value={here} buttonLabel="Copy link" />
        <section aria-labelledby="export-heading">
          <h2 id="export-heading" className="share-heading">
            Export {narrowed ? 'what this view shows' : 'the timeline'}
          </h2>
          <ul className="export-links">
            {EXPORT_FORMATS.map((format) => (
              <li key={format.suffix}>
                <a href={exportPath(params, format.suffix, true)} download>
                  {format.label}
                </a>
              </li>
            ))}
          </ul>
          {narrowed && (
            <p className="hint">
              The whole timeline:{' '}
              {EXPORT_FORMATS.map((format, i) => (
                <span key={format.suffix}>
                  {i > 0 && ' · '}
                  <a href={exportPath(params, format.suffix, false)} download className="export-whole">
                    {format.suffix.toUpperCase().replace('TIMELINEJS.', '')}
                  </a>
                </span>
              ))}
            </p>
          )}
          <p className="hint">Published events only. TimelineJS files and spreadsheets import back into chronicle.</p>
        </section>
        <CopyField label="Embed on a web page" value={snippet ?? 'Preparing the snippet…'} buttonLabel="Copy embed code" multiline />
      </div>
    </details>
  );
}
