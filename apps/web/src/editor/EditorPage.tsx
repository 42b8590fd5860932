// The frame of the pages that change data (/ingest, /actors): a header with
// the editor's name and "Forget token", and the token form until the API
// accepts an editor's token. The page's own viewer query decides; it is
// passed in so that one request also brings what the page needs. Pages using
// it are wrapped in EditorSession and ask with VIEWER_QUERY_OPTIONS.
import { useState, type ReactNode } from 'react';
import { readEditorToken, saveEditorToken } from './editorToken.ts';
import { TokenForm } from './TokenForm.tsx';
import '../styles/ingest.css';

export interface ViewerQueryResult {
  data?: { viewer: { isEditor: boolean; tokenName: string | null } } | undefined;
  error?: { message: string } | undefined;
}

interface EditorPageProps {
  title: string;
  /** A class for the page besides `ingest-page`. */
  className?: string;
  /** Links shown in the header before the editor's name. */
  links?: ReactNode;
  viewer: ViewerQueryResult;
  /** Shown instead of the page while the token is being checked; without it the page shows at once. */
  checking?: ReactNode;
  children: ReactNode;
}

export function EditorPage({ title, className, links, viewer, checking, children }: EditorPageProps) {
  // Read once: saving or forgetting the token mounts the page afresh (EditorSession).
  const [hasToken] = useState(() => readEditorToken() !== '');
  const tokenRefused = viewer.error !== undefined && /token/i.test(viewer.error.message);
  const isEditor = viewer.data?.viewer.isEditor === true;
  return (
    <div className={className ? `ingest-page ${className}` : 'ingest-page'}>
      <header className="app-header">
        <div className="brand">
          <a className="brand-name" href="/">
            chronicle
          </a>
          <h1 className="brand-timeline">{title}</h1>
        </div>
        {links}
        {isEditor && <span className="review-who">Editor: {viewer.data?.viewer.tokenName}</span>}
        <button type="button" className="button button-quiet" hidden={!hasToken} onClick={() => saveEditorToken('')}>
          Forget token
        </button>
      </header>
      <main className="ingest-main">
        {!hasToken || tokenRefused || (viewer.data && !isEditor) ? (
          <TokenForm refused={hasToken && tokenRefused} />
        ) : isEditor || checking === undefined ? (
          children
        ) : (
          checking
        )}
      </main>
    </div>
  );
}
