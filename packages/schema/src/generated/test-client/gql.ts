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
    "\n  query AccountsOfEvents($t: String!) {\n    events(filter: { timeline: $t }, first: 200) {\n      nodes {\n        id title isKey salience dateDisagreement date { display }\n        citations {\n          dateExpression passage\n          resolvedDate { start end precision display }\n          source { publisher publisherCountry publishedOn }\n        }\n        quotes { text speaker { name } source { publisher } }\n      }\n    }\n  }\n": typeof types.AccountsOfEventsDocument,
    "\n  query EventsByPublisher($t: String!, $publishers: [String!], $countries: [String!]) {\n    events(filter: { timeline: $t, publishers: $publishers, publisherCountries: $countries }, first: 200) { totalCount nodes { title } }\n  }\n": typeof types.EventsByPublisherDocument,
    "query TimelinePublishers($t: String) { publishers(timeline: $t) { name country eventCount } }": typeof types.TimelinePublishersDocument,
    "mutation MarkKeyEvent($id: ID!, $key: Boolean!) { updateEvent(id: $id, input: { isKey: $key }) { isKey salience title } }": typeof types.MarkKeyEventDocument,
    "\n  mutation IngestDatedAccount($input: IngestArticleInput!) {\n    ingestArticle(input: $input) { proposedEvents { title citations { dateExpression resolvedDate { start end precision } } } }\n  }\n": typeof types.IngestDatedAccountDocument,
    "query ProposedActorsList { actors(status: PROPOSED) { totalCount nodes { name status } } }": typeof types.ProposedActorsListDocument,
    "\n  query ActorEventsPage($search: String!, $first: Int!, $after: String, $role: ActorRole) {\n    actors(search: $search, first: 1) {\n      nodes { id events(first: $first, after: $after, role: $role) { totalCount pageInfo { hasNextPage endCursor } nodes { title } } }\n    }\n  }\n": typeof types.ActorEventsPageDocument,
    "\n  query FilteredEvents($actor: ID!) { events(filter: { actors: [$actor] }, first: 200) { totalCount nodes { title } } }\n": typeof types.FilteredEventsDocument,
    "\n      query MaduroRoles($role: ActorRole) {\n        actors(search: \"Nicolás Maduro\", first: 1) {\n          nodes { id events(first: 200, role: $role) { totalCount nodes { actors { role actor { id } } } } }\n        }\n      }\n    ": typeof types.MaduroRolesDocument,
    "query ManyActors { actors(first: 12) { nodes { id name events(first: 4) { totalCount nodes { title } } } } }": typeof types.ManyActorsDocument,
    "query FindActors($search: String) { actors(search: $search) { nodes { name } } }": typeof types.FindActorsDocument,
    "\n  mutation IngestForContest($input: IngestArticleInput!) {\n    ingestArticle(input: $input) { proposedStances { stance { id kind status actor { name } target { name } } } }\n  }\n": typeof types.IngestForContestDocument,
    "\n  query ContestedStances($kind: StanceKind) {\n    stances(kind: $kind) { id kind status actor { name } target { name } contestedBy { id kind status citations { source { publishedOn } } } }\n  }\n": typeof types.ContestedStancesDocument,
    "mutation PublishForContest($id: ID!) { publishStance(id: $id) { id status } }": typeof types.PublishForContestDocument,
    "\n  mutation IngestReport($input: IngestArticleInput!) {\n    ingestArticle(input: $input) {\n      created\n      source { id }\n      proposedEvents { id }\n      matchedEvents { id }\n      matchedEvidence { event { id status needsReview } citations { id status passage source { id } } }\n    }\n  }\n": typeof types.IngestReportDocument,
    "\n  query EventEvidence($id: ID!) {\n    node(id: $id) {\n      ... on Event { id status needsReview citations { id status source { id } } quotes { id status text } }\n    }\n  }\n": typeof types.EventEvidenceDocument,
    "query SearchEvents($search: String!) { events(filter: { search: $search }, first: 50) { nodes { id } } }": typeof types.SearchEventsDocument,
    "query SourceNode($id: ID!) { node(id: $id) { id ... on Source { citations { id status } } } }": typeof types.SourceNodeDocument,
    "query SpeakerQuotes($search: String!) { actors(search: $search, first: 1) { nodes { quotes { id text status } } } }": typeof types.SpeakerQuotesDocument,
    "mutation PublishEventCitation($id: ID!) { publishCitation(id: $id) { id status } }": typeof types.PublishEventCitationDocument,
    "mutation RejectEventCitation($id: ID!) { rejectCitation(id: $id) { id status } }": typeof types.RejectEventCitationDocument,
    "mutation PublishEventWithEvidence($id: ID!) { publishEvent(id: $id) { id status needsReview } }": typeof types.PublishEventWithEvidenceDocument,
    "\n  mutation AddFeed($input: AddFeedInput!) {\n    addFeed(input: $input) { id url title timelineSlug lastPolledAt lastError }\n  }\n": typeof types.AddFeedDocument,
    "\n  query Feeds { feeds { url title timelineSlug lastPolledAt lastError } }\n": typeof types.FeedsDocument,
    "\n  mutation ImportTimeline($input: ImportTimelineInput!) {\n    importTimeline(input: $input) {\n      timeline { slug title description eventCount }\n      events { id title kind status date { start end precision isRange display } citations { status source { url publisher title } } }\n      skipped { line message }\n      warnings { line message }\n    }\n  }\n": typeof types.ImportTimelineDocument,
    "\n  query ImportTestEvents($filter: EventFilter!, $first: Int) {\n    events(filter: $filter, first: $first) {\n      totalCount\n      nodes { title summary kind status date { start end precision isRange } citations { source { url } } }\n    }\n  }\n": typeof types.ImportTestEventsDocument,
    "\n  mutation IngestRows($input: IngestArticleInput!) {\n    ingestArticle(input: $input) {\n      created\n      source { id title publishedOn }\n      proposedEvents { id status title }\n      matchedEvents { id needsReview }\n      matchedEvidence { event { id needsReview } citations { id status passageStart } }\n      proposedActors { id status }\n      proposedStances { stance { id status } citations { id status passageStart } }\n    }\n  }\n": typeof types.IngestRowsDocument,
    "\n  mutation IngestUrl($input: IngestUrlInput!) {\n    ingestUrl(input: $input) {\n      created\n      warnings\n      source { id title publisher publishedOn url text }\n      proposedEvents { date { start precision } timelines { slug } }\n    }\n  }\n": typeof types.IngestUrlDocument,
    "\n  mutation Ingest($input: IngestArticleInput!) {\n    ingestArticle(input: $input) {\n      created\n      warnings\n      source { id contentHash publisher publishedOn }\n      proposedEvents { id title kind status date { start end precision display } actors { role actor { name } } citations { passage passageStart passageEnd dateExpression source { id text } } quotes { text verb speaker { name } } timelines { slug } }\n      matchedEvents { id needsReview citations { source { id } } }\n      proposedActors { name status }\n    }\n  }\n": typeof types.IngestDocument,
    "query PublicEvents($search: String) { events(filter: { search: $search }, first: 200) { nodes { id title } } }": typeof types.PublicEventsDocument,
    "mutation Publish($id: ID!) { publishEvent(id: $id) { id status } }": typeof types.PublishDocument,
    "query DraftEvents { events(filter: { statuses: [DRAFT] }, first: 50) { nodes { id title date { start } } } }": typeof types.DraftEventsDocument,
    "\n  mutation EnqueueIngestion($input: EnqueueIngestionInput!) {\n    enqueueIngestion(input: $input) { id kind state url attempts lastError }\n  }\n": typeof types.EnqueueIngestionDocument,
    "\n  query IngestionJobs($first: Int) {\n    ingestionJobs(first: $first) { id kind state url title attempts lastError finishedAt source { id url title } }\n  }\n": typeof types.IngestionJobsDocument,
    "\n  mutation RetryIngestionJob($id: ID!) {\n    retryIngestionJob(id: $id) { id state lastError }\n  }\n": typeof types.RetryIngestionJobDocument,
    "query FirstEvent { events(first: 1) { nodes { id } } }": typeof types.FirstEventDocument,
    "\n  query ActorPage($first: Int, $after: String, $search: String) {\n    actors(first: $first, after: $after, search: $search) { totalCount nodes { id } pageInfo { hasNextPage endCursor } }\n  }\n": typeof types.ActorPageDocument,
    "\n  query SourcePage($first: Int, $after: String, $search: String) {\n    sources(first: $first, after: $after, search: $search) { totalCount nodes { id publishedOn } pageInfo { hasNextPage endCursor } }\n  }\n": typeof types.SourcePageDocument,
    "\n  subscription LiveDeskChanges($timeline: String) {\n    eventChanged(timeline: $timeline) { change id mergedFrom event { id title status date { display } } }\n  }\n": typeof types.LiveDeskChangesDocument,
    "mutation LiveUpdate($id: ID!, $input: UpdateEventInput!) { updateEvent(id: $id, input: $input) { id } }": typeof types.LiveUpdateDocument,
    "mutation LivePublish($id: ID!) { publishEvent(id: $id) { id } }": typeof types.LivePublishDocument,
    "mutation LiveReject($id: ID!) { rejectEvent(id: $id) { id } }": typeof types.LiveRejectDocument,
    "subscription LiveStanceChanges($actor: ID) { stanceChanged(actor: $actor) { change id stance { id kind status actor { name } target { name } } } }": typeof types.LiveStanceChangesDocument,
    "mutation LivePublishStance($id: ID!) { publishStance(id: $id) { id } }": typeof types.LivePublishStanceDocument,
    "subscription LiveTitles { eventChanged { change event { title } } }": typeof types.LiveTitlesDocument,
    "mutation LiveRetitle($id: ID!) { updateEvent(id: $id, input: { title: \"After the restart\" }) { id } }": typeof types.LiveRetitleDocument,
    "\n  query PageWithRelations($first: Int) {\n    events(first: $first) {\n      edges { node { id title date { display } actors { role actor { name } } citations { passage source { publisher } } quotes { text speaker { name } } timelines { slug } } }\n    }\n  }\n": typeof types.PageWithRelationsDocument,
    "\n  query ActorsWithRelations($first: Int) {\n    actors(first: $first) {\n      nodes { name events(first: 3) { totalCount nodes { title } } quotes { text } stances { kind } stancesTowards { kind } }\n    }\n    sources(first: $first) { nodes { title citations { passage } } }\n  }\n": typeof types.ActorsWithRelationsDocument,
    "\n  query WindowEvents($filter: EventFilter, $first: Int, $after: String) {\n    events(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { cursor node { id title kind date { start end precision isRange display } actors { role actor { name } } citations { dateExpression passage passageStart passageEnd source { publisher url publishedOn } } quotes { text speaker { name } } timelines { slug } } }\n    }\n  }\n": typeof types.WindowEventsDocument,
    "query ActorsByName($search: String) { actors(search: $search) { nodes { id name } } }": typeof types.ActorsByNameDocument,
    "\n    query ActorSearch($search: String, $kind: ActorKind, $first: Int, $after: String) {\n      actors(search: $search, kind: $kind, first: $first, after: $after) {\n        totalCount pageInfo { hasNextPage endCursor }\n        nodes { id name kind aliases quotes { text } events(role: SPEAKER) { totalCount nodes { title } } stancesTowards { kind actor { name } sinceDisplay citations { passage source { publisher } } } }\n      }\n    }\n  ": typeof types.ActorSearchDocument,
    "\n      query Overview {\n        timelines { slug title eventCount start end }\n        sources(search: \"Fort Russ\") { totalCount nodes { id title publishedOn citations { passage } } }\n        stances(kind: SUPPORTS) { actor { name } target { name } }\n        eventHistogram(filter: { timeline: \"venezuela-crisis-2019\", from: \"2019-01-01\", to: \"2019-12-31\" }, buckets: 12) { from to count }\n      }\n    ": typeof types.OverviewDocument,
    "query NodeLookup($id: ID!) { node(id: $id) { __typename id ... on Source { title } } }": typeof types.NodeLookupDocument,
    "query Drafts($statuses: [ReviewStatus!]) { events(filter: { statuses: $statuses, search: \"Unreviewed\" }) { nodes { title status } } }": typeof types.DraftsDocument,
    "query EventById($id: ID!) { event(id: $id) { title } }": typeof types.EventByIdDocument,
    "query ReviewDrafts { events(filter: { statuses: [DRAFT] }) { nodes { id title } } }": typeof types.ReviewDraftsDocument,
    "\n  mutation Update($id: ID!, $input: UpdateEventInput!) {\n    updateEvent(id: $id, input: $input) { id title kind date { start end precision isRange display } actors { role actor { name } } }\n  }\n": typeof types.UpdateDocument,
    "mutation MergeEv($keep: ID!, $merge: ID!) { mergeEvents(keep: $keep, merge: $merge) { id citations { passage } actors { actor { name } } } }": typeof types.MergeEvDocument,
    "mutation RejectEv($id: ID!) { rejectEvent(id: $id) { status } }": typeof types.RejectEvDocument,
    "mutation PublishEv($id: ID!) { publishEvent(id: $id) { status } }": typeof types.PublishEvDocument,
    "query FindActor($search: String) { actors(search: $search) { nodes { id name status aliases } } }": typeof types.FindActorDocument,
    "mutation ConfirmA($id: ID!, $input: ConfirmActorInput) { confirmActor(id: $id, input: $input) { name status kind aliases } }": typeof types.ConfirmADocument,
    "mutation MergeA($keep: ID!, $merge: ID!) { mergeActors(keep: $keep, merge: $merge) { name aliases events { totalCount } } }": typeof types.MergeADocument,
    "\n  mutation IngestForStances($input: IngestArticleInput!) {\n    ingestArticle(input: $input) { created source { id } }\n  }\n": typeof types.IngestForStancesDocument,
    "\n  query StancesWithCitations($kind: StanceKind) {\n    stances(kind: $kind) {\n      id\n      actor { name }\n      target { name }\n      source { id publisher }\n      passage\n      citations { id status passage passageStart passageEnd source { id publisher publishedOn url text } }\n    }\n  }\n": typeof types.StancesWithCitationsDocument,
    "query ActorIdsForMerge($search: String!) { actors(search: $search) { nodes { id name } } }": typeof types.ActorIdsForMergeDocument,
    "mutation MergeForStances($keep: ID!, $merge: ID!) { mergeActors(keep: $keep, merge: $merge) { name } }": typeof types.MergeForStancesDocument,
    "\n  mutation IngestStating($input: IngestArticleInput!) {\n    ingestArticle(input: $input) {\n      created\n      proposedStances {\n        stance { id status kind actor { name } target { name } }\n        citations { id status passage source { id } }\n      }\n    }\n  }\n": typeof types.IngestStatingDocument,
    "\n  query ReaderStances($actor: ID, $target: ID) {\n    stances(actor: $actor, target: $target) { id status actor { name } target { name } citations { id status source { id } } passage source { id } }\n  }\n": typeof types.ReaderStancesDocument,
    "\n  query ActorStanceLists($search: String!) {\n    actors(search: $search, first: 1) {\n      nodes { id name stances { id status target { name } } stancesTowards { id status actor { name } } }\n    }\n  }\n": typeof types.ActorStanceListsDocument,
    "query StanceNode($id: ID!) { node(id: $id) { id ... on Stance { status citations { id status } } } }": typeof types.StanceNodeDocument,
    "mutation PublishStanceForReview($id: ID!) { publishStance(id: $id) { id status citations { id status } } }": typeof types.PublishStanceForReviewDocument,
    "mutation RejectStanceForReview($id: ID!) { rejectStance(id: $id) { id status } }": typeof types.RejectStanceForReviewDocument,
    "mutation PublishStanceCitationForReview($id: ID!) { publishStanceCitation(id: $id) { id status } }": typeof types.PublishStanceCitationForReviewDocument,
    "mutation RejectStanceCitationForReview($id: ID!) { rejectStanceCitation(id: $id) { id status } }": typeof types.RejectStanceCitationForReviewDocument,
    "\n  query ActorPageStances($first: Int!) { actors(first: $first) { nodes { stances { id citations { id } } stancesTowards { id } } } }\n": typeof types.ActorPageStancesDocument,
    "\n  query Unreviewed($sourceId: ID!, $actorId: ID!) {\n    sources(search: \"Unreviewed Wire\", first: 10) { totalCount nodes { title } }\n    source(id: $sourceId) { title text citations { passage } }\n    sourceNode: node(id: $sourceId) { id }\n    actors(search: \"Ximena Draftsworth\") { totalCount nodes { name } }\n    actor(id: $actorId) { name }\n    actorNode: node(id: $actorId) { id }\n  }\n": typeof types.UnreviewedDocument,
    "query HiddenActor { actors(search: \"Yolanda Unpublished\") { totalCount nodes { name } } }": typeof types.HiddenActorDocument,
    "mutation WebLivePublish($id: ID!) { publishEvent(id: $id) { id title } }": typeof types.WebLivePublishDocument,
    "mutation WebLiveRetitle($id: ID!, $title: String!) { updateEvent(id: $id, input: { title: $title }) { id } }": typeof types.WebLiveRetitleDocument,
    "query WebLiveFirst($t: String!) { events(filter: { timeline: $t, from: \"2019-01-01\", to: \"2019-02-09\" }, first: 1) { nodes { id title } } }": typeof types.WebLiveFirstDocument,
    "query WebPlaygroundFirst { events(filter: { timeline: \"venezuela-crisis-2019\" }, first: 1) { nodes { id } } }": typeof types.WebPlaygroundFirstDocument,
    "mutation WebPlaygroundRetitle($id: ID!, $title: String!) { updateEvent(id: $id, input: { title: $title }) { id } }": typeof types.WebPlaygroundRetitleDocument,
    "\n  query WebTestCitedBy($t: String!, $publishers: [String!], $countries: [String!]) {\n    events(filter: { timeline: $t, publishers: $publishers, publisherCountries: $countries }, first: 200) { totalCount nodes { title } }\n  }\n": typeof types.WebTestCitedByDocument,
    "query WebTestActors($s: String!) { actors(search: $s) { nodes { id name } } }": typeof types.WebTestActorsDocument,
    "\n  query WebTestTimelineEvents($t: String!, $first: Int) {\n    events(filter: { timeline: $t }, first: $first) { nodes { id title date { start end } actors { actor { id } } } }\n  }\n": typeof types.WebTestTimelineEventsDocument,
    "\n  query TimelineJsTestEvents($t: String!, $first: Int) {\n    events(filter: { timeline: $t }, first: $first) { totalCount nodes { id title date { start end precision isRange display } } }\n  }\n": typeof types.TimelineJsTestEventsDocument,
    "query WebTestHostileIds($s: String!) { actors(search: $s) { nodes { id events { nodes { id } } } } }": typeof types.WebTestHostileIdsDocument,
};
const documents: Documents = {
    "\n  query AccountsOfEvents($t: String!) {\n    events(filter: { timeline: $t }, first: 200) {\n      nodes {\n        id title isKey salience dateDisagreement date { display }\n        citations {\n          dateExpression passage\n          resolvedDate { start end precision display }\n          source { publisher publisherCountry publishedOn }\n        }\n        quotes { text speaker { name } source { publisher } }\n      }\n    }\n  }\n": types.AccountsOfEventsDocument,
    "\n  query EventsByPublisher($t: String!, $publishers: [String!], $countries: [String!]) {\n    events(filter: { timeline: $t, publishers: $publishers, publisherCountries: $countries }, first: 200) { totalCount nodes { title } }\n  }\n": types.EventsByPublisherDocument,
    "query TimelinePublishers($t: String) { publishers(timeline: $t) { name country eventCount } }": types.TimelinePublishersDocument,
    "mutation MarkKeyEvent($id: ID!, $key: Boolean!) { updateEvent(id: $id, input: { isKey: $key }) { isKey salience title } }": types.MarkKeyEventDocument,
    "\n  mutation IngestDatedAccount($input: IngestArticleInput!) {\n    ingestArticle(input: $input) { proposedEvents { title citations { dateExpression resolvedDate { start end precision } } } }\n  }\n": types.IngestDatedAccountDocument,
    "query ProposedActorsList { actors(status: PROPOSED) { totalCount nodes { name status } } }": types.ProposedActorsListDocument,
    "\n  query ActorEventsPage($search: String!, $first: Int!, $after: String, $role: ActorRole) {\n    actors(search: $search, first: 1) {\n      nodes { id events(first: $first, after: $after, role: $role) { totalCount pageInfo { hasNextPage endCursor } nodes { title } } }\n    }\n  }\n": types.ActorEventsPageDocument,
    "\n  query FilteredEvents($actor: ID!) { events(filter: { actors: [$actor] }, first: 200) { totalCount nodes { title } } }\n": types.FilteredEventsDocument,
    "\n      query MaduroRoles($role: ActorRole) {\n        actors(search: \"Nicolás Maduro\", first: 1) {\n          nodes { id events(first: 200, role: $role) { totalCount nodes { actors { role actor { id } } } } }\n        }\n      }\n    ": types.MaduroRolesDocument,
    "query ManyActors { actors(first: 12) { nodes { id name events(first: 4) { totalCount nodes { title } } } } }": types.ManyActorsDocument,
    "query FindActors($search: String) { actors(search: $search) { nodes { name } } }": types.FindActorsDocument,
    "\n  mutation IngestForContest($input: IngestArticleInput!) {\n    ingestArticle(input: $input) { proposedStances { stance { id kind status actor { name } target { name } } } }\n  }\n": types.IngestForContestDocument,
    "\n  query ContestedStances($kind: StanceKind) {\n    stances(kind: $kind) { id kind status actor { name } target { name } contestedBy { id kind status citations { source { publishedOn } } } }\n  }\n": types.ContestedStancesDocument,
    "mutation PublishForContest($id: ID!) { publishStance(id: $id) { id status } }": types.PublishForContestDocument,
    "\n  mutation IngestReport($input: IngestArticleInput!) {\n    ingestArticle(input: $input) {\n      created\n      source { id }\n      proposedEvents { id }\n      matchedEvents { id }\n      matchedEvidence { event { id status needsReview } citations { id status passage source { id } } }\n    }\n  }\n": types.IngestReportDocument,
    "\n  query EventEvidence($id: ID!) {\n    node(id: $id) {\n      ... on Event { id status needsReview citations { id status source { id } } quotes { id status text } }\n    }\n  }\n": types.EventEvidenceDocument,
    "query SearchEvents($search: String!) { events(filter: { search: $search }, first: 50) { nodes { id } } }": types.SearchEventsDocument,
    "query SourceNode($id: ID!) { node(id: $id) { id ... on Source { citations { id status } } } }": types.SourceNodeDocument,
    "query SpeakerQuotes($search: String!) { actors(search: $search, first: 1) { nodes { quotes { id text status } } } }": types.SpeakerQuotesDocument,
    "mutation PublishEventCitation($id: ID!) { publishCitation(id: $id) { id status } }": types.PublishEventCitationDocument,
    "mutation RejectEventCitation($id: ID!) { rejectCitation(id: $id) { id status } }": types.RejectEventCitationDocument,
    "mutation PublishEventWithEvidence($id: ID!) { publishEvent(id: $id) { id status needsReview } }": types.PublishEventWithEvidenceDocument,
    "\n  mutation AddFeed($input: AddFeedInput!) {\n    addFeed(input: $input) { id url title timelineSlug lastPolledAt lastError }\n  }\n": types.AddFeedDocument,
    "\n  query Feeds { feeds { url title timelineSlug lastPolledAt lastError } }\n": types.FeedsDocument,
    "\n  mutation ImportTimeline($input: ImportTimelineInput!) {\n    importTimeline(input: $input) {\n      timeline { slug title description eventCount }\n      events { id title kind status date { start end precision isRange display } citations { status source { url publisher title } } }\n      skipped { line message }\n      warnings { line message }\n    }\n  }\n": types.ImportTimelineDocument,
    "\n  query ImportTestEvents($filter: EventFilter!, $first: Int) {\n    events(filter: $filter, first: $first) {\n      totalCount\n      nodes { title summary kind status date { start end precision isRange } citations { source { url } } }\n    }\n  }\n": types.ImportTestEventsDocument,
    "\n  mutation IngestRows($input: IngestArticleInput!) {\n    ingestArticle(input: $input) {\n      created\n      source { id title publishedOn }\n      proposedEvents { id status title }\n      matchedEvents { id needsReview }\n      matchedEvidence { event { id needsReview } citations { id status passageStart } }\n      proposedActors { id status }\n      proposedStances { stance { id status } citations { id status passageStart } }\n    }\n  }\n": types.IngestRowsDocument,
    "\n  mutation IngestUrl($input: IngestUrlInput!) {\n    ingestUrl(input: $input) {\n      created\n      warnings\n      source { id title publisher publishedOn url text }\n      proposedEvents { date { start precision } timelines { slug } }\n    }\n  }\n": types.IngestUrlDocument,
    "\n  mutation Ingest($input: IngestArticleInput!) {\n    ingestArticle(input: $input) {\n      created\n      warnings\n      source { id contentHash publisher publishedOn }\n      proposedEvents { id title kind status date { start end precision display } actors { role actor { name } } citations { passage passageStart passageEnd dateExpression source { id text } } quotes { text verb speaker { name } } timelines { slug } }\n      matchedEvents { id needsReview citations { source { id } } }\n      proposedActors { name status }\n    }\n  }\n": types.IngestDocument,
    "query PublicEvents($search: String) { events(filter: { search: $search }, first: 200) { nodes { id title } } }": types.PublicEventsDocument,
    "mutation Publish($id: ID!) { publishEvent(id: $id) { id status } }": types.PublishDocument,
    "query DraftEvents { events(filter: { statuses: [DRAFT] }, first: 50) { nodes { id title date { start } } } }": types.DraftEventsDocument,
    "\n  mutation EnqueueIngestion($input: EnqueueIngestionInput!) {\n    enqueueIngestion(input: $input) { id kind state url attempts lastError }\n  }\n": types.EnqueueIngestionDocument,
    "\n  query IngestionJobs($first: Int) {\n    ingestionJobs(first: $first) { id kind state url title attempts lastError finishedAt source { id url title } }\n  }\n": types.IngestionJobsDocument,
    "\n  mutation RetryIngestionJob($id: ID!) {\n    retryIngestionJob(id: $id) { id state lastError }\n  }\n": types.RetryIngestionJobDocument,
    "query FirstEvent { events(first: 1) { nodes { id } } }": types.FirstEventDocument,
    "\n  query ActorPage($first: Int, $after: String, $search: String) {\n    actors(first: $first, after: $after, search: $search) { totalCount nodes { id } pageInfo { hasNextPage endCursor } }\n  }\n": types.ActorPageDocument,
    "\n  query SourcePage($first: Int, $after: String, $search: String) {\n    sources(first: $first, after: $after, search: $search) { totalCount nodes { id publishedOn } pageInfo { hasNextPage endCursor } }\n  }\n": types.SourcePageDocument,
    "\n  subscription LiveDeskChanges($timeline: String) {\n    eventChanged(timeline: $timeline) { change id mergedFrom event { id title status date { display } } }\n  }\n": types.LiveDeskChangesDocument,
    "mutation LiveUpdate($id: ID!, $input: UpdateEventInput!) { updateEvent(id: $id, input: $input) { id } }": types.LiveUpdateDocument,
    "mutation LivePublish($id: ID!) { publishEvent(id: $id) { id } }": types.LivePublishDocument,
    "mutation LiveReject($id: ID!) { rejectEvent(id: $id) { id } }": types.LiveRejectDocument,
    "subscription LiveStanceChanges($actor: ID) { stanceChanged(actor: $actor) { change id stance { id kind status actor { name } target { name } } } }": types.LiveStanceChangesDocument,
    "mutation LivePublishStance($id: ID!) { publishStance(id: $id) { id } }": types.LivePublishStanceDocument,
    "subscription LiveTitles { eventChanged { change event { title } } }": types.LiveTitlesDocument,
    "mutation LiveRetitle($id: ID!) { updateEvent(id: $id, input: { title: \"After the restart\" }) { id } }": types.LiveRetitleDocument,
    "\n  query PageWithRelations($first: Int) {\n    events(first: $first) {\n      edges { node { id title date { display } actors { role actor { name } } citations { passage source { publisher } } quotes { text speaker { name } } timelines { slug } } }\n    }\n  }\n": types.PageWithRelationsDocument,
    "\n  query ActorsWithRelations($first: Int) {\n    actors(first: $first) {\n      nodes { name events(first: 3) { totalCount nodes { title } } quotes { text } stances { kind } stancesTowards { kind } }\n    }\n    sources(first: $first) { nodes { title citations { passage } } }\n  }\n": types.ActorsWithRelationsDocument,
    "\n  query WindowEvents($filter: EventFilter, $first: Int, $after: String) {\n    events(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { cursor node { id title kind date { start end precision isRange display } actors { role actor { name } } citations { dateExpression passage passageStart passageEnd source { publisher url publishedOn } } quotes { text speaker { name } } timelines { slug } } }\n    }\n  }\n": types.WindowEventsDocument,
    "query ActorsByName($search: String) { actors(search: $search) { nodes { id name } } }": types.ActorsByNameDocument,
    "\n    query ActorSearch($search: String, $kind: ActorKind, $first: Int, $after: String) {\n      actors(search: $search, kind: $kind, first: $first, after: $after) {\n        totalCount pageInfo { hasNextPage endCursor }\n        nodes { id name kind aliases quotes { text } events(role: SPEAKER) { totalCount nodes { title } } stancesTowards { kind actor { name } sinceDisplay citations { passage source { publisher } } } }\n      }\n    }\n  ": types.ActorSearchDocument,
    "\n      query Overview {\n        timelines { slug title eventCount start end }\n        sources(search: \"Fort Russ\") { totalCount nodes { id title publishedOn citations { passage } } }\n        stances(kind: SUPPORTS) { actor { name } target { name } }\n        eventHistogram(filter: { timeline: \"venezuela-crisis-2019\", from: \"2019-01-01\", to: \"2019-12-31\" }, buckets: 12) { from to count }\n      }\n    ": types.OverviewDocument,
    "query NodeLookup($id: ID!) { node(id: $id) { __typename id ... on Source { title } } }": types.NodeLookupDocument,
    "query Drafts($statuses: [ReviewStatus!]) { events(filter: { statuses: $statuses, search: \"Unreviewed\" }) { nodes { title status } } }": types.DraftsDocument,
    "query EventById($id: ID!) { event(id: $id) { title } }": types.EventByIdDocument,
    "query ReviewDrafts { events(filter: { statuses: [DRAFT] }) { nodes { id title } } }": types.ReviewDraftsDocument,
    "\n  mutation Update($id: ID!, $input: UpdateEventInput!) {\n    updateEvent(id: $id, input: $input) { id title kind date { start end precision isRange display } actors { role actor { name } } }\n  }\n": types.UpdateDocument,
    "mutation MergeEv($keep: ID!, $merge: ID!) { mergeEvents(keep: $keep, merge: $merge) { id citations { passage } actors { actor { name } } } }": types.MergeEvDocument,
    "mutation RejectEv($id: ID!) { rejectEvent(id: $id) { status } }": types.RejectEvDocument,
    "mutation PublishEv($id: ID!) { publishEvent(id: $id) { status } }": types.PublishEvDocument,
    "query FindActor($search: String) { actors(search: $search) { nodes { id name status aliases } } }": types.FindActorDocument,
    "mutation ConfirmA($id: ID!, $input: ConfirmActorInput) { confirmActor(id: $id, input: $input) { name status kind aliases } }": types.ConfirmADocument,
    "mutation MergeA($keep: ID!, $merge: ID!) { mergeActors(keep: $keep, merge: $merge) { name aliases events { totalCount } } }": types.MergeADocument,
    "\n  mutation IngestForStances($input: IngestArticleInput!) {\n    ingestArticle(input: $input) { created source { id } }\n  }\n": types.IngestForStancesDocument,
    "\n  query StancesWithCitations($kind: StanceKind) {\n    stances(kind: $kind) {\n      id\n      actor { name }\n      target { name }\n      source { id publisher }\n      passage\n      citations { id status passage passageStart passageEnd source { id publisher publishedOn url text } }\n    }\n  }\n": types.StancesWithCitationsDocument,
    "query ActorIdsForMerge($search: String!) { actors(search: $search) { nodes { id name } } }": types.ActorIdsForMergeDocument,
    "mutation MergeForStances($keep: ID!, $merge: ID!) { mergeActors(keep: $keep, merge: $merge) { name } }": types.MergeForStancesDocument,
    "\n  mutation IngestStating($input: IngestArticleInput!) {\n    ingestArticle(input: $input) {\n      created\n      proposedStances {\n        stance { id status kind actor { name } target { name } }\n        citations { id status passage source { id } }\n      }\n    }\n  }\n": types.IngestStatingDocument,
    "\n  query ReaderStances($actor: ID, $target: ID) {\n    stances(actor: $actor, target: $target) { id status actor { name } target { name } citations { id status source { id } } passage source { id } }\n  }\n": types.ReaderStancesDocument,
    "\n  query ActorStanceLists($search: String!) {\n    actors(search: $search, first: 1) {\n      nodes { id name stances { id status target { name } } stancesTowards { id status actor { name } } }\n    }\n  }\n": types.ActorStanceListsDocument,
    "query StanceNode($id: ID!) { node(id: $id) { id ... on Stance { status citations { id status } } } }": types.StanceNodeDocument,
    "mutation PublishStanceForReview($id: ID!) { publishStance(id: $id) { id status citations { id status } } }": types.PublishStanceForReviewDocument,
    "mutation RejectStanceForReview($id: ID!) { rejectStance(id: $id) { id status } }": types.RejectStanceForReviewDocument,
    "mutation PublishStanceCitationForReview($id: ID!) { publishStanceCitation(id: $id) { id status } }": types.PublishStanceCitationForReviewDocument,
    "mutation RejectStanceCitationForReview($id: ID!) { rejectStanceCitation(id: $id) { id status } }": types.RejectStanceCitationForReviewDocument,
    "\n  query ActorPageStances($first: Int!) { actors(first: $first) { nodes { stances { id citations { id } } stancesTowards { id } } } }\n": types.ActorPageStancesDocument,
    "\n  query Unreviewed($sourceId: ID!, $actorId: ID!) {\n    sources(search: \"Unreviewed Wire\", first: 10) { totalCount nodes { title } }\n    source(id: $sourceId) { title text citations { passage } }\n    sourceNode: node(id: $sourceId) { id }\n    actors(search: \"Ximena Draftsworth\") { totalCount nodes { name } }\n    actor(id: $actorId) { name }\n    actorNode: node(id: $actorId) { id }\n  }\n": types.UnreviewedDocument,
    "query HiddenActor { actors(search: \"Yolanda Unpublished\") { totalCount nodes { name } } }": types.HiddenActorDocument,
    "mutation WebLivePublish($id: ID!) { publishEvent(id: $id) { id title } }": types.WebLivePublishDocument,
    "mutation WebLiveRetitle($id: ID!, $title: String!) { updateEvent(id: $id, input: { title: $title }) { id } }": types.WebLiveRetitleDocument,
    "query WebLiveFirst($t: String!) { events(filter: { timeline: $t, from: \"2019-01-01\", to: \"2019-02-09\" }, first: 1) { nodes { id title } } }": types.WebLiveFirstDocument,
    "query WebPlaygroundFirst { events(filter: { timeline: \"venezuela-crisis-2019\" }, first: 1) { nodes { id } } }": types.WebPlaygroundFirstDocument,
    "mutation WebPlaygroundRetitle($id: ID!, $title: String!) { updateEvent(id: $id, input: { title: $title }) { id } }": types.WebPlaygroundRetitleDocument,
    "\n  query WebTestCitedBy($t: String!, $publishers: [String!], $countries: [String!]) {\n    events(filter: { timeline: $t, publishers: $publishers, publisherCountries: $countries }, first: 200) { totalCount nodes { title } }\n  }\n": types.WebTestCitedByDocument,
    "query WebTestActors($s: String!) { actors(search: $s) { nodes { id name } } }": types.WebTestActorsDocument,
    "\n  query WebTestTimelineEvents($t: String!, $first: Int) {\n    events(filter: { timeline: $t }, first: $first) { nodes { id title date { start end } actors { actor { id } } } }\n  }\n": types.WebTestTimelineEventsDocument,
    "\n  query TimelineJsTestEvents($t: String!, $first: Int) {\n    events(filter: { timeline: $t }, first: $first) { totalCount nodes { id title date { start end precision isRange display } } }\n  }\n": types.TimelineJsTestEventsDocument,
    "query WebTestHostileIds($s: String!) { actors(search: $s) { nodes { id events { nodes { id } } } } }": types.WebTestHostileIdsDocument,
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
export function graphql(source: "\n  query AccountsOfEvents($t: String!) {\n    events(filter: { timeline: $t }, first: 200) {\n      nodes {\n        id title isKey salience dateDisagreement date { display }\n        citations {\n          dateExpression passage\n          resolvedDate { start end precision display }\n          source { publisher publisherCountry publishedOn }\n        }\n        quotes { text speaker { name } source { publisher } }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AccountsOfEvents($t: String!) {\n    events(filter: { timeline: $t }, first: 200) {\n      nodes {\n        id title isKey salience dateDisagreement date { display }\n        citations {\n          dateExpression passage\n          resolvedDate { start end precision display }\n          source { publisher publisherCountry publishedOn }\n        }\n        quotes { text speaker { name } source { publisher } }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EventsByPublisher($t: String!, $publishers: [String!], $countries: [String!]) {\n    events(filter: { timeline: $t, publishers: $publishers, publisherCountries: $countries }, first: 200) { totalCount nodes { title } }\n  }\n"): (typeof documents)["\n  query EventsByPublisher($t: String!, $publishers: [String!], $countries: [String!]) {\n    events(filter: { timeline: $t, publishers: $publishers, publisherCountries: $countries }, first: 200) { totalCount nodes { title } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TimelinePublishers($t: String) { publishers(timeline: $t) { name country eventCount } }"): (typeof documents)["query TimelinePublishers($t: String) { publishers(timeline: $t) { name country eventCount } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MarkKeyEvent($id: ID!, $key: Boolean!) { updateEvent(id: $id, input: { isKey: $key }) { isKey salience title } }"): (typeof documents)["mutation MarkKeyEvent($id: ID!, $key: Boolean!) { updateEvent(id: $id, input: { isKey: $key }) { isKey salience title } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IngestDatedAccount($input: IngestArticleInput!) {\n    ingestArticle(input: $input) { proposedEvents { title citations { dateExpression resolvedDate { start end precision } } } }\n  }\n"): (typeof documents)["\n  mutation IngestDatedAccount($input: IngestArticleInput!) {\n    ingestArticle(input: $input) { proposedEvents { title citations { dateExpression resolvedDate { start end precision } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ProposedActorsList { actors(status: PROPOSED) { totalCount nodes { name status } } }"): (typeof documents)["query ProposedActorsList { actors(status: PROPOSED) { totalCount nodes { name status } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ActorEventsPage($search: String!, $first: Int!, $after: String, $role: ActorRole) {\n    actors(search: $search, first: 1) {\n      nodes { id events(first: $first, after: $after, role: $role) { totalCount pageInfo { hasNextPage endCursor } nodes { title } } }\n    }\n  }\n"): (typeof documents)["\n  query ActorEventsPage($search: String!, $first: Int!, $after: String, $role: ActorRole) {\n    actors(search: $search, first: 1) {\n      nodes { id events(first: $first, after: $after, role: $role) { totalCount pageInfo { hasNextPage endCursor } nodes { title } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FilteredEvents($actor: ID!) { events(filter: { actors: [$actor] }, first: 200) { totalCount nodes { title } } }\n"): (typeof documents)["\n  query FilteredEvents($actor: ID!) { events(filter: { actors: [$actor] }, first: 200) { totalCount nodes { title } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query MaduroRoles($role: ActorRole) {\n        actors(search: \"Nicolás Maduro\", first: 1) {\n          nodes { id events(first: 200, role: $role) { totalCount nodes { actors { role actor { id } } } } }\n        }\n      }\n    "): (typeof documents)["\n      query MaduroRoles($role: ActorRole) {\n        actors(search: \"Nicolás Maduro\", first: 1) {\n          nodes { id events(first: 200, role: $role) { totalCount nodes { actors { role actor { id } } } } }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ManyActors { actors(first: 12) { nodes { id name events(first: 4) { totalCount nodes { title } } } } }"): (typeof documents)["query ManyActors { actors(first: 12) { nodes { id name events(first: 4) { totalCount nodes { title } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FindActors($search: String) { actors(search: $search) { nodes { name } } }"): (typeof documents)["query FindActors($search: String) { actors(search: $search) { nodes { name } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IngestForContest($input: IngestArticleInput!) {\n    ingestArticle(input: $input) { proposedStances { stance { id kind status actor { name } target { name } } } }\n  }\n"): (typeof documents)["\n  mutation IngestForContest($input: IngestArticleInput!) {\n    ingestArticle(input: $input) { proposedStances { stance { id kind status actor { name } target { name } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ContestedStances($kind: StanceKind) {\n    stances(kind: $kind) { id kind status actor { name } target { name } contestedBy { id kind status citations { source { publishedOn } } } }\n  }\n"): (typeof documents)["\n  query ContestedStances($kind: StanceKind) {\n    stances(kind: $kind) { id kind status actor { name } target { name } contestedBy { id kind status citations { source { publishedOn } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PublishForContest($id: ID!) { publishStance(id: $id) { id status } }"): (typeof documents)["mutation PublishForContest($id: ID!) { publishStance(id: $id) { id status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IngestReport($input: IngestArticleInput!) {\n    ingestArticle(input: $input) {\n      created\n      source { id }\n      proposedEvents { id }\n      matchedEvents { id }\n      matchedEvidence { event { id status needsReview } citations { id status passage source { id } } }\n    }\n  }\n"): (typeof documents)["\n  mutation IngestReport($input: IngestArticleInput!) {\n    ingestArticle(input: $input) {\n      created\n      source { id }\n      proposedEvents { id }\n      matchedEvents { id }\n      matchedEvidence { event { id status needsReview } citations { id status passage source { id } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EventEvidence($id: ID!) {\n    node(id: $id) {\n      ... on Event { id status needsReview citations { id status source { id } } quotes { id status text } }\n    }\n  }\n"): (typeof documents)["\n  query EventEvidence($id: ID!) {\n    node(id: $id) {\n      ... on Event { id status needsReview citations { id status source { id } } quotes { id status text } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SearchEvents($search: String!) { events(filter: { search: $search }, first: 50) { nodes { id } } }"): (typeof documents)["query SearchEvents($search: String!) { events(filter: { search: $search }, first: 50) { nodes { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SourceNode($id: ID!) { node(id: $id) { id ... on Source { citations { id status } } } }"): (typeof documents)["query SourceNode($id: ID!) { node(id: $id) { id ... on Source { citations { id status } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SpeakerQuotes($search: String!) { actors(search: $search, first: 1) { nodes { quotes { id text status } } } }"): (typeof documents)["query SpeakerQuotes($search: String!) { actors(search: $search, first: 1) { nodes { quotes { id text status } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PublishEventCitation($id: ID!) { publishCitation(id: $id) { id status } }"): (typeof documents)["mutation PublishEventCitation($id: ID!) { publishCitation(id: $id) { id status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RejectEventCitation($id: ID!) { rejectCitation(id: $id) { id status } }"): (typeof documents)["mutation RejectEventCitation($id: ID!) { rejectCitation(id: $id) { id status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PublishEventWithEvidence($id: ID!) { publishEvent(id: $id) { id status needsReview } }"): (typeof documents)["mutation PublishEventWithEvidence($id: ID!) { publishEvent(id: $id) { id status needsReview } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddFeed($input: AddFeedInput!) {\n    addFeed(input: $input) { id url title timelineSlug lastPolledAt lastError }\n  }\n"): (typeof documents)["\n  mutation AddFeed($input: AddFeedInput!) {\n    addFeed(input: $input) { id url title timelineSlug lastPolledAt lastError }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Feeds { feeds { url title timelineSlug lastPolledAt lastError } }\n"): (typeof documents)["\n  query Feeds { feeds { url title timelineSlug lastPolledAt lastError } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportTimeline($input: ImportTimelineInput!) {\n    importTimeline(input: $input) {\n      timeline { slug title description eventCount }\n      events { id title kind status date { start end precision isRange display } citations { status source { url publisher title } } }\n      skipped { line message }\n      warnings { line message }\n    }\n  }\n"): (typeof documents)["\n  mutation ImportTimeline($input: ImportTimelineInput!) {\n    importTimeline(input: $input) {\n      timeline { slug title description eventCount }\n      events { id title kind status date { start end precision isRange display } citations { status source { url publisher title } } }\n      skipped { line message }\n      warnings { line message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ImportTestEvents($filter: EventFilter!, $first: Int) {\n    events(filter: $filter, first: $first) {\n      totalCount\n      nodes { title summary kind status date { start end precision isRange } citations { source { url } } }\n    }\n  }\n"): (typeof documents)["\n  query ImportTestEvents($filter: EventFilter!, $first: Int) {\n    events(filter: $filter, first: $first) {\n      totalCount\n      nodes { title summary kind status date { start end precision isRange } citations { source { url } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IngestRows($input: IngestArticleInput!) {\n    ingestArticle(input: $input) {\n      created\n      source { id title publishedOn }\n      proposedEvents { id status title }\n      matchedEvents { id needsReview }\n      matchedEvidence { event { id needsReview } citations { id status passageStart } }\n      proposedActors { id status }\n      proposedStances { stance { id status } citations { id status passageStart } }\n    }\n  }\n"): (typeof documents)["\n  mutation IngestRows($input: IngestArticleInput!) {\n    ingestArticle(input: $input) {\n      created\n      source { id title publishedOn }\n      proposedEvents { id status title }\n      matchedEvents { id needsReview }\n      matchedEvidence { event { id needsReview } citations { id status passageStart } }\n      proposedActors { id status }\n      proposedStances { stance { id status } citations { id status passageStart } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IngestUrl($input: IngestUrlInput!) {\n    ingestUrl(input: $input) {\n      created\n      warnings\n      source { id title publisher publishedOn url text }\n      proposedEvents { date { start precision } timelines { slug } }\n    }\n  }\n"): (typeof documents)["\n  mutation IngestUrl($input: IngestUrlInput!) {\n    ingestUrl(input: $input) {\n      created\n      warnings\n      source { id title publisher publishedOn url text }\n      proposedEvents { date { start precision } timelines { slug } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Ingest($input: IngestArticleInput!) {\n    ingestArticle(input: $input) {\n      created\n      warnings\n      source { id contentHash publisher publishedOn }\n      proposedEvents { id title kind status date { start end precision display } actors { role actor { name } } citations { passage passageStart passageEnd dateExpression source { id text } } quotes { text verb speaker { name } } timelines { slug } }\n      matchedEvents { id needsReview citations { source { id } } }\n      proposedActors { name status }\n    }\n  }\n"): (typeof documents)["\n  mutation Ingest($input: IngestArticleInput!) {\n    ingestArticle(input: $input) {\n      created\n      warnings\n      source { id contentHash publisher publishedOn }\n      proposedEvents { id title kind status date { start end precision display } actors { role actor { name } } citations { passage passageStart passageEnd dateExpression source { id text } } quotes { text verb speaker { name } } timelines { slug } }\n      matchedEvents { id needsReview citations { source { id } } }\n      proposedActors { name status }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PublicEvents($search: String) { events(filter: { search: $search }, first: 200) { nodes { id title } } }"): (typeof documents)["query PublicEvents($search: String) { events(filter: { search: $search }, first: 200) { nodes { id title } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation Publish($id: ID!) { publishEvent(id: $id) { id status } }"): (typeof documents)["mutation Publish($id: ID!) { publishEvent(id: $id) { id status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DraftEvents { events(filter: { statuses: [DRAFT] }, first: 50) { nodes { id title date { start } } } }"): (typeof documents)["query DraftEvents { events(filter: { statuses: [DRAFT] }, first: 50) { nodes { id title date { start } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EnqueueIngestion($input: EnqueueIngestionInput!) {\n    enqueueIngestion(input: $input) { id kind state url attempts lastError }\n  }\n"): (typeof documents)["\n  mutation EnqueueIngestion($input: EnqueueIngestionInput!) {\n    enqueueIngestion(input: $input) { id kind state url attempts lastError }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IngestionJobs($first: Int) {\n    ingestionJobs(first: $first) { id kind state url title attempts lastError finishedAt source { id url title } }\n  }\n"): (typeof documents)["\n  query IngestionJobs($first: Int) {\n    ingestionJobs(first: $first) { id kind state url title attempts lastError finishedAt source { id url title } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RetryIngestionJob($id: ID!) {\n    retryIngestionJob(id: $id) { id state lastError }\n  }\n"): (typeof documents)["\n  mutation RetryIngestionJob($id: ID!) {\n    retryIngestionJob(id: $id) { id state lastError }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FirstEvent { events(first: 1) { nodes { id } } }"): (typeof documents)["query FirstEvent { events(first: 1) { nodes { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ActorPage($first: Int, $after: String, $search: String) {\n    actors(first: $first, after: $after, search: $search) { totalCount nodes { id } pageInfo { hasNextPage endCursor } }\n  }\n"): (typeof documents)["\n  query ActorPage($first: Int, $after: String, $search: String) {\n    actors(first: $first, after: $after, search: $search) { totalCount nodes { id } pageInfo { hasNextPage endCursor } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SourcePage($first: Int, $after: String, $search: String) {\n    sources(first: $first, after: $after, search: $search) { totalCount nodes { id publishedOn } pageInfo { hasNextPage endCursor } }\n  }\n"): (typeof documents)["\n  query SourcePage($first: Int, $after: String, $search: String) {\n    sources(first: $first, after: $after, search: $search) { totalCount nodes { id publishedOn } pageInfo { hasNextPage endCursor } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription LiveDeskChanges($timeline: String) {\n    eventChanged(timeline: $timeline) { change id mergedFrom event { id title status date { display } } }\n  }\n"): (typeof documents)["\n  subscription LiveDeskChanges($timeline: String) {\n    eventChanged(timeline: $timeline) { change id mergedFrom event { id title status date { display } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LiveUpdate($id: ID!, $input: UpdateEventInput!) { updateEvent(id: $id, input: $input) { id } }"): (typeof documents)["mutation LiveUpdate($id: ID!, $input: UpdateEventInput!) { updateEvent(id: $id, input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LivePublish($id: ID!) { publishEvent(id: $id) { id } }"): (typeof documents)["mutation LivePublish($id: ID!) { publishEvent(id: $id) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LiveReject($id: ID!) { rejectEvent(id: $id) { id } }"): (typeof documents)["mutation LiveReject($id: ID!) { rejectEvent(id: $id) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription LiveStanceChanges($actor: ID) { stanceChanged(actor: $actor) { change id stance { id kind status actor { name } target { name } } } }"): (typeof documents)["subscription LiveStanceChanges($actor: ID) { stanceChanged(actor: $actor) { change id stance { id kind status actor { name } target { name } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LivePublishStance($id: ID!) { publishStance(id: $id) { id } }"): (typeof documents)["mutation LivePublishStance($id: ID!) { publishStance(id: $id) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription LiveTitles { eventChanged { change event { title } } }"): (typeof documents)["subscription LiveTitles { eventChanged { change event { title } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LiveRetitle($id: ID!) { updateEvent(id: $id, input: { title: \"After the restart\" }) { id } }"): (typeof documents)["mutation LiveRetitle($id: ID!) { updateEvent(id: $id, input: { title: \"After the restart\" }) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PageWithRelations($first: Int) {\n    events(first: $first) {\n      edges { node { id title date { display } actors { role actor { name } } citations { passage source { publisher } } quotes { text speaker { name } } timelines { slug } } }\n    }\n  }\n"): (typeof documents)["\n  query PageWithRelations($first: Int) {\n    events(first: $first) {\n      edges { node { id title date { display } actors { role actor { name } } citations { passage source { publisher } } quotes { text speaker { name } } timelines { slug } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ActorsWithRelations($first: Int) {\n    actors(first: $first) {\n      nodes { name events(first: 3) { totalCount nodes { title } } quotes { text } stances { kind } stancesTowards { kind } }\n    }\n    sources(first: $first) { nodes { title citations { passage } } }\n  }\n"): (typeof documents)["\n  query ActorsWithRelations($first: Int) {\n    actors(first: $first) {\n      nodes { name events(first: 3) { totalCount nodes { title } } quotes { text } stances { kind } stancesTowards { kind } }\n    }\n    sources(first: $first) { nodes { title citations { passage } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WindowEvents($filter: EventFilter, $first: Int, $after: String) {\n    events(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { cursor node { id title kind date { start end precision isRange display } actors { role actor { name } } citations { dateExpression passage passageStart passageEnd source { publisher url publishedOn } } quotes { text speaker { name } } timelines { slug } } }\n    }\n  }\n"): (typeof documents)["\n  query WindowEvents($filter: EventFilter, $first: Int, $after: String) {\n    events(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { cursor node { id title kind date { start end precision isRange display } actors { role actor { name } } citations { dateExpression passage passageStart passageEnd source { publisher url publishedOn } } quotes { text speaker { name } } timelines { slug } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ActorsByName($search: String) { actors(search: $search) { nodes { id name } } }"): (typeof documents)["query ActorsByName($search: String) { actors(search: $search) { nodes { id name } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query ActorSearch($search: String, $kind: ActorKind, $first: Int, $after: String) {\n      actors(search: $search, kind: $kind, first: $first, after: $after) {\n        totalCount pageInfo { hasNextPage endCursor }\n        nodes { id name kind aliases quotes { text } events(role: SPEAKER) { totalCount nodes { title } } stancesTowards { kind actor { name } sinceDisplay citations { passage source { publisher } } } }\n      }\n    }\n  "): (typeof documents)["\n    query ActorSearch($search: String, $kind: ActorKind, $first: Int, $after: String) {\n      actors(search: $search, kind: $kind, first: $first, after: $after) {\n        totalCount pageInfo { hasNextPage endCursor }\n        nodes { id name kind aliases quotes { text } events(role: SPEAKER) { totalCount nodes { title } } stancesTowards { kind actor { name } sinceDisplay citations { passage source { publisher } } } }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query Overview {\n        timelines { slug title eventCount start end }\n        sources(search: \"Fort Russ\") { totalCount nodes { id title publishedOn citations { passage } } }\n        stances(kind: SUPPORTS) { actor { name } target { name } }\n        eventHistogram(filter: { timeline: \"venezuela-crisis-2019\", from: \"2019-01-01\", to: \"2019-12-31\" }, buckets: 12) { from to count }\n      }\n    "): (typeof documents)["\n      query Overview {\n        timelines { slug title eventCount start end }\n        sources(search: \"Fort Russ\") { totalCount nodes { id title publishedOn citations { passage } } }\n        stances(kind: SUPPORTS) { actor { name } target { name } }\n        eventHistogram(filter: { timeline: \"venezuela-crisis-2019\", from: \"2019-01-01\", to: \"2019-12-31\" }, buckets: 12) { from to count }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NodeLookup($id: ID!) { node(id: $id) { __typename id ... on Source { title } } }"): (typeof documents)["query NodeLookup($id: ID!) { node(id: $id) { __typename id ... on Source { title } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Drafts($statuses: [ReviewStatus!]) { events(filter: { statuses: $statuses, search: \"Unreviewed\" }) { nodes { title status } } }"): (typeof documents)["query Drafts($statuses: [ReviewStatus!]) { events(filter: { statuses: $statuses, search: \"Unreviewed\" }) { nodes { title status } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query EventById($id: ID!) { event(id: $id) { title } }"): (typeof documents)["query EventById($id: ID!) { event(id: $id) { title } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReviewDrafts { events(filter: { statuses: [DRAFT] }) { nodes { id title } } }"): (typeof documents)["query ReviewDrafts { events(filter: { statuses: [DRAFT] }) { nodes { id title } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Update($id: ID!, $input: UpdateEventInput!) {\n    updateEvent(id: $id, input: $input) { id title kind date { start end precision isRange display } actors { role actor { name } } }\n  }\n"): (typeof documents)["\n  mutation Update($id: ID!, $input: UpdateEventInput!) {\n    updateEvent(id: $id, input: $input) { id title kind date { start end precision isRange display } actors { role actor { name } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MergeEv($keep: ID!, $merge: ID!) { mergeEvents(keep: $keep, merge: $merge) { id citations { passage } actors { actor { name } } } }"): (typeof documents)["mutation MergeEv($keep: ID!, $merge: ID!) { mergeEvents(keep: $keep, merge: $merge) { id citations { passage } actors { actor { name } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RejectEv($id: ID!) { rejectEvent(id: $id) { status } }"): (typeof documents)["mutation RejectEv($id: ID!) { rejectEvent(id: $id) { status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PublishEv($id: ID!) { publishEvent(id: $id) { status } }"): (typeof documents)["mutation PublishEv($id: ID!) { publishEvent(id: $id) { status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FindActor($search: String) { actors(search: $search) { nodes { id name status aliases } } }"): (typeof documents)["query FindActor($search: String) { actors(search: $search) { nodes { id name status aliases } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ConfirmA($id: ID!, $input: ConfirmActorInput) { confirmActor(id: $id, input: $input) { name status kind aliases } }"): (typeof documents)["mutation ConfirmA($id: ID!, $input: ConfirmActorInput) { confirmActor(id: $id, input: $input) { name status kind aliases } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MergeA($keep: ID!, $merge: ID!) { mergeActors(keep: $keep, merge: $merge) { name aliases events { totalCount } } }"): (typeof documents)["mutation MergeA($keep: ID!, $merge: ID!) { mergeActors(keep: $keep, merge: $merge) { name aliases events { totalCount } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IngestForStances($input: IngestArticleInput!) {\n    ingestArticle(input: $input) { created source { id } }\n  }\n"): (typeof documents)["\n  mutation IngestForStances($input: IngestArticleInput!) {\n    ingestArticle(input: $input) { created source { id } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StancesWithCitations($kind: StanceKind) {\n    stances(kind: $kind) {\n      id\n      actor { name }\n      target { name }\n      source { id publisher }\n      passage\n      citations { id status passage passageStart passageEnd source { id publisher publishedOn url text } }\n    }\n  }\n"): (typeof documents)["\n  query StancesWithCitations($kind: StanceKind) {\n    stances(kind: $kind) {\n      id\n      actor { name }\n      target { name }\n      source { id publisher }\n      passage\n      citations { id status passage passageStart passageEnd source { id publisher publishedOn url text } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ActorIdsForMerge($search: String!) { actors(search: $search) { nodes { id name } } }"): (typeof documents)["query ActorIdsForMerge($search: String!) { actors(search: $search) { nodes { id name } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MergeForStances($keep: ID!, $merge: ID!) { mergeActors(keep: $keep, merge: $merge) { name } }"): (typeof documents)["mutation MergeForStances($keep: ID!, $merge: ID!) { mergeActors(keep: $keep, merge: $merge) { name } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IngestStating($input: IngestArticleInput!) {\n    ingestArticle(input: $input) {\n      created\n      proposedStances {\n        stance { id status kind actor { name } target { name } }\n        citations { id status passage source { id } }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation IngestStating($input: IngestArticleInput!) {\n    ingestArticle(input: $input) {\n      created\n      proposedStances {\n        stance { id status kind actor { name } target { name } }\n        citations { id status passage source { id } }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReaderStances($actor: ID, $target: ID) {\n    stances(actor: $actor, target: $target) { id status actor { name } target { name } citations { id status source { id } } passage source { id } }\n  }\n"): (typeof documents)["\n  query ReaderStances($actor: ID, $target: ID) {\n    stances(actor: $actor, target: $target) { id status actor { name } target { name } citations { id status source { id } } passage source { id } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ActorStanceLists($search: String!) {\n    actors(search: $search, first: 1) {\n      nodes { id name stances { id status target { name } } stancesTowards { id status actor { name } } }\n    }\n  }\n"): (typeof documents)["\n  query ActorStanceLists($search: String!) {\n    actors(search: $search, first: 1) {\n      nodes { id name stances { id status target { name } } stancesTowards { id status actor { name } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query StanceNode($id: ID!) { node(id: $id) { id ... on Stance { status citations { id status } } } }"): (typeof documents)["query StanceNode($id: ID!) { node(id: $id) { id ... on Stance { status citations { id status } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PublishStanceForReview($id: ID!) { publishStance(id: $id) { id status citations { id status } } }"): (typeof documents)["mutation PublishStanceForReview($id: ID!) { publishStance(id: $id) { id status citations { id status } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RejectStanceForReview($id: ID!) { rejectStance(id: $id) { id status } }"): (typeof documents)["mutation RejectStanceForReview($id: ID!) { rejectStance(id: $id) { id status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PublishStanceCitationForReview($id: ID!) { publishStanceCitation(id: $id) { id status } }"): (typeof documents)["mutation PublishStanceCitationForReview($id: ID!) { publishStanceCitation(id: $id) { id status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RejectStanceCitationForReview($id: ID!) { rejectStanceCitation(id: $id) { id status } }"): (typeof documents)["mutation RejectStanceCitationForReview($id: ID!) { rejectStanceCitation(id: $id) { id status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ActorPageStances($first: Int!) { actors(first: $first) { nodes { stances { id citations { id } } stancesTowards { id } } } }\n"): (typeof documents)["\n  query ActorPageStances($first: Int!) { actors(first: $first) { nodes { stances { id citations { id } } stancesTowards { id } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Unreviewed($sourceId: ID!, $actorId: ID!) {\n    sources(search: \"Unreviewed Wire\", first: 10) { totalCount nodes { title } }\n    source(id: $sourceId) { title text citations { passage } }\n    sourceNode: node(id: $sourceId) { id }\n    actors(search: \"Ximena Draftsworth\") { totalCount nodes { name } }\n    actor(id: $actorId) { name }\n    actorNode: node(id: $actorId) { id }\n  }\n"): (typeof documents)["\n  query Unreviewed($sourceId: ID!, $actorId: ID!) {\n    sources(search: \"Unreviewed Wire\", first: 10) { totalCount nodes { title } }\n    source(id: $sourceId) { title text citations { passage } }\n    sourceNode: node(id: $sourceId) { id }\n    actors(search: \"Ximena Draftsworth\") { totalCount nodes { name } }\n    actor(id: $actorId) { name }\n    actorNode: node(id: $actorId) { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query HiddenActor { actors(search: \"Yolanda Unpublished\") { totalCount nodes { name } } }"): (typeof documents)["query HiddenActor { actors(search: \"Yolanda Unpublished\") { totalCount nodes { name } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation WebLivePublish($id: ID!) { publishEvent(id: $id) { id title } }"): (typeof documents)["mutation WebLivePublish($id: ID!) { publishEvent(id: $id) { id title } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation WebLiveRetitle($id: ID!, $title: String!) { updateEvent(id: $id, input: { title: $title }) { id } }"): (typeof documents)["mutation WebLiveRetitle($id: ID!, $title: String!) { updateEvent(id: $id, input: { title: $title }) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query WebLiveFirst($t: String!) { events(filter: { timeline: $t, from: \"2019-01-01\", to: \"2019-02-09\" }, first: 1) { nodes { id title } } }"): (typeof documents)["query WebLiveFirst($t: String!) { events(filter: { timeline: $t, from: \"2019-01-01\", to: \"2019-02-09\" }, first: 1) { nodes { id title } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query WebPlaygroundFirst { events(filter: { timeline: \"venezuela-crisis-2019\" }, first: 1) { nodes { id } } }"): (typeof documents)["query WebPlaygroundFirst { events(filter: { timeline: \"venezuela-crisis-2019\" }, first: 1) { nodes { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation WebPlaygroundRetitle($id: ID!, $title: String!) { updateEvent(id: $id, input: { title: $title }) { id } }"): (typeof documents)["mutation WebPlaygroundRetitle($id: ID!, $title: String!) { updateEvent(id: $id, input: { title: $title }) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebTestCitedBy($t: String!, $publishers: [String!], $countries: [String!]) {\n    events(filter: { timeline: $t, publishers: $publishers, publisherCountries: $countries }, first: 200) { totalCount nodes { title } }\n  }\n"): (typeof documents)["\n  query WebTestCitedBy($t: String!, $publishers: [String!], $countries: [String!]) {\n    events(filter: { timeline: $t, publishers: $publishers, publisherCountries: $countries }, first: 200) { totalCount nodes { title } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query WebTestActors($s: String!) { actors(search: $s) { nodes { id name } } }"): (typeof documents)["query WebTestActors($s: String!) { actors(search: $s) { nodes { id name } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebTestTimelineEvents($t: String!, $first: Int) {\n    events(filter: { timeline: $t }, first: $first) { nodes { id title date { start end } actors { actor { id } } } }\n  }\n"): (typeof documents)["\n  query WebTestTimelineEvents($t: String!, $first: Int) {\n    events(filter: { timeline: $t }, first: $first) { nodes { id title date { start end } actors { actor { id } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TimelineJsTestEvents($t: String!, $first: Int) {\n    events(filter: { timeline: $t }, first: $first) { totalCount nodes { id title date { start end precision isRange display } } }\n  }\n"): (typeof documents)["\n  query TimelineJsTestEvents($t: String!, $first: Int) {\n    events(filter: { timeline: $t }, first: $first) { totalCount nodes { id title date { start end precision isRange display } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query WebTestHostileIds($s: String!) { actors(search: $s) { nodes { id events { nodes { id } } } } }"): (typeof documents)["query WebTestHostileIds($s: String!) { actors(search: $s) { nodes { id events { nodes { id } } } } }"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;