// Mounts an editor page afresh whenever the token is saved or forgotten, so
// that nothing asked under the old token (a request still in flight, a
// query's last answer) can answer for the new one.
import { Fragment, useEffect, useState, type ReactNode } from 'react';
import { onEditorTokenChange } from './editorToken.ts';

export function EditorSession({ children }: { children: ReactNode }) {
  const [generation, setGeneration] = useState(0);
  useEffect(() => onEditorTokenChange(() => setGeneration((n) => n + 1)), []);
  return <Fragment key={generation}>{children}</Fragment>;
}
