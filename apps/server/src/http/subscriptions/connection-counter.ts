// Open WebSocket connections per client address, so that one client cannot
// hold every socket the server can keep.
export function connectionCounter(maxPerClient: number) {
  const open = new Map<string, number>();
  return {
    /** Counts the connection in and returns true, or false when the client is at its limit. */
    tryOpen(client: string): boolean {
      const count = open.get(client) ?? 0;
      if (count >= maxPerClient) return false;
      open.set(client, count + 1);
      return true;
    },
    closed(client: string): void {
      const count = (open.get(client) ?? 1) - 1;
      if (count <= 0) open.delete(client);
      else open.set(client, count);
    },
    total: () => [...open.values()].reduce((sum, n) => sum + n, 0),
  };
}
