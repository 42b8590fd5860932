// The operations of the actor review page.
import { graphql } from '@chronicle/schema/client';

export const ActorReviewViewerQuery = graphql(`
  query ActorReviewViewer { viewer { isEditor tokenName } }
`);

// Five events an actor was found in, each with its passages: enough for an
// editor to tell who the name means, few enough for fifty actors in one request.
export const ProposedActorsQuery = graphql(`
  query ProposedActors {
    actors(status: PROPOSED, first: 50) {
      totalCount
      nodes { ...ProposedActorCard_actor }
    }
  }
`);

export const ProposedActorCardFragment = graphql(`
  fragment ProposedActorCard_actor on Actor {
    id
    name
    kind
    aliases
    events(first: 5) {
      totalCount
      nodes {
        id
        title
        date { display }
        citations { id passage source { id publisher publishedOn } }
      }
    }
  }
`);

export const ConfirmActorMutation = graphql(`
  mutation ActorReviewConfirm($id: ID!, $input: ConfirmActorInput) {
    confirmActor(id: $id, input: $input) { id name kind status aliases }
  }
`);

export const MergeActorsMutation = graphql(`
  mutation ActorReviewMerge($keep: ID!, $merge: ID!) {
    mergeActors(keep: $keep, merge: $merge) { id name aliases }
  }
`);

export const MergeTargetSearchQuery = graphql(`
  query ActorReviewTargetSearch($search: String!) {
    actors(search: $search, status: CONFIRMED, first: 8) { nodes { id name kind aliases } }
  }
`);

export const EventSearchQuery = graphql(`
  query ActorReviewEventSearch($search: String!) {
    events(filter: { search: $search, statuses: [DRAFT, PUBLISHED] }, first: 8) {
      nodes { id title status date { display } citations { id } }
    }
  }
`);

export const MergeEventsMutation = graphql(`
  mutation ActorReviewMergeEvents($keep: ID!, $merge: ID!) {
    mergeEvents(keep: $keep, merge: $merge) { id title status citations { id } }
  }
`);
