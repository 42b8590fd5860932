// The editor's token, asked for by the pages that change data (/ingest, /actors).
import { useState } from 'react';
import { saveEditorToken } from './editorToken.ts';

/** Saving the token mounts the page afresh (EditorSession), whose viewer query then asks with it. */
export function TokenForm({ refused }: { refused: boolean }) {
  const [token, setToken] = useState('');
  return (
    <form
      className="token-form"
      onSubmit={(e) => {
        e.preventDefault();
        saveEditorToken(token.trim());
      }}
    >
      <p>
        Reviewing needs an editor's API token (<code>npm run token:create -- --name YOU</code>). It is kept for this tab only.
      </p>
      {refused && (
        <p role="alert" className="review-error">
          That token was refused: it is unknown or has been revoked. Check it, or ask for a new one.
        </p>
      )}
      <label>
        <span>Editor token</span>
        <input type="password" autoComplete="off" value={token} onChange={(e) => setToken(e.target.value)} required />
      </label>
      <button type="submit" className="button button-primary">
        Use this token
      </button>
    </form>
  );
}
