// The one WebSocket to /graphql (graphql-ws) for live updates. It connects
// when something subscribes, retries for ever with graphql-ws's randomised
// back-off, and sends the editor's token as the connection parameters, so a
// new token means a new connection.
import { createClient, type Client } from 'graphql-ws';
import { onEditorTokenChange, readEditorToken } from '../editor/editorToken.ts';

export type LiveState = 'connecting' | 'live' | 'offline';

let state: LiveState = 'connecting';
const stateListeners = new Set<() => void>();
const reconnectListeners = new Set<() => void>();
let everConnected = false;

function setState(next: LiveState) {
  if (next === state) return;
  state = next;
  for (const listener of stateListeners) listener();
}

export function socketUrl(location: Location): string {
  return `${location.protocol === 'https:' ? 'wss:' : 'ws:'}//${location.host}/graphql`;
}

export const liveSocket: Client = createClient({
  url: () => socketUrl(window.location),
  connectionParams: () => {
    const token = readEditorToken();
    return token ? { authorization: `Bearer ${token}` } : {};
  },
  retryAttempts: Infinity,
  // Any close, even a server restart's 1001 or a proxy's 1006, is worth another try.
  shouldRetry: () => true,
  keepAlive: 15_000,
  on: {
    connecting: () => setState(everConnected ? 'offline' : 'connecting'),
    connected: () => {
      setState('live');
      // Changes made while the socket was down were never sent: the views load again.
      if (everConnected) for (const listener of reconnectListeners) listener();
      everConnected = true;
    },
    closed: () => setState(everConnected ? 'offline' : 'connecting'),
  },
});

// An editor's token changes what the subscriptions may see: start over with it.
onEditorTokenChange(() => liveSocket.terminate());

export const liveState = {
  get: (): LiveState => state,
  subscribe(listener: () => void): () => void {
    stateListeners.add(listener);
    return () => void stateListeners.delete(listener);
  },
};

/** Runs `listener` each time the socket is back after being down. */
export function onReconnected(listener: () => void): () => void {
  reconnectListeners.add(listener);
  return () => void reconnectListeners.delete(listener);
}
