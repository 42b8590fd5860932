// Events that changed a moment ago, so the timeline, the list and the detail
// panel can flash them briefly where they are.
import { useSyncExternalStore } from 'react';

const HIGHLIGHT_MS = 4_000;
let changed: ReadonlySet<string> = new Set();
const listeners = new Set<() => void>();

function publish(next: ReadonlySet<string>) {
  changed = next;
  for (const listener of listeners) listener();
}

export function markChanged(eventId: string): void {
  publish(new Set([...changed, eventId]));
  setTimeout(() => {
    const next = new Set(changed);
    next.delete(eventId);
    publish(next);
  }, HIGHLIGHT_MS);
}

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => void listeners.delete(listener);
};

/** The ids of events that changed in the last few seconds. */
export function useRecentlyChanged(): ReadonlySet<string> {
  return useSyncExternalStore(subscribe, () => changed);
}

// Bumped when the views should load again (an event appeared, moved or
// went; the socket came back): each view decides how to refresh without
// losing the reader's place.
let revision = 0;
const revisionListeners = new Set<() => void>();
let pending: ReturnType<typeof setTimeout> | undefined;

/** Several changes in a burst (an import, a merge) make one reload. */
export function requestReload(): void {
  clearTimeout(pending);
  pending = setTimeout(() => {
    revision += 1;
    for (const listener of revisionListeners) listener();
  }, 250);
}

const subscribeRevision = (listener: () => void) => {
  revisionListeners.add(listener);
  return () => void revisionListeners.delete(listener);
};

/** 0 until the first live change; then a new number per reload wanted. */
export function useLiveRevision(): number {
  return useSyncExternalStore(subscribeRevision, () => revision);
}
