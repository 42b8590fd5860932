/* eslint-disable */
import * as types from './graphql.js';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment AccountsView_event on Event {\n    dateDisagreement\n    date {\n      display\n    }\n    citations {\n      id\n      passage\n      dateExpression\n      resolvedDate {\n        start\n        end\n        precision\n        display\n      }\n      source {\n        id\n        title\n        publisher\n        publisherCountry\n        url\n        publishedOn\n      }\n    }\n    quotes {\n      id\n      text\n      verb\n      speaker {\n        id\n        name\n      }\n      source {\n        id\n      }\n    }\n  }\n": typeof types.AccountsView_EventFragmentDoc,
    "\n  query ActorReviewViewer { viewer { isEditor tokenName } }\n": typeof types.ActorReviewViewerDocument,
    "\n  query ProposedActors {\n    actors(status: PROPOSED, first: 50) {\n      totalCount\n      nodes { ...ProposedActorCard_actor }\n    }\n  }\n": typeof types.ProposedActorsDocument,
    "\n  fragment ProposedActorCard_actor on Actor {\n    id\n    name\n    kind\n    aliases\n    events(first: 5) {\n      totalCount\n      nodes {\n        id\n        title\n        date { display }\n        citations { id passage source { id publisher publishedOn } }\n      }\n    }\n  }\n": typeof types.ProposedActorCard_ActorFragmentDoc,
    "\n  mutation ActorReviewConfirm($id: ID!, $input: ConfirmActorInput) {\n    confirmActor(id: $id, input: $input) { id name kind status aliases }\n  }\n": typeof types.ActorReviewConfirmDocument,
    "\n  mutation ActorReviewMerge($keep: ID!, $merge: ID!) {\n    mergeActors(keep: $keep, merge: $merge) { id name aliases }\n  }\n": typeof types.ActorReviewMergeDocument,
    "\n  query ActorReviewTargetSearch($search: String!) {\n    actors(search: $search, status: CONFIRMED, first: 8) { nodes { id name kind aliases } }\n  }\n": typeof types.ActorReviewTargetSearchDocument,
    "\n  query ActorReviewEventSearch($search: String!) {\n    events(filter: { search: $search, statuses: [DRAFT, PUBLISHED] }, first: 8) {\n      nodes { id title status date { display } citations { id } }\n    }\n  }\n": typeof types.ActorReviewEventSearchDocument,
    "\n  mutation ActorReviewMergeEvents($keep: ID!, $merge: ID!) {\n    mergeEvents(keep: $keep, merge: $merge) { id title status citations { id } }\n  }\n": typeof types.ActorReviewMergeEventsDocument,
    "\n  fragment ActorList_event on Event {\n    actors {\n      role\n      actor {\n        id\n        name\n        kind\n      }\n    }\n  }\n": typeof types.ActorList_EventFragmentDoc,
    "\n  query EventDetail($id: ID!) {\n    event(id: $id) {\n      id\n      title\n      summary\n      place\n      date {\n        display\n        start\n        end\n      }\n      ...KindBadge_event\n      ...ActorList_event\n      ...QuoteList_event\n      ...SourceList_event\n      ...AccountsView_event\n      dateDisagreement\n      citations {\n        id\n      }\n    }\n  }\n": typeof types.EventDetailDocument,
    "\n  fragment QuoteList_event on Event {\n    quotes {\n      id\n      text\n      verb\n      speaker {\n        id\n        name\n      }\n      source {\n        id\n        publisher\n        url\n      }\n    }\n  }\n": typeof types.QuoteList_EventFragmentDoc,
    "\n  fragment SourceList_event on Event {\n    citations {\n      id\n      passage\n      dateExpression\n      source {\n        id\n        title\n        publisher\n        url\n        publishedOn\n      }\n    }\n  }\n": typeof types.SourceList_EventFragmentDoc,
    "\n  query EmbedTimeline($slug: String!) {\n    timeline(slug: $slug) {\n      id\n      title\n      eventCount\n      start\n      end\n    }\n  }\n": typeof types.EmbedTimelineDocument,
    "\n  fragment KindBadge_event on Event {\n    kind\n  }\n": typeof types.KindBadge_EventFragmentDoc,
    "\n  query ExplorerTimeline($slug: String!) {\n    timeline(slug: $slug) {\n      id\n      slug\n      title\n      description\n      eventCount\n      start\n      end\n    }\n    timelines {\n      id\n      slug\n      title\n    }\n  }\n": typeof types.ExplorerTimelineDocument,
    "\n  query ActorSearch($search: String!, $first: Int!) {\n    actors(search: $search, first: $first) {\n      nodes {\n        id\n        name\n        kind\n        aliases\n      }\n    }\n  }\n": typeof types.ActorSearchDocument,
    "\n  query PublisherFilter($timeline: String!) {\n    publishers(timeline: $timeline) { name country eventCount }\n  }\n": typeof types.PublisherFilterDocument,
    "\n  query SelectedActor($id: ID!) {\n    actor(id: $id) {\n      id\n      name\n    }\n  }\n": typeof types.SelectedActorDocument,
    "\n  query RecentIngestionJobs($first: Int!) {\n    ingestionJobs(first: $first) { id kind state url title attempts lastError createdAt finishedAt }\n  }\n": typeof types.RecentIngestionJobsDocument,
    "\n  mutation EnqueueIngestionFromPage($input: EnqueueIngestionInput!) {\n    enqueueIngestion(input: $input) { id state }\n  }\n": typeof types.EnqueueIngestionFromPageDocument,
    "\n  mutation RetryIngestionJobFromPage($id: ID!) {\n    retryIngestionJob(id: $id) { id state }\n  }\n": typeof types.RetryIngestionJobFromPageDocument,
    "\n  mutation IngestArticle($input: IngestArticleInput!) {\n    ingestArticle(input: $input) {\n      created\n      warnings\n      source { id text publisher publishedOn }\n      proposedEvents { ...ReviewEvent }\n      matchedEvidence { ...ReviewMatchedEvent }\n      proposedActors { id name kind }\n      proposedStances { ...ReviewStance }\n    }\n  }\n": typeof types.IngestArticleDocument,
    "\n  fragment ReviewStance on ProposedStance {\n    stance { id kind status actor { id name } target { id name } }\n    citations { id status passage passageStart passageEnd }\n  }\n": typeof types.ReviewStanceFragmentDoc,
    "\n  fragment ReviewMatchedEvent on MatchedEvent {\n    event { id title status date { display } }\n    citations { id status passage }\n  }\n": typeof types.ReviewMatchedEventFragmentDoc,
    "\n  mutation ReviewPublishCitation($id: ID!) { publishCitation(id: $id) { id status } }\n": typeof types.ReviewPublishCitationDocument,
    "\n  mutation ReviewRejectCitation($id: ID!) { rejectCitation(id: $id) { id status } }\n": typeof types.ReviewRejectCitationDocument,
    "\n  mutation ReviewPublishStance($id: ID!) { publishStance(id: $id) { id status citations { id status } } }\n": typeof types.ReviewPublishStanceDocument,
    "\n  mutation ReviewRejectStance($id: ID!) { rejectStance(id: $id) { id status } }\n": typeof types.ReviewRejectStanceDocument,
    "\n  mutation ReviewPublishStanceCitation($id: ID!) { publishStanceCitation(id: $id) { id status } }\n": typeof types.ReviewPublishStanceCitationDocument,
    "\n  mutation ReviewRejectStanceCitation($id: ID!) { rejectStanceCitation(id: $id) { id status } }\n": typeof types.ReviewRejectStanceCitationDocument,
    "\n  fragment ReviewEvent on Event {\n    id\n    title\n    summary\n    kind\n    status\n    isKey\n    date { start end precision isRange display }\n    actors { role actor { id name } }\n    citations { passage passageStart passageEnd dateExpression source { id } }\n    quotes { text verb speaker { name } }\n  }\n": typeof types.ReviewEventFragmentDoc,
    "\n  mutation ReviewUpdateEvent($id: ID!, $input: UpdateEventInput!) {\n    updateEvent(id: $id, input: $input) { ...ReviewEvent }\n  }\n": typeof types.ReviewUpdateEventDocument,
    "\n  mutation ReviewPublishEvent($id: ID!) { publishEvent(id: $id) { id status } }\n": typeof types.ReviewPublishEventDocument,
    "\n  mutation ReviewRejectEvent($id: ID!) { rejectEvent(id: $id) { id status } }\n": typeof types.ReviewRejectEventDocument,
    "\n  query ReviewTimelines { timelines { slug title } viewer { isEditor tokenName } }\n": typeof types.ReviewTimelinesDocument,
    "\n  query ReviewActorSearch($search: String!, $first: Int!) { actors(search: $search, first: $first) { nodes { id name } } }\n": typeof types.ReviewActorSearchDocument,
    "\n  mutation IngestUrl($input: IngestUrlInput!) {\n    ingestUrl(input: $input) {\n      created\n      warnings\n      source { id text publisher publishedOn }\n      proposedEvents { ...ReviewEvent }\n      matchedEvidence { ...ReviewMatchedEvent }\n      proposedActors { id name kind }\n      proposedStances { ...ReviewStance }\n    }\n  }\n": typeof types.IngestUrlDocument,
    "\n  query EventList($filter: EventFilter!, $first: Int!, $after: String) {\n    events(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        title\n        summary\n        date {\n          start\n          display\n        }\n        ...KindBadge_event\n        actors {\n          role\n          actor {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.EventListDocument,
    "\n  subscription LiveEventChanges($timeline: String) {\n    eventChanged(timeline: $timeline) {\n      change\n      id\n      mergedFrom\n      event {\n        id\n        summary\n        ...TimelineItem_event\n      }\n    }\n  }\n": typeof types.LiveEventChangesDocument,
    "\n  query Stances {\n    stances {\n      id\n      kind\n      status\n      sinceDisplay\n      since\n      actor {\n        id\n        name\n      }\n      target {\n        id\n        name\n      }\n      contestedBy {\n        id\n      }\n      citations {\n        id\n        status\n        source {\n          id\n          title\n          publisher\n          url\n          publishedOn\n        }\n      }\n    }\n  }\n": typeof types.StancesDocument,
    "\n  query NoEventsCount($filter: EventFilter!) {\n    events(filter: $filter, first: 1) {\n      totalCount\n    }\n  }\n": typeof types.NoEventsCountDocument,
    "\n  query TimelineEvents($filter: EventFilter!, $first: Int!) {\n    events(filter: $filter, first: $first) {\n      totalCount\n      nodes {\n        ...TimelineItem_event\n      }\n    }\n  }\n": typeof types.TimelineEventsDocument,
    "\n  query TimelineCount($filter: EventFilter!) {\n    events(filter: $filter, first: 0) {\n      totalCount\n    }\n  }\n": typeof types.TimelineCountDocument,
    "\n  query TimelineDensity($filter: EventFilter!, $buckets: Int!) {\n    eventHistogram(filter: $filter, buckets: $buckets) {\n      from\n      to\n      count\n    }\n  }\n": typeof types.TimelineDensityDocument,
    "\n  fragment TimelineItem_event on Event {\n    id\n    title\n    isKey\n    salience\n    dateDisagreement\n    ...KindBadge_event\n    date {\n      start\n      end\n      precision\n      isRange\n      display\n    }\n    actors {\n      role\n      actor {\n        id\n        name\n      }\n    }\n    # For lanes by source: the outlets whose citations the viewer sees.\n    citations {\n      id\n      source { id publisher }\n    }\n  }\n": typeof types.TimelineItem_EventFragmentDoc,
};
const documents: Documents = {
    "\n  fragment AccountsView_event on Event {\n    dateDisagreement\n    date {\n      display\n    }\n    citations {\n      id\n      passage\n      dateExpression\n      resolvedDate {\n        start\n        end\n        precision\n        display\n      }\n      source {\n        id\n        title\n        publisher\n        publisherCountry\n        url\n        publishedOn\n      }\n    }\n    quotes {\n      id\n      text\n      verb\n      speaker {\n        id\n        name\n      }\n      source {\n        id\n      }\n    }\n  }\n": types.AccountsView_EventFragmentDoc,
    "\n  query ActorReviewViewer { viewer { isEditor tokenName } }\n": types.ActorReviewViewerDocument,
    "\n  query ProposedActors {\n    actors(status: PROPOSED, first: 50) {\n      totalCount\n      nodes { ...ProposedActorCard_actor }\n    }\n  }\n": types.ProposedActorsDocument,
    "\n  fragment ProposedActorCard_actor on Actor {\n    id\n    name\n    kind\n    aliases\n    events(first: 5) {\n      totalCount\n      nodes {\n        id\n        title\n        date { display }\n        citations { id passage source { id publisher publishedOn } }\n      }\n    }\n  }\n": types.ProposedActorCard_ActorFragmentDoc,
    "\n  mutation ActorReviewConfirm($id: ID!, $input: ConfirmActorInput) {\n    confirmActor(id: $id, input: $input) { id name kind status aliases }\n  }\n": types.ActorReviewConfirmDocument,
    "\n  mutation ActorReviewMerge($keep: ID!, $merge: ID!) {\n    mergeActors(keep: $keep, merge: $merge) { id name aliases }\n  }\n": types.ActorReviewMergeDocument,
    "\n  query ActorReviewTargetSearch($search: String!) {\n    actors(search: $search, status: CONFIRMED, first: 8) { nodes { id name kind aliases } }\n  }\n": types.ActorReviewTargetSearchDocument,
    "\n  query ActorReviewEventSearch($search: String!) {\n    events(filter: { search: $search, statuses: [DRAFT, PUBLISHED] }, first: 8) {\n      nodes { id title status date { display } citations { id } }\n    }\n  }\n": types.ActorReviewEventSearchDocument,
    "\n  mutation ActorReviewMergeEvents($keep: ID!, $merge: ID!) {\n    mergeEvents(keep: $keep, merge: $merge) { id title status citations { id } }\n  }\n": types.ActorReviewMergeEventsDocument,
    "\n  fragment ActorList_event on Event {\n    actors {\n      role\n      actor {\n        id\n        name\n        kind\n      }\n    }\n  }\n": types.ActorList_EventFragmentDoc,
    "\n  query EventDetail($id: ID!) {\n    event(id: $id) {\n      id\n      title\n      summary\n      place\n      date {\n        display\n        start\n        end\n      }\n      ...KindBadge_event\n      ...ActorList_event\n      ...QuoteList_event\n      ...SourceList_event\n      ...AccountsView_event\n      dateDisagreement\n      citations {\n        id\n      }\n    }\n  }\n": types.EventDetailDocument,
    "\n  fragment QuoteList_event on Event {\n    quotes {\n      id\n      text\n      verb\n      speaker {\n        id\n        name\n      }\n      source {\n        id\n        publisher\n        url\n      }\n    }\n  }\n": types.QuoteList_EventFragmentDoc,
    "\n  fragment SourceList_event on Event {\n    citations {\n      id\n      passage\n      dateExpression\n      source {\n        id\n        title\n        publisher\n        url\n        publishedOn\n      }\n    }\n  }\n": types.SourceList_EventFragmentDoc,
    "\n  query EmbedTimeline($slug: String!) {\n    timeline(slug: $slug) {\n      id\n      title\n      eventCount\n      start\n      end\n    }\n  }\n": types.EmbedTimelineDocument,
    "\n  fragment KindBadge_event on Event {\n    kind\n  }\n": types.KindBadge_EventFragmentDoc,
    "\n  query ExplorerTimeline($slug: String!) {\n    timeline(slug: $slug) {\n      id\n      slug\n      title\n      description\n      eventCount\n      start\n      end\n    }\n    timelines {\n      id\n      slug\n      title\n    }\n  }\n": types.ExplorerTimelineDocument,
    "\n  query ActorSearch($search: String!, $first: Int!) {\n    actors(search: $search, first: $first) {\n      nodes {\n        id\n        name\n        kind\n        aliases\n      }\n    }\n  }\n": types.ActorSearchDocument,
    "\n  query PublisherFilter($timeline: String!) {\n    publishers(timeline: $timeline) { name country eventCount }\n  }\n": types.PublisherFilterDocument,
    "\n  query SelectedActor($id: ID!) {\n    actor(id: $id) {\n      id\n      name\n    }\n  }\n": types.SelectedActorDocument,
    "\n  query RecentIngestionJobs($first: Int!) {\n    ingestionJobs(first: $first) { id kind state url title attempts lastError createdAt finishedAt }\n  }\n": types.RecentIngestionJobsDocument,
    "\n  mutation EnqueueIngestionFromPage($input: EnqueueIngestionInput!) {\n    enqueueIngestion(input: $input) { id state }\n  }\n": types.EnqueueIngestionFromPageDocument,
    "\n  mutation RetryIngestionJobFromPage($id: ID!) {\n    retryIngestionJob(id: $id) { id state }\n  }\n": types.RetryIngestionJobFromPageDocument,
    "\n  mutation IngestArticle($input: IngestArticleInput!) {\n    ingestArticle(input: $input) {\n      created\n      warnings\n      source { id text publisher publishedOn }\n      proposedEvents { ...ReviewEvent }\n      matchedEvidence { ...ReviewMatchedEvent }\n      proposedActors { id name kind }\n      proposedStances { ...ReviewStance }\n    }\n  }\n": types.IngestArticleDocument,
    "\n  fragment ReviewStance on ProposedStance {\n    stance { id kind status actor { id name } target { id name } }\n    citations { id status passage passageStart passageEnd }\n  }\n": types.ReviewStanceFragmentDoc,
    "\n  fragment ReviewMatchedEvent on MatchedEvent {\n    event { id title status date { display } }\n    citations { id status passage }\n  }\n": types.ReviewMatchedEventFragmentDoc,
    "\n  mutation ReviewPublishCitation($id: ID!) { publishCitation(id: $id) { id status } }\n": types.ReviewPublishCitationDocument,
    "\n  mutation ReviewRejectCitation($id: ID!) { rejectCitation(id: $id) { id status } }\n": types.ReviewRejectCitationDocument,
    "\n  mutation ReviewPublishStance($id: ID!) { publishStance(id: $id) { id status citations { id status } } }\n": types.ReviewPublishStanceDocument,
    "\n  mutation ReviewRejectStance($id: ID!) { rejectStance(id: $id) { id status } }\n": types.ReviewRejectStanceDocument,
    "\n  mutation ReviewPublishStanceCitation($id: ID!) { publishStanceCitation(id: $id) { id status } }\n": types.ReviewPublishStanceCitationDocument,
    "\n  mutation ReviewRejectStanceCitation($id: ID!) { rejectStanceCitation(id: $id) { id status } }\n": types.ReviewRejectStanceCitationDocument,
    "\n  fragment ReviewEvent on Event {\n    id\n    title\n    summary\n    kind\n    status\n    isKey\n    date { start end precision isRange display }\n    actors { role actor { id name } }\n    citations { passage passageStart passageEnd dateExpression source { id } }\n    quotes { text verb speaker { name } }\n  }\n": types.ReviewEventFragmentDoc,
    "\n  mutation ReviewUpdateEvent($id: ID!, $input: UpdateEventInput!) {\n    updateEvent(id: $id, input: $input) { ...ReviewEvent }\n  }\n": types.ReviewUpdateEventDocument,
    "\n  mutation ReviewPublishEvent($id: ID!) { publishEvent(id: $id) { id status } }\n": types.ReviewPublishEventDocument,
    "\n  mutation ReviewRejectEvent($id: ID!) { rejectEvent(id: $id) { id status } }\n": types.ReviewRejectEventDocument,
    "\n  query ReviewTimelines { timelines { slug title } viewer { isEditor tokenName } }\n": types.ReviewTimelinesDocument,
    "\n  query ReviewActorSearch($search: String!, $first: Int!) { actors(search: $search, first: $first) { nodes { id name } } }\n": types.ReviewActorSearchDocument,
    "\n  mutation IngestUrl($input: IngestUrlInput!) {\n    ingestUrl(input: $input) {\n      created\n      warnings\n      source { id text publisher publishedOn }\n      proposedEvents { ...ReviewEvent }\n      matchedEvidence { ...ReviewMatchedEvent }\n      proposedActors { id name kind }\n      proposedStances { ...ReviewStance }\n    }\n  }\n": types.IngestUrlDocument,
    "\n  query EventList($filter: EventFilter!, $first: Int!, $after: String) {\n    events(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        title\n        summary\n        date {\n          start\n          display\n        }\n        ...KindBadge_event\n        actors {\n          role\n          actor {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.EventListDocument,
    "\n  subscription LiveEventChanges($timeline: String) {\n    eventChanged(timeline: $timeline) {\n      change\n      id\n      mergedFrom\n      event {\n        id\n        summary\n        ...TimelineItem_event\n      }\n    }\n  }\n": types.LiveEventChangesDocument,
    "\n  query Stances {\n    stances {\n      id\n      kind\n      status\n      sinceDisplay\n      since\n      actor {\n        id\n        name\n      }\n      target {\n        id\n        name\n      }\n      contestedBy {\n        id\n      }\n      citations {\n        id\n        status\n        source {\n          id\n          title\n          publisher\n          url\n          publishedOn\n        }\n      }\n    }\n  }\n": types.StancesDocument,
    "\n  query NoEventsCount($filter: EventFilter!) {\n    events(filter: $filter, first: 1) {\n      totalCount\n    }\n  }\n": types.NoEventsCountDocument,
    "\n  query TimelineEvents($filter: EventFilter!, $first: Int!) {\n    events(filter: $filter, first: $first) {\n      totalCount\n      nodes {\n        ...TimelineItem_event\n      }\n    }\n  }\n": types.TimelineEventsDocument,
    "\n  query TimelineCount($filter: EventFilter!) {\n    events(filter: $filter, first: 0) {\n      totalCount\n    }\n  }\n": types.TimelineCountDocument,
    "\n  query TimelineDensity($filter: EventFilter!, $buckets: Int!) {\n    eventHistogram(filter: $filter, buckets: $buckets) {\n      from\n      to\n      count\n    }\n  }\n": types.TimelineDensityDocument,
    "\n  fragment TimelineItem_event on Event {\n    id\n    title\n    isKey\n    salience\n    dateDisagreement\n    ...KindBadge_event\n    date {\n      start\n      end\n      precision\n      isRange\n      display\n    }\n    actors {\n      role\n      actor {\n        id\n        name\n      }\n    }\n    # For lanes by source: the outlets whose citations the viewer sees.\n    citations {\n      id\n      source { id publisher }\n    }\n  }\n": types.TimelineItem_EventFragmentDoc,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AccountsView_event on Event {\n    dateDisagreement\n    date {\n      display\n    }\n    citations {\n      id\n      passage\n      dateExpression\n      resolvedDate {\n        start\n        end\n        precision\n        display\n      }\n      source {\n        id\n        title\n        publisher\n        publisherCountry\n        url\n        publishedOn\n      }\n    }\n    quotes {\n      id\n      text\n      verb\n      speaker {\n        id\n        name\n      }\n      source {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment AccountsView_event on Event {\n    dateDisagreement\n    date {\n      display\n    }\n    citations {\n      id\n      passage\n      dateExpression\n      resolvedDate {\n        start\n        end\n        precision\n        display\n      }\n      source {\n        id\n        title\n        publisher\n        publisherCountry\n        url\n        publishedOn\n      }\n    }\n    quotes {\n      id\n      text\n      verb\n      speaker {\n        id\n        name\n      }\n      source {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ActorReviewViewer { viewer { isEditor tokenName } }\n"): (typeof documents)["\n  query ActorReviewViewer { viewer { isEditor tokenName } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProposedActors {\n    actors(status: PROPOSED, first: 50) {\n      totalCount\n      nodes { ...ProposedActorCard_actor }\n    }\n  }\n"): (typeof documents)["\n  query ProposedActors {\n    actors(status: PROPOSED, first: 50) {\n      totalCount\n      nodes { ...ProposedActorCard_actor }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProposedActorCard_actor on Actor {\n    id\n    name\n    kind\n    aliases\n    events(first: 5) {\n      totalCount\n      nodes {\n        id\n        title\n        date { display }\n        citations { id passage source { id publisher publishedOn } }\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment ProposedActorCard_actor on Actor {\n    id\n    name\n    kind\n    aliases\n    events(first: 5) {\n      totalCount\n      nodes {\n        id\n        title\n        date { display }\n        citations { id passage source { id publisher publishedOn } }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ActorReviewConfirm($id: ID!, $input: ConfirmActorInput) {\n    confirmActor(id: $id, input: $input) { id name kind status aliases }\n  }\n"): (typeof documents)["\n  mutation ActorReviewConfirm($id: ID!, $input: ConfirmActorInput) {\n    confirmActor(id: $id, input: $input) { id name kind status aliases }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ActorReviewMerge($keep: ID!, $merge: ID!) {\n    mergeActors(keep: $keep, merge: $merge) { id name aliases }\n  }\n"): (typeof documents)["\n  mutation ActorReviewMerge($keep: ID!, $merge: ID!) {\n    mergeActors(keep: $keep, merge: $merge) { id name aliases }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ActorReviewTargetSearch($search: String!) {\n    actors(search: $search, status: CONFIRMED, first: 8) { nodes { id name kind aliases } }\n  }\n"): (typeof documents)["\n  query ActorReviewTargetSearch($search: String!) {\n    actors(search: $search, status: CONFIRMED, first: 8) { nodes { id name kind aliases } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ActorReviewEventSearch($search: String!) {\n    events(filter: { search: $search, statuses: [DRAFT, PUBLISHED] }, first: 8) {\n      nodes { id title status date { display } citations { id } }\n    }\n  }\n"): (typeof documents)["\n  query ActorReviewEventSearch($search: String!) {\n    events(filter: { search: $search, statuses: [DRAFT, PUBLISHED] }, first: 8) {\n      nodes { id title status date { display } citations { id } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ActorReviewMergeEvents($keep: ID!, $merge: ID!) {\n    mergeEvents(keep: $keep, merge: $merge) { id title status citations { id } }\n  }\n"): (typeof documents)["\n  mutation ActorReviewMergeEvents($keep: ID!, $merge: ID!) {\n    mergeEvents(keep: $keep, merge: $merge) { id title status citations { id } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ActorList_event on Event {\n    actors {\n      role\n      actor {\n        id\n        name\n        kind\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment ActorList_event on Event {\n    actors {\n      role\n      actor {\n        id\n        name\n        kind\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EventDetail($id: ID!) {\n    event(id: $id) {\n      id\n      title\n      summary\n      place\n      date {\n        display\n        start\n        end\n      }\n      ...KindBadge_event\n      ...ActorList_event\n      ...QuoteList_event\n      ...SourceList_event\n      ...AccountsView_event\n      dateDisagreement\n      citations {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query EventDetail($id: ID!) {\n    event(id: $id) {\n      id\n      title\n      summary\n      place\n      date {\n        display\n        start\n        end\n      }\n      ...KindBadge_event\n      ...ActorList_event\n      ...QuoteList_event\n      ...SourceList_event\n      ...AccountsView_event\n      dateDisagreement\n      citations {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment QuoteList_event on Event {\n    quotes {\n      id\n      text\n      verb\n      speaker {\n        id\n        name\n      }\n      source {\n        id\n        publisher\n        url\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment QuoteList_event on Event {\n    quotes {\n      id\n      text\n      verb\n      speaker {\n        id\n        name\n      }\n      source {\n        id\n        publisher\n        url\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SourceList_event on Event {\n    citations {\n      id\n      passage\n      dateExpression\n      source {\n        id\n        title\n        publisher\n        url\n        publishedOn\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment SourceList_event on Event {\n    citations {\n      id\n      passage\n      dateExpression\n      source {\n        id\n        title\n        publisher\n        url\n        publishedOn\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EmbedTimeline($slug: String!) {\n    timeline(slug: $slug) {\n      id\n      title\n      eventCount\n      start\n      end\n    }\n  }\n"): (typeof documents)["\n  query EmbedTimeline($slug: String!) {\n    timeline(slug: $slug) {\n      id\n      title\n      eventCount\n      start\n      end\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment KindBadge_event on Event {\n    kind\n  }\n"): (typeof documents)["\n  fragment KindBadge_event on Event {\n    kind\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExplorerTimeline($slug: String!) {\n    timeline(slug: $slug) {\n      id\n      slug\n      title\n      description\n      eventCount\n      start\n      end\n    }\n    timelines {\n      id\n      slug\n      title\n    }\n  }\n"): (typeof documents)["\n  query ExplorerTimeline($slug: String!) {\n    timeline(slug: $slug) {\n      id\n      slug\n      title\n      description\n      eventCount\n      start\n      end\n    }\n    timelines {\n      id\n      slug\n      title\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ActorSearch($search: String!, $first: Int!) {\n    actors(search: $search, first: $first) {\n      nodes {\n        id\n        name\n        kind\n        aliases\n      }\n    }\n  }\n"): (typeof documents)["\n  query ActorSearch($search: String!, $first: Int!) {\n    actors(search: $search, first: $first) {\n      nodes {\n        id\n        name\n        kind\n        aliases\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PublisherFilter($timeline: String!) {\n    publishers(timeline: $timeline) { name country eventCount }\n  }\n"): (typeof documents)["\n  query PublisherFilter($timeline: String!) {\n    publishers(timeline: $timeline) { name country eventCount }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SelectedActor($id: ID!) {\n    actor(id: $id) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query SelectedActor($id: ID!) {\n    actor(id: $id) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RecentIngestionJobs($first: Int!) {\n    ingestionJobs(first: $first) { id kind state url title attempts lastError createdAt finishedAt }\n  }\n"): (typeof documents)["\n  query RecentIngestionJobs($first: Int!) {\n    ingestionJobs(first: $first) { id kind state url title attempts lastError createdAt finishedAt }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EnqueueIngestionFromPage($input: EnqueueIngestionInput!) {\n    enqueueIngestion(input: $input) { id state }\n  }\n"): (typeof documents)["\n  mutation EnqueueIngestionFromPage($input: EnqueueIngestionInput!) {\n    enqueueIngestion(input: $input) { id state }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RetryIngestionJobFromPage($id: ID!) {\n    retryIngestionJob(id: $id) { id state }\n  }\n"): (typeof documents)["\n  mutation RetryIngestionJobFromPage($id: ID!) {\n    retryIngestionJob(id: $id) { id state }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IngestArticle($input: IngestArticleInput!) {\n    ingestArticle(input: $input) {\n      created\n      warnings\n      source { id text publisher publishedOn }\n      proposedEvents { ...ReviewEvent }\n      matchedEvidence { ...ReviewMatchedEvent }\n      proposedActors { id name kind }\n      proposedStances { ...ReviewStance }\n    }\n  }\n"): (typeof documents)["\n  mutation IngestArticle($input: IngestArticleInput!) {\n    ingestArticle(input: $input) {\n      created\n      warnings\n      source { id text publisher publishedOn }\n      proposedEvents { ...ReviewEvent }\n      matchedEvidence { ...ReviewMatchedEvent }\n      proposedActors { id name kind }\n      proposedStances { ...ReviewStance }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReviewStance on ProposedStance {\n    stance { id kind status actor { id name } target { id name } }\n    citations { id status passage passageStart passageEnd }\n  }\n"): (typeof documents)["\n  fragment ReviewStance on ProposedStance {\n    stance { id kind status actor { id name } target { id name } }\n    citations { id status passage passageStart passageEnd }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReviewMatchedEvent on MatchedEvent {\n    event { id title status date { display } }\n    citations { id status passage }\n  }\n"): (typeof documents)["\n  fragment ReviewMatchedEvent on MatchedEvent {\n    event { id title status date { display } }\n    citations { id status passage }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReviewPublishCitation($id: ID!) { publishCitation(id: $id) { id status } }\n"): (typeof documents)["\n  mutation ReviewPublishCitation($id: ID!) { publishCitation(id: $id) { id status } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReviewRejectCitation($id: ID!) { rejectCitation(id: $id) { id status } }\n"): (typeof documents)["\n  mutation ReviewRejectCitation($id: ID!) { rejectCitation(id: $id) { id status } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReviewPublishStance($id: ID!) { publishStance(id: $id) { id status citations { id status } } }\n"): (typeof documents)["\n  mutation ReviewPublishStance($id: ID!) { publishStance(id: $id) { id status citations { id status } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReviewRejectStance($id: ID!) { rejectStance(id: $id) { id status } }\n"): (typeof documents)["\n  mutation ReviewRejectStance($id: ID!) { rejectStance(id: $id) { id status } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReviewPublishStanceCitation($id: ID!) { publishStanceCitation(id: $id) { id status } }\n"): (typeof documents)["\n  mutation ReviewPublishStanceCitation($id: ID!) { publishStanceCitation(id: $id) { id status } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReviewRejectStanceCitation($id: ID!) { rejectStanceCitation(id: $id) { id status } }\n"): (typeof documents)["\n  mutation ReviewRejectStanceCitation($id: ID!) { rejectStanceCitation(id: $id) { id status } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReviewEvent on Event {\n    id\n    title\n    summary\n    kind\n    status\n    isKey\n    date { start end precision isRange display }\n    actors { role actor { id name } }\n    citations { passage passageStart passageEnd dateExpression source { id } }\n    quotes { text verb speaker { name } }\n  }\n"): (typeof documents)["\n  fragment ReviewEvent on Event {\n    id\n    title\n    summary\n    kind\n    status\n    isKey\n    date { start end precision isRange display }\n    actors { role actor { id name } }\n    citations { passage passageStart passageEnd dateExpression source { id } }\n    quotes { text verb speaker { name } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReviewUpdateEvent($id: ID!, $input: UpdateEventInput!) {\n    updateEvent(id: $id, input: $input) { ...ReviewEvent }\n  }\n"): (typeof documents)["\n  mutation ReviewUpdateEvent($id: ID!, $input: UpdateEventInput!) {\n    updateEvent(id: $id, input: $input) { ...ReviewEvent }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReviewPublishEvent($id: ID!) { publishEvent(id: $id) { id status } }\n"): (typeof documents)["\n  mutation ReviewPublishEvent($id: ID!) { publishEvent(id: $id) { id status } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReviewRejectEvent($id: ID!) { rejectEvent(id: $id) { id status } }\n"): (typeof documents)["\n  mutation ReviewRejectEvent($id: ID!) { rejectEvent(id: $id) { id status } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReviewTimelines { timelines { slug title } viewer { isEditor tokenName } }\n"): (typeof documents)["\n  query ReviewTimelines { timelines { slug title } viewer { isEditor tokenName } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReviewActorSearch($search: String!, $first: Int!) { actors(search: $search, first: $first) { nodes { id name } } }\n"): (typeof documents)["\n  query ReviewActorSearch($search: String!, $first: Int!) { actors(search: $search, first: $first) { nodes { id name } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IngestUrl($input: IngestUrlInput!) {\n    ingestUrl(input: $input) {\n      created\n      warnings\n      source { id text publisher publishedOn }\n      proposedEvents { ...ReviewEvent }\n      matchedEvidence { ...ReviewMatchedEvent }\n      proposedActors { id name kind }\n      proposedStances { ...ReviewStance }\n    }\n  }\n"): (typeof documents)["\n  mutation IngestUrl($input: IngestUrlInput!) {\n    ingestUrl(input: $input) {\n      created\n      warnings\n      source { id text publisher publishedOn }\n      proposedEvents { ...ReviewEvent }\n      matchedEvidence { ...ReviewMatchedEvent }\n      proposedActors { id name kind }\n      proposedStances { ...ReviewStance }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EventList($filter: EventFilter!, $first: Int!, $after: String) {\n    events(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        title\n        summary\n        date {\n          start\n          display\n        }\n        ...KindBadge_event\n        actors {\n          role\n          actor {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query EventList($filter: EventFilter!, $first: Int!, $after: String) {\n    events(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        title\n        summary\n        date {\n          start\n          display\n        }\n        ...KindBadge_event\n        actors {\n          role\n          actor {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription LiveEventChanges($timeline: String) {\n    eventChanged(timeline: $timeline) {\n      change\n      id\n      mergedFrom\n      event {\n        id\n        summary\n        ...TimelineItem_event\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription LiveEventChanges($timeline: String) {\n    eventChanged(timeline: $timeline) {\n      change\n      id\n      mergedFrom\n      event {\n        id\n        summary\n        ...TimelineItem_event\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Stances {\n    stances {\n      id\n      kind\n      status\n      sinceDisplay\n      since\n      actor {\n        id\n        name\n      }\n      target {\n        id\n        name\n      }\n      contestedBy {\n        id\n      }\n      citations {\n        id\n        status\n        source {\n          id\n          title\n          publisher\n          url\n          publishedOn\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Stances {\n    stances {\n      id\n      kind\n      status\n      sinceDisplay\n      since\n      actor {\n        id\n        name\n      }\n      target {\n        id\n        name\n      }\n      contestedBy {\n        id\n      }\n      citations {\n        id\n        status\n        source {\n          id\n          title\n          publisher\n          url\n          publishedOn\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NoEventsCount($filter: EventFilter!) {\n    events(filter: $filter, first: 1) {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query NoEventsCount($filter: EventFilter!) {\n    events(filter: $filter, first: 1) {\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TimelineEvents($filter: EventFilter!, $first: Int!) {\n    events(filter: $filter, first: $first) {\n      totalCount\n      nodes {\n        ...TimelineItem_event\n      }\n    }\n  }\n"): (typeof documents)["\n  query TimelineEvents($filter: EventFilter!, $first: Int!) {\n    events(filter: $filter, first: $first) {\n      totalCount\n      nodes {\n        ...TimelineItem_event\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TimelineCount($filter: EventFilter!) {\n    events(filter: $filter, first: 0) {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query TimelineCount($filter: EventFilter!) {\n    events(filter: $filter, first: 0) {\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TimelineDensity($filter: EventFilter!, $buckets: Int!) {\n    eventHistogram(filter: $filter, buckets: $buckets) {\n      from\n      to\n      count\n    }\n  }\n"): (typeof documents)["\n  query TimelineDensity($filter: EventFilter!, $buckets: Int!) {\n    eventHistogram(filter: $filter, buckets: $buckets) {\n      from\n      to\n      count\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TimelineItem_event on Event {\n    id\n    title\n    isKey\n    salience\n    dateDisagreement\n    ...KindBadge_event\n    date {\n      start\n      end\n      precision\n      isRange\n      display\n    }\n    actors {\n      role\n      actor {\n        id\n        name\n      }\n    }\n    # For lanes by source: the outlets whose citations the viewer sees.\n    citations {\n      id\n      source { id publisher }\n    }\n  }\n"): (typeof documents)["\n  fragment TimelineItem_event on Event {\n    id\n    title\n    isKey\n    salience\n    dateDisagreement\n    ...KindBadge_event\n    date {\n      start\n      end\n      precision\n      isRange\n      display\n    }\n    actors {\n      role\n      actor {\n        id\n        name\n      }\n    }\n    # For lanes by source: the outlets whose citations the viewer sees.\n    citations {\n      id\n      source { id publisher }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;