/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type EventKind =
  | 'DIPLOMATIC'
  | 'ECONOMIC'
  | 'LEGAL'
  | 'MILITARY'
  | 'OTHER'
  | 'POLITICAL'
  | 'PROTEST'
  | 'SANCTION'
  | 'STATEMENT';

export type KindBadge_EventFragment = { __typename: 'Event', kind: EventKind };

export const KindBadge_EventFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"KindBadge_event"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Event"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]} as unknown as DocumentNode<KindBadge_EventFragment, unknown>;