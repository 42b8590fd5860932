// Listens for changes of the open timeline's events: what changed is written
// into Apollo's cache (so every view showing it redraws in place), what is
// gone is evicted, and the views are asked to load again for what is new.
import { useEffect } from 'react';
import { useApolloClient, useSubscription } from '@apollo/client/react';
import { graphql } from '@chronicle/schema/client';
import { onReconnected } from './liveSocket.ts';
import { markChanged, requestReload } from './recentChanges.ts';

const LiveEventChanges = graphql(`
  subscription LiveEventChanges($timeline: String) {
    eventChanged(timeline: $timeline) {
      change
      id
      mergedFrom
      event {
        id
        summary
        ...TimelineItem_event
      }
    }
  }
`);

export function useLiveEvents(timeline: string | null): void {
  const client = useApolloClient();
  useSubscription(LiveEventChanges, {
    skip: timeline === null,
    variables: { timeline },
    onData: ({ data }) => {
      const changed = data.data?.eventChanged;
      if (!changed) return;
      const gone = [...(changed.event ? [] : [changed.id]), ...(changed.mergedFrom ? [changed.mergedFrom] : [])];
      for (const id of gone) client.cache.evict({ id: client.cache.identify({ __typename: 'Event', id }) });
      if (gone.length > 0) client.cache.gc();
      if (changed.event) markChanged(changed.id);
      requestReload();
    },
  });
  useEffect(() => onReconnected(requestReload), []);
}
