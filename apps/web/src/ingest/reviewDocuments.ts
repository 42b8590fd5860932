// The operations of the review screen.
import { graphql } from '@chronicle/schema/client';

export const IngestArticleMutation = graphql(`
  mutation IngestArticle($input: IngestArticleInput!) {
    ingestArticle(input: $input) { ...ReviewPayload }
  }
`);

/** What the review screen shows of an ingestion, pasted (ingestArticle) or by link (ingestUrl). */
export const ReviewPayloadFragment = graphql(`
  fragment ReviewPayload on IngestArticlePayload {
    created
    warnings
    source { id text publisher publishedOn }
    proposedEvents { ...ReviewEvent }
    matchedEvidence { ...ReviewMatchedEvent }
    proposedActors { id name kind }
    proposedStances { ...ReviewStance }
  }
`);

export const ReviewStanceFragment = graphql(`
  fragment ReviewStance on ProposedStance {
    stance { id kind status actor { id name } target { id name } }
    citations { id status passage passageStart passageEnd }
  }
`);

export const ReviewMatchedEventFragment = graphql(`
  fragment ReviewMatchedEvent on MatchedEvent {
    event { id title status date { display } }
    citations { id status passage }
  }
`);

export const PublishCitationMutation = graphql(`
  mutation ReviewPublishCitation($id: ID!) { publishCitation(id: $id) { id status } }
`);

export const RejectCitationMutation = graphql(`
  mutation ReviewRejectCitation($id: ID!) { rejectCitation(id: $id) { id status } }
`);

export const PublishStanceMutation = graphql(`
  mutation ReviewPublishStance($id: ID!) { publishStance(id: $id) { id status citations { id status } } }
`);

export const RejectStanceMutation = graphql(`
  mutation ReviewRejectStance($id: ID!) { rejectStance(id: $id) { id status } }
`);

export const PublishStanceCitationMutation = graphql(`
  mutation ReviewPublishStanceCitation($id: ID!) { publishStanceCitation(id: $id) { id status } }
`);

export const RejectStanceCitationMutation = graphql(`
  mutation ReviewRejectStanceCitation($id: ID!) { rejectStanceCitation(id: $id) { id status } }
`);

export const ReviewEventFragment = graphql(`
  fragment ReviewEvent on Event {
    id
    title
    summary
    kind
    status
    isKey
    date { start end precision isRange display }
    actors { role actor { id name } }
    citations { passage passageStart passageEnd dateExpression source { id } }
    quotes { text verb speaker { name } }
  }
`);

export const UpdateEventMutation = graphql(`
  mutation ReviewUpdateEvent($id: ID!, $input: UpdateEventInput!) {
    updateEvent(id: $id, input: $input) { ...ReviewEvent }
  }
`);

export const PublishEventMutation = graphql(`
  mutation ReviewPublishEvent($id: ID!) { publishEvent(id: $id) { id status } }
`);

export const RejectEventMutation = graphql(`
  mutation ReviewRejectEvent($id: ID!) { rejectEvent(id: $id) { id status } }
`);

export const ReviewTimelinesQuery = graphql(`
  query ReviewTimelines { timelines { slug title } viewer { isEditor tokenName } }
`);

export const ReviewActorSearchQuery = graphql(`
  query ReviewActorSearch($search: String!, $first: Int!) { actors(search: $search, first: $first) { nodes { id name } } }
`);
