// The stances view's one query and the types read off it.
import { graphql } from '@chronicle/schema/client';
import type { ResultOf } from '@graphql-typed-document-node/core';

export const StancesQuery = graphql(`
  query Stances {
    stances {
      id
      kind
      status
      sinceDisplay
      since
      actor {
        id
        name
      }
      target {
        id
        name
      }
      contestedBy {
        id
      }
      citations {
        id
        status
        source {
          id
          title
          publisher
          url
          publishedOn
        }
      }
    }
  }
`);

export type Stance = ResultOf<typeof StancesQuery>['stances'][number];
export type StanceSource = Stance['citations'][number]['source'];
export type StanceKind = Stance['kind'];
