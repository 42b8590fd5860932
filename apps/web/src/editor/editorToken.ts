// The editor's API token for this browser tab. sessionStorage: it goes with
// the tab, and is never written where other sites or later visitors find it.
const KEY = 'chronicle.editorToken';

export function readEditorToken(): string {
  try {
    return window.sessionStorage.getItem(KEY) ?? '';
  } catch {
    return '';
  }
}

const tokenListeners = new Set<() => void>();

/** Called when the token is saved or removed (the live socket reconnects with it). */
export function onEditorTokenChange(listener: () => void): () => void {
  tokenListeners.add(listener);
  return () => void tokenListeners.delete(listener);
}

export function saveEditorToken(token: string): void {
  for (const listener of tokenListeners) queueMicrotask(listener);
  try {
    if (token) window.sessionStorage.setItem(KEY, token);
    else window.sessionStorage.removeItem(KEY);
  } catch {
    // Storage blocked: the token lives only as long as the page.
  }
}

/** fetch for Apollo's HttpLink: adds the editor's token when there is one. */
export const fetchWithEditorToken: typeof fetch = (input, init) => {
  const token = readEditorToken();
  if (!token) return fetch(input, init);
  const headers = new Headers(init?.headers);
  headers.set('authorization', `Bearer ${token}`);
  return fetch(input, { ...init, headers });
};
