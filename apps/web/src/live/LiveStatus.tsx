// Whether the page is receiving changes as they are published: a reader of
// breaking news should know when what they see may be behind.
import { useSyncExternalStore } from 'react';
import { liveState, type LiveState } from './liveSocket.ts';

const LABELS: Record<LiveState, { text: string; title: string }> = {
  connecting: { text: 'Connecting…', title: 'Connecting for live updates.' },
  live: { text: 'Live', title: 'Changes appear as editors publish them.' },
  offline: { text: 'Reconnecting…', title: 'The live connection dropped; what you see may be behind until it is back.' },
};

export function LiveStatus() {
  const state = useSyncExternalStore(liveState.subscribe, liveState.get);
  const label = LABELS[state];
  return (
    <p className={`live-status live-status-${state}`} role="status" aria-live="polite" title={label.title} data-live-state={state}>
      <span className="live-dot" aria-hidden="true" />
      {label.text}
    </p>
  );
}
