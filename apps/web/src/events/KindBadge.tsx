// The kind of an event as symbol + word, so it never depends on colour alone.
import { graphql } from '@chronicle/schema/client';
import type { EventKind } from '@chronicle/schema/client/graphql';
import { KIND_STYLES, kindClass } from './eventKinds.ts';

export const KindBadge_event = graphql(`
  fragment KindBadge_event on Event {
    kind
  }
`);

export function KindBadge({ kind }: { kind: EventKind }) {
  const style = KIND_STYLES[kind];
  return (
    <span className={`kind-badge ${kindClass(kind)}`}>
      <span className="kind-symbol" aria-hidden="true">
        {style.symbol}
      </span>
      {style.label}
    </span>
  );
}
