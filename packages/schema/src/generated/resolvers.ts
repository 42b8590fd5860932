import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { Event as EventModel, Actor as ActorModel, Citation as CitationModel, Quote as QuoteModel, Stance as StanceModel, StanceCitation as StanceCitationModel, Timeline as TimelineModel, EventActor as EventActorModel } from '@chronicle/db';
import type { SourceParent, EventDateParent, EventConnectionParent, ActorConnectionParent, SourceConnectionParent, EventEdgeParent, ActorEdgeParent, SourceEdgeParent } from '../mappers';
export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null | undefined;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /**
   * A calendar day, `YYYY-MM-DD`. Dates in chronicle carry a precision beside
   * them: a `Date` alone never claims to be more exact than its precision says.
   */
  Date: { input: Date; output: Date; }
  /** An instant, ISO 8601 with time zone. */
  DateTime: { input: Date; output: Date; }
};

export type Actor = Node & {
  __typename?: 'Actor';
  /** Other names the actor goes by in the news ("Ryabkov", "deputy foreign minister of Russia"). */
  aliases: Array<Scalars['String']['output']>;
  /** ISO 3166-1 alpha-2. */
  country?: Maybe<Scalars['String']['output']>;
  description: Scalars['String']['output'];
  /** Events the actor takes part in, in time order; published only unless the viewer is an editor. */
  events: EventConnection;
  id: Scalars['ID']['output'];
  kind: ActorKind;
  name: Scalars['String']['output'];
  /** What the actor said, in time order of the events. */
  quotes: Array<Quote>;
  /** Stable readable key ("sergei-ryabkov"). */
  slug: Scalars['String']['output'];
  /** Stances this actor holds. */
  stances: Array<Stance>;
  /** Stances others hold towards this actor. */
  stancesTowards: Array<Stance>;
  status: ActorStatus;
};


export type ActorEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  role?: InputMaybe<ActorRole>;
};

export type ActorConnection = {
  __typename?: 'ActorConnection';
  edges: Array<ActorEdge>;
  nodes: Array<Actor>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ActorEdge = {
  __typename?: 'ActorEdge';
  cursor: Scalars['String']['output'];
  node: Actor;
};

export type ActorKind =
  | 'COUNTRY'
  | 'GROUP'
  | 'ORGANIZATION'
  | 'PERSON';

export type ActorRole =
  | 'PARTICIPANT'
  | 'SPEAKER'
  | 'SUBJECT'
  | 'TARGET';

/** Actors proposed by ingestion wait for an editor's confirmation. */
export type ActorStatus =
  | 'CONFIRMED'
  | 'PROPOSED';

export type AddFeedInput = {
  /** Slug of the timeline the proposed events join; none when omitted. */
  timeline?: InputMaybe<Scalars['String']['input']>;
  /** http(s) address of the feed itself (not of the site). */
  url: Scalars['String']['input'];
};

/** What happened to an event or a stance. */
export type ChangeKind =
  /** New (ingestion proposes drafts; an import writes published events). */
  | 'CREATED'
  /** It no longer exists (an actor merge folded a stance into another). */
  | 'DELETED'
  /** Another record of the same happening was merged into it (see `mergedFrom`). */
  | 'MERGED'
  | 'PUBLISHED'
  | 'REJECTED'
  /** Its fields, actors or evidence changed. */
  | 'UPDATED';

/** The passage of a source that backs an event. */
export type Citation = {
  __typename?: 'Citation';
  /** The date as the source wrote it ("On Tuesday"). */
  dateExpression?: Maybe<Scalars['String']['output']>;
  event: Event;
  id: Scalars['ID']['output'];
  passage?: Maybe<Scalars['String']['output']>;
  /** End offset, exclusive. */
  passageEnd?: Maybe<Scalars['Int']['output']>;
  /** Offset of the passage in the source text (UTF-16 code units); null when the text is not held. */
  passageStart?: Maybe<Scalars['Int']['output']>;
  /** That date resolved against the source's publication day; null when the source dates nothing itself. */
  resolvedDate?: Maybe<EventDate>;
  source: Source;
  /**
   * Readers only ever meet PUBLISHED citations. A further article's citation of
   * an event is a draft until an editor accepts it; a new event's go public with it.
   */
  status: ReviewStatus;
};

export type ConfirmActorInput = {
  aliases?: InputMaybe<Array<Scalars['String']['input']>>;
  description?: InputMaybe<Scalars['String']['input']>;
  kind?: InputMaybe<ActorKind>;
  name?: InputMaybe<Scalars['String']['input']>;
};

/** How precisely a date is known. */
export type DatePrecision =
  | 'DAY'
  | 'MONTH'
  /** An ISO week, Monday to Sunday. */
  | 'WEEK'
  | 'YEAR';

/** An article for the queue: its link (fetched by a worker) or its text. */
export type EnqueueIngestionInput = {
  /** Publication day: required with text; for a link, used only when the page states none. */
  publishedOn?: InputMaybe<Scalars['Date']['input']>;
  publisher?: InputMaybe<Scalars['String']['input']>;
  /** The article's text; when given, nothing is fetched (url is only recorded). */
  text?: InputMaybe<Scalars['String']['input']>;
  /** Slug of the timeline the proposed events join. */
  timeline?: InputMaybe<Scalars['String']['input']>;
  title?: InputMaybe<Scalars['String']['input']>;
  /** http(s) address of the article. Without text, a worker fetches the page. */
  url?: InputMaybe<Scalars['String']['input']>;
};

export type Event = Node & {
  __typename?: 'Event';
  actors: Array<EventActor>;
  /** Published citations only unless the viewer is an editor. */
  citations: Array<Citation>;
  /** ISO 3166-1 alpha-2. */
  country?: Maybe<Scalars['String']['output']>;
  createdAt: Scalars['DateTime']['output'];
  date: EventDate;
  /**
   * True when the sources resolve the event to different dates or precisions
   * (one says "23 and 24 March", another "Saturday"): each citation's
   * `resolvedDate` says which. Counts the citations the viewer sees.
   */
  dateDisagreement: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  /** An editor marked it a key event of its timeline (`updateEvent(input: { isKey: true })`). */
  isKey: Scalars['Boolean']['output'];
  kind: EventKind;
  /** Ingestion attached a further citation that an editor should look at. */
  needsReview: Scalars['Boolean']['output'];
  place?: Maybe<Scalars['String']['output']>;
  /** Published quotes only unless the viewer is an editor. */
  quotes: Array<Quote>;
  /**
   * How much the event weighs, from its evidence: one per distinct publisher
   * citing it, one per quote (at most three), ten for a key event. The timeline
   * never folds a heavier event into a cluster behind lighter ones.
   */
  salience: Scalars['Int']['output'];
  status: ReviewStatus;
  summary: Scalars['String']['output'];
  timelines: Array<Timeline>;
  title: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
};

/** An actor's part in an event. */
export type EventActor = {
  __typename?: 'EventActor';
  actor: Actor;
  role: ActorRole;
};

export type EventActorInput = {
  actor: Scalars['ID']['input'];
  role: ActorRole;
};

/**
 * An event changed. Readers receive changes of events they may read, and the
 * change that takes one away from them (REJECTED, with `event` null); drafts
 * reach editors only.
 */
export type EventChange = {
  __typename?: 'EventChange';
  change: ChangeKind;
  /** The event as the subscriber may read it now; null when it is gone or no longer visible to them. */
  event?: Maybe<Event>;
  /** Global ID of the event that changed, also when the subscriber may no longer read it. */
  id: Scalars['ID']['output'];
  /** MERGED: the global ID of the event merged into this one, which no longer exists. */
  mergedFrom?: Maybe<Scalars['ID']['output']>;
};

export type EventConnection = {
  __typename?: 'EventConnection';
  edges: Array<EventEdge>;
  nodes: Array<Event>;
  pageInfo: PageInfo;
  /** Events matching the filter, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/**
 * When an event happened, as precisely as it is known. An event of "June 2019"
 * has start 2019-06-01, end 2019-06-30, precision MONTH and display "June 2019".
 */
export type EventDate = {
  __typename?: 'EventDate';
  /** For people: "23 January 2019", "June 2019", "2019", "7 – 14 March 2019". */
  display: Scalars['String']['output'];
  /** Last day of the span, inclusive. */
  end: Scalars['Date']['output'];
  /** True when the event runs over several periods (from March to May). */
  isRange: Scalars['Boolean']['output'];
  precision: DatePrecision;
  /** First day of the span. */
  start: Scalars['Date']['output'];
};

export type EventEdge = {
  __typename?: 'EventEdge';
  cursor: Scalars['String']['output'];
  node: Event;
};

export type EventFilter = {
  /** Events involving any of these actors (global IDs). */
  actors?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** First day of the window. Events whose span meets [from, to] match, so a MONTH event matches any window touching its month. */
  from?: InputMaybe<Scalars['Date']['input']>;
  kinds?: InputMaybe<Array<EventKind>>;
  /** Events cited by a publisher of any of these countries (ISO 3166-1 alpha-2). */
  publisherCountries?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Events cited by any of these publishers (exact names, as `publishers` lists them), through citations the viewer sees. */
  publishers?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Full text over titles, summaries and quotes; web-search syntax ("a phrase", -word, or). */
  search?: InputMaybe<Scalars['String']['input']>;
  /** Defaults to PUBLISHED. Other statuses need an editor's token. */
  statuses?: InputMaybe<Array<ReviewStatus>>;
  /** Slug of a timeline ("venezuela-crisis-2019"). */
  timeline?: InputMaybe<Scalars['String']['input']>;
  /** Last day of the window, inclusive. */
  to?: InputMaybe<Scalars['Date']['input']>;
};

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

/** An RSS, Atom or JSON feed a timeline follows: workers poll it and queue each new item for ingestion. */
export type Feed = {
  __typename?: 'Feed';
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  /** Why the last poll failed; null when it worked. */
  lastError?: Maybe<Scalars['String']['output']>;
  lastPolledAt?: Maybe<Scalars['DateTime']['output']>;
  /** Slug of the timeline its articles' events join; null for none. */
  timelineSlug?: Maybe<Scalars['String']['output']>;
  /** The feed's own title. */
  title?: Maybe<Scalars['String']['output']>;
  url: Scalars['String']['output'];
};

export type HistogramBucket = {
  __typename?: 'HistogramBucket';
  /** Events whose span meets the bucket. */
  count: Scalars['Int']['output'];
  from: Scalars['Date']['output'];
  /** Last day of the bucket, inclusive. */
  to: Scalars['Date']['output'];
};

/** A row of an imported file that was left out, or imported with something to check. */
export type ImportProblem = {
  __typename?: 'ImportProblem';
  /** Line of the file where the row starts (1 is the first line). */
  line: Scalars['Int']['output'];
  message: Scalars['String']['output'];
};

export type ImportTimelineInput = {
  /** The whole file, as text. */
  content: Scalars['String']['input'];
  /** Read from the content when left out: a file starting with `{` is TimelineJS JSON, anything else CSV. */
  format?: InputMaybe<TimelineFileFormat>;
  /** Slug of the new timeline (lower-case letters, digits and dashes). A timeline of that slug must not exist yet. */
  timeline: Scalars['String']['input'];
  /** Title of the new timeline; defaults to the file's title slide, else the slug. */
  title?: InputMaybe<Scalars['String']['input']>;
};

export type ImportTimelinePayload = {
  __typename?: 'ImportTimelinePayload';
  /** The events made, all DRAFT until an editor publishes them, in the file's order. */
  events: Array<Event>;
  /** Rows that were not imported. Each row is written whole or not at all. */
  skipped: Array<ImportProblem>;
  timeline: Timeline;
  /** Rows imported with a caveat (a group that matched no kind became OTHER, a time of day was dropped). */
  warnings: Array<ImportProblem>;
};

/** An article to turn into proposed events. */
export type IngestArticleInput = {
  /** BCP 47 language tag; defaults to en. */
  language?: InputMaybe<Scalars['String']['input']>;
  /** Publication day; relative dates ("on Tuesday") are resolved against it. Not in the future. */
  publishedOn: Scalars['Date']['input'];
  publisher?: InputMaybe<Scalars['String']['input']>;
  /** Plain text of the article, at most 200,000 characters. */
  text: Scalars['String']['input'];
  /** Slug of the timeline the proposed events join ("venezuela-crisis-2019"); none when omitted. */
  timeline?: InputMaybe<Scalars['String']['input']>;
  title?: InputMaybe<Scalars['String']['input']>;
  /** http(s) address of the article. */
  url?: InputMaybe<Scalars['String']['input']>;
};

export type IngestArticlePayload = {
  __typename?: 'IngestArticlePayload';
  /** False when the same text was ingested before: nothing new was written. */
  created: Scalars['Boolean']['output'];
  /** Existing events the article also reports: a citation was added and they are flagged for review. */
  matchedEvents: Array<Event>;
  /** The same events, each with this article's citations of it (DRAFT until accepted). */
  matchedEvidence: Array<MatchedEvent>;
  /** New actors found in the text, waiting for confirmation. */
  proposedActors: Array<Actor>;
  /** Draft events proposed from the article. */
  proposedEvents: Array<Event>;
  /** Stances the article states: new ones as DRAFT stances, known ones with this article's citation as a DRAFT. */
  proposedStances: Array<ProposedStance>;
  source: Source;
  /** Things an editor should know (unresolved dates, …). */
  warnings: Array<Scalars['String']['output']>;
};

/** A web page to ingest: chronicle fetches it and takes the article and its metadata out of the HTML. */
export type IngestUrlInput = {
  /** Publication day, used only when the page states none (the page's own date wins). Without either, the page is refused. */
  publishedOn?: InputMaybe<Scalars['Date']['input']>;
  /** Slug of the timeline the proposed events join; none when omitted. */
  timeline?: InputMaybe<Scalars['String']['input']>;
  /** http(s) address of the article. Private, loopback and link-local addresses are refused. */
  url: Scalars['String']['input'];
};

/** An article waiting to be ingested, being ingested, or done, on the job queue that workers run. */
export type IngestionJob = {
  __typename?: 'IngestionJob';
  /** Attempts started so far; a job is tried up to 5 times, with growing pauses between. */
  attempts: Scalars['Int']['output'];
  createdAt: Scalars['DateTime']['output'];
  /** When it was DONE or FAILED. */
  finishedAt?: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  kind: IngestionJobKind;
  /** Why the last attempt failed; null unless RETRYING or FAILED. */
  lastError?: Maybe<Scalars['String']['output']>;
  /** The source written, or found again when the article was ingested before; null until DONE. */
  source?: Maybe<Source>;
  state: IngestionJobState;
  /** The title given with the text; null for a page until it is ingested. */
  title?: Maybe<Scalars['String']['output']>;
  /** The page to fetch, or the address given with the text. */
  url?: Maybe<Scalars['String']['output']>;
};

export type IngestionJobKind =
  /** Ingests text given with the job. */
  | 'TEXT'
  /** Fetches a web page and ingests the article on it. */
  | 'URL';

/** Where an ingestion job stands. */
export type IngestionJobState =
  | 'CANCELLED'
  | 'DONE'
  /** Failed for good: the last attempt's error says why. retryIngestionJob runs it again. */
  | 'FAILED'
  /** Waiting for a worker. */
  | 'QUEUED'
  /** An attempt failed for a reason that may pass (a server down, a time-out); it will be tried again. */
  | 'RETRYING'
  | 'RUNNING';

/** An event already on file that an article also reports, and the passages of that article that report it. */
export type MatchedEvent = {
  __typename?: 'MatchedEvent';
  /** This article's citations of the event (DRAFT until accepted); its quotes follow them. */
  citations: Array<Citation>;
  event: Event;
};

export type Mutation = {
  __typename?: 'Mutation';
  /**
   * Subscribes a timeline to a feed, after fetching it once to check that it is one. Adding a feed again changes only
   * its timeline; items already seen stay seen. Its items are queued at the next poll.
   */
  addFeed: Feed;
  confirmActor: Actor;
  /** Queues an article for the workers and answers at once; ingestionJobs shows how it went. */
  enqueueIngestion: IngestionJob;
  /**
   * Makes a new timeline from a TimelineJS JSON file or a TimelineJS Google Sheets
   * CSV. Dates keep their precision (a row with only Year and Month is a MONTH
   * event), media URLs become sources, groups become kinds where they match.
   * Malformed rows are skipped and listed with their line; the rest are imported.
   * A file with no importable row is refused (BAD_USER_INPUT) and nothing is written.
   */
  importTimeline: ImportTimelinePayload;
  /** Stores the article, its proposed events and the stances it states as drafts, in one transaction. Ingesting the same text again changes nothing. */
  ingestArticle: IngestArticlePayload;
  /**
   * Fetches the page, takes out its text, title, publisher, publication day and canonical address, then ingests it as
   * ingestArticle does. The same address (or its canonical address) or the same text again writes nothing new.
   */
  ingestUrl: IngestArticlePayload;
  /** Points everything of `merge` at `keep`, keeps its names as aliases, and deletes `merge`. */
  mergeActors: Actor;
  /** Moves citations, quotes, actors and timelines of `merge` onto `keep` and deletes `merge`. */
  mergeEvents: Event;
  /** Does nothing; says whether the token is an editor's. Handy to check a token. */
  ping: Viewer;
  /** Accepts one citation of an event, and its article's quotes of that event: readers see them once the event is published. */
  publishCitation: Citation;
  /** Publishes an event and its draft citations and quotes. It needs at least one citation that is not rejected. */
  publishEvent: Event;
  /** Publishes a stance and its draft citations. It needs at least one citation that is not rejected. */
  publishStance: Stance;
  /** Accepts one citation (a StanceCitation ID): readers see it once its stance is published. */
  publishStanceCitation: StanceCitation;
  /** Rejects one citation of an event, and its article's quotes of that event. The last published citation of a published event cannot be rejected: reject the event. */
  rejectCitation: Citation;
  rejectEvent: Event;
  /** Takes a stance from readers; its citations stay as they are, so it can be published again. */
  rejectStance: Stance;
  /** Rejects one citation. The last published citation of a published stance cannot be rejected: reject the stance. */
  rejectStanceCitation: StanceCitation;
  /** Runs a FAILED (or CANCELLED) job again, as a new job with the same input; the failed one stays in the list. */
  retryIngestionJob: IngestionJob;
  updateEvent: Event;
};


export type MutationAddFeedArgs = {
  input: AddFeedInput;
};


export type MutationConfirmActorArgs = {
  id: Scalars['ID']['input'];
  input?: InputMaybe<ConfirmActorInput>;
};


export type MutationEnqueueIngestionArgs = {
  input: EnqueueIngestionInput;
};


export type MutationImportTimelineArgs = {
  input: ImportTimelineInput;
};


export type MutationIngestArticleArgs = {
  input: IngestArticleInput;
};


export type MutationIngestUrlArgs = {
  input: IngestUrlInput;
};


export type MutationMergeActorsArgs = {
  keep: Scalars['ID']['input'];
  merge: Scalars['ID']['input'];
};


export type MutationMergeEventsArgs = {
  keep: Scalars['ID']['input'];
  merge: Scalars['ID']['input'];
};


export type MutationPublishCitationArgs = {
  id: Scalars['ID']['input'];
};


export type MutationPublishEventArgs = {
  id: Scalars['ID']['input'];
};


export type MutationPublishStanceArgs = {
  id: Scalars['ID']['input'];
};


export type MutationPublishStanceCitationArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRejectCitationArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRejectEventArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRejectStanceArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRejectStanceCitationArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRetryIngestionJobArgs = {
  id: Scalars['ID']['input'];
};


export type MutationUpdateEventArgs = {
  id: Scalars['ID']['input'];
  input: UpdateEventInput;
};

/** Anything with a global, opaque ID that `node(id:)` can fetch again. */
export type Node = {
  id: Scalars['ID']['output'];
};

/** Relay pagination state of a connection. */
export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
  hasPreviousPage: Scalars['Boolean']['output'];
  startCursor?: Maybe<Scalars['String']['output']>;
};

/** A stance an article states, and the passages of that article that state it. */
export type ProposedStance = {
  __typename?: 'ProposedStance';
  /** This article's citations of the stance (DRAFT until accepted). */
  citations: Array<StanceCitation>;
  /** DRAFT when the article is the first to state it; otherwise as it was. */
  stance: Stance;
};

/** A publisher, as its sources name it, and how many events of a timeline it cites. */
export type Publisher = {
  __typename?: 'Publisher';
  /** ISO 3166-1 alpha-2, where known. */
  country?: Maybe<Scalars['String']['output']>;
  /** Published events (of the timeline asked for) that cite it. */
  eventCount: Scalars['Int']['output'];
  name: Scalars['String']['output'];
};

export type Query = {
  __typename?: 'Query';
  actor?: Maybe<Actor>;
  /**
   * Actors by name or alias (case- and accent-insensitive), alphabetical. `first` is at most 200.
   * `status: PROPOSED` lists the actors ingestion found that wait for an editor.
   */
  actors: ActorConnection;
  event?: Maybe<Event>;
  /**
   * Event counts per bucket over [filter.from, filter.to] (both required), for
   * a zoomed-out timeline. `buckets` is 1 to 500.
   */
  eventHistogram: Array<HistogramBucket>;
  /**
   * Events in time order. `first` is at most 200 (asking for more is a
   * BAD_USER_INPUT error); page on with `after: pageInfo.endCursor`.
   */
  events: EventConnection;
  /** Every feed followed, oldest first (editors only). */
  feeds: Array<Feed>;
  /** The most recent ingestion jobs, newest first (1 to 100; editors only). */
  ingestionJobs: Array<IngestionJob>;
  /** Fetches any object by its global ID. */
  node?: Maybe<Node>;
  /** Publishers citing published events of a timeline (all timelines when omitted), most events first; at most 200. */
  publishers: Array<Publisher>;
  source?: Maybe<Source>;
  /** Sources, newest publication first; `search` matches title and publisher. `first` is at most 200. */
  sources: SourceConnection;
  /** Stances held by `actor`, or towards `target` (global IDs); all when both are omitted. Published only unless the viewer is an editor. */
  stances: Array<Stance>;
  timeline?: Maybe<Timeline>;
  timelines: Array<Timeline>;
  viewer: Viewer;
};


export type QueryActorArgs = {
  id: Scalars['ID']['input'];
};


export type QueryActorsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  kind?: InputMaybe<ActorKind>;
  search?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<ActorStatus>;
};


export type QueryEventArgs = {
  id: Scalars['ID']['input'];
};


export type QueryEventHistogramArgs = {
  buckets?: InputMaybe<Scalars['Int']['input']>;
  filter: EventFilter;
};


export type QueryEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<EventFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryIngestionJobsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryNodeArgs = {
  id: Scalars['ID']['input'];
};


export type QueryPublishersArgs = {
  timeline?: InputMaybe<Scalars['String']['input']>;
};


export type QuerySourceArgs = {
  id: Scalars['ID']['input'];
};


export type QuerySourcesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
};


export type QueryStancesArgs = {
  actor?: InputMaybe<Scalars['ID']['input']>;
  kind?: InputMaybe<StanceKind>;
  target?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryTimelineArgs = {
  slug: Scalars['String']['input'];
};

export type Quote = Node & {
  __typename?: 'Quote';
  event: Event;
  id: Scalars['ID']['output'];
  source?: Maybe<Source>;
  speaker?: Maybe<Actor>;
  /** Readers only ever meet PUBLISHED quotes: a quote follows its article's citation of the event. */
  status: ReviewStatus;
  text: Scalars['String']['output'];
  /** The verb that introduced the quote ("said", "warned"). */
  verb?: Maybe<Scalars['String']['output']>;
};

export type ReviewStatus =
  | 'DRAFT'
  | 'PUBLISHED'
  | 'REJECTED';

/** An article or document that events are cited from. */
export type Source = Node & {
  __typename?: 'Source';
  citations: Array<Citation>;
  /** sha256 of the normalised text: the same article is never stored twice. */
  contentHash: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  /** BCP 47 language tag. */
  language: Scalars['String']['output'];
  publishedOn?: Maybe<Scalars['Date']['output']>;
  publisher?: Maybe<Scalars['String']['output']>;
  /** ISO 3166-1 alpha-2 of the publisher, where known. */
  publisherCountry?: Maybe<Scalars['String']['output']>;
  /** Full text, when chronicle holds it. */
  text?: Maybe<Scalars['String']['output']>;
  title: Scalars['String']['output'];
  url?: Maybe<Scalars['String']['output']>;
};

export type SourceConnection = {
  __typename?: 'SourceConnection';
  edges: Array<SourceEdge>;
  nodes: Array<Source>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type SourceEdge = {
  __typename?: 'SourceEdge';
  cursor: Scalars['String']['output'];
  node: Source;
};

/**
 * Actor supports / opposes / recognizes target, since when, according to which
 * sources. Stances stated by ingested articles are drafts until an editor
 * publishes them: readers see published stances only.
 */
export type Stance = Node & {
  __typename?: 'Stance';
  actor: Actor;
  /** Every source that states the stance, earliest published first; published citations only unless the viewer is an editor. */
  citations: Array<StanceCitation>;
  /**
   * Stances of the same actor towards the same target that say the opposite
   * (supports or recognizes against opposes), as the viewer may see them: where
   * sources disagree on who backs whom, both accounts stand side by side. Empty
   * when no source contradicts this one.
   */
  contestedBy: Array<Stance>;
  id: Scalars['ID']['output'];
  kind: StanceKind;
  /**
   * The passage of the earliest citation.
   * @deprecated A stance can have several sources: use `citations`.
   */
  passage?: Maybe<Scalars['String']['output']>;
  since?: Maybe<Scalars['Date']['output']>;
  /** "23 January 2019", "November 2019"; null when unknown. */
  sinceDisplay?: Maybe<Scalars['String']['output']>;
  sincePrecision?: Maybe<DatePrecision>;
  /**
   * The source of the earliest citation.
   * @deprecated A stance can have several sources: use `citations`.
   */
  source?: Maybe<Source>;
  /** Readers only ever meet PUBLISHED stances. */
  status: ReviewStatus;
  target: Actor;
};

/** A stance changed; the same visibility as `EventChange`. */
export type StanceChange = {
  __typename?: 'StanceChange';
  change: ChangeKind;
  id: Scalars['ID']['output'];
  /** The stance as the subscriber may read it now; null when it is gone or no longer visible to them. */
  stance?: Maybe<Stance>;
};

/**
 * The passage of a source that states a stance. A further article's citation of
 * a stance is a draft until an editor accepts it.
 */
export type StanceCitation = {
  __typename?: 'StanceCitation';
  id: Scalars['ID']['output'];
  passage?: Maybe<Scalars['String']['output']>;
  /** End offset, exclusive. */
  passageEnd?: Maybe<Scalars['Int']['output']>;
  /** Offset of the passage in the source text (UTF-16 code units); null when the text is not held. */
  passageStart?: Maybe<Scalars['Int']['output']>;
  source: Source;
  /** Readers only ever meet PUBLISHED citations. */
  status: ReviewStatus;
};

export type StanceKind =
  | 'OPPOSES'
  | 'RECOGNIZES'
  | 'SUPPORTS';

/**
 * Live changes, over WebSocket (the graphql-ws protocol) at the same address as
 * /graphql. An editor sends `{ "authorization": "Bearer <token>" }` as the
 * connection parameters.
 */
export type Subscription = {
  __typename?: 'Subscription';
  /** Changes of events on the timeline with this slug; of every event when omitted. */
  eventChanged: EventChange;
  /** Changes of stances held by or towards `actor` (a global ID); of every stance when omitted. */
  stanceChanged: StanceChange;
};


/**
 * Live changes, over WebSocket (the graphql-ws protocol) at the same address as
 * /graphql. An editor sends `{ "authorization": "Bearer <token>" }` as the
 * connection parameters.
 */
export type SubscriptionEventChangedArgs = {
  timeline?: InputMaybe<Scalars['String']['input']>;
};


/**
 * Live changes, over WebSocket (the graphql-ws protocol) at the same address as
 * /graphql. An editor sends `{ "authorization": "Bearer <token>" }` as the
 * connection parameters.
 */
export type SubscriptionStanceChangedArgs = {
  actor?: InputMaybe<Scalars['ID']['input']>;
};

/** A named collection of events; an event can belong to several. */
export type Timeline = Node & {
  __typename?: 'Timeline';
  description: Scalars['String']['output'];
  end?: Maybe<Scalars['Date']['output']>;
  /** Published events on the timeline. */
  eventCount: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  slug: Scalars['String']['output'];
  /** First and last day of its published events; null when it has none. */
  start?: Maybe<Scalars['Date']['output']>;
  title: Scalars['String']['output'];
};

/** A file that importTimeline reads. */
export type TimelineFileFormat =
  /** CSV in the TimelineJS Google Sheets template's columns (Year, Month, Day, …, Headline, Text, Media, Group). */
  | 'TIMELINEJS_CSV'
  /** Knight Lab TimelineJS JSON: `{ title, events: [{ start_date, end_date, text, media, group }] }`. */
  | 'TIMELINEJS_JSON';

/** Fields to change on an event; omitted fields stay as they are. */
export type UpdateEventInput = {
  /** Replaces the event's actors. */
  actors?: InputMaybe<Array<EventActorInput>>;
  country?: InputMaybe<Scalars['String']['input']>;
  /** For ranges: a day in the last period. Null for a single period. */
  end?: InputMaybe<Scalars['Date']['input']>;
  /** Marks (or unmarks) a key event: it weighs most in salience, so the timeline never folds it into a cluster. */
  isKey?: InputMaybe<Scalars['Boolean']['input']>;
  kind?: InputMaybe<EventKind>;
  place?: InputMaybe<Scalars['String']['input']>;
  precision?: InputMaybe<DatePrecision>;
  /** First day of the period the event is known to (any day inside it; it is moved to the period's start). */
  start?: InputMaybe<Scalars['Date']['input']>;
  summary?: InputMaybe<Scalars['String']['input']>;
  title?: InputMaybe<Scalars['String']['input']>;
};

/** Who is asking. Editors see drafts and may change data. */
export type Viewer = {
  __typename?: 'Viewer';
  isEditor: Scalars['Boolean']['output'];
  /** The name of the API token in use, for editors. */
  tokenName?: Maybe<Scalars['String']['output']>;
};



export type ResolverTypeWrapper<T> = Promise<T> | T;


export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;




/** Mapping of interface types */
export type ResolversInterfaceTypes<_RefType extends Record<string, unknown>> = {
  Node:
    | ( ActorModel & { __typename: 'Actor' } )
    | ( EventModel & { __typename: 'Event' } )
    | ( QuoteModel & { __typename: 'Quote' } )
    | ( SourceParent & { __typename: 'Source' } )
    | ( StanceModel & { __typename: 'Stance' } )
    | ( TimelineModel & { __typename: 'Timeline' } )
  ;
};

/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  Actor: ResolverTypeWrapper<ActorModel>;
  ActorConnection: ResolverTypeWrapper<ActorConnectionParent>;
  ActorEdge: ResolverTypeWrapper<ActorEdgeParent>;
  ActorKind: ActorKind;
  ActorRole: ActorRole;
  ActorStatus: ActorStatus;
  AddFeedInput: AddFeedInput;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  ChangeKind: ChangeKind;
  Citation: ResolverTypeWrapper<CitationModel>;
  ConfirmActorInput: ConfirmActorInput;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DatePrecision: DatePrecision;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  EnqueueIngestionInput: EnqueueIngestionInput;
  Event: ResolverTypeWrapper<EventModel>;
  EventActor: ResolverTypeWrapper<EventActorModel>;
  EventActorInput: EventActorInput;
  EventChange: ResolverTypeWrapper<Omit<EventChange, 'event'> & { event?: Maybe<ResolversTypes['Event']> }>;
  EventConnection: ResolverTypeWrapper<EventConnectionParent>;
  EventDate: ResolverTypeWrapper<EventDateParent>;
  EventEdge: ResolverTypeWrapper<EventEdgeParent>;
  EventFilter: EventFilter;
  EventKind: EventKind;
  Feed: ResolverTypeWrapper<Feed>;
  HistogramBucket: ResolverTypeWrapper<HistogramBucket>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  ImportProblem: ResolverTypeWrapper<ImportProblem>;
  ImportTimelineInput: ImportTimelineInput;
  ImportTimelinePayload: ResolverTypeWrapper<Omit<ImportTimelinePayload, 'events' | 'timeline'> & { events: Array<ResolversTypes['Event']>, timeline: ResolversTypes['Timeline'] }>;
  IngestArticleInput: IngestArticleInput;
  IngestArticlePayload: ResolverTypeWrapper<Omit<IngestArticlePayload, 'matchedEvents' | 'matchedEvidence' | 'proposedActors' | 'proposedEvents' | 'proposedStances' | 'source'> & { matchedEvents: Array<ResolversTypes['Event']>, matchedEvidence: Array<ResolversTypes['MatchedEvent']>, proposedActors: Array<ResolversTypes['Actor']>, proposedEvents: Array<ResolversTypes['Event']>, proposedStances: Array<ResolversTypes['ProposedStance']>, source: ResolversTypes['Source'] }>;
  IngestUrlInput: IngestUrlInput;
  IngestionJob: ResolverTypeWrapper<Omit<IngestionJob, 'source'> & { source?: Maybe<ResolversTypes['Source']> }>;
  IngestionJobKind: IngestionJobKind;
  IngestionJobState: IngestionJobState;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  MatchedEvent: ResolverTypeWrapper<Omit<MatchedEvent, 'citations' | 'event'> & { citations: Array<ResolversTypes['Citation']>, event: ResolversTypes['Event'] }>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Node: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['Node']>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  ProposedStance: ResolverTypeWrapper<Omit<ProposedStance, 'citations' | 'stance'> & { citations: Array<ResolversTypes['StanceCitation']>, stance: ResolversTypes['Stance'] }>;
  Publisher: ResolverTypeWrapper<Publisher>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Quote: ResolverTypeWrapper<QuoteModel>;
  ReviewStatus: ReviewStatus;
  Source: ResolverTypeWrapper<SourceParent>;
  SourceConnection: ResolverTypeWrapper<SourceConnectionParent>;
  SourceEdge: ResolverTypeWrapper<SourceEdgeParent>;
  Stance: ResolverTypeWrapper<StanceModel>;
  StanceChange: ResolverTypeWrapper<Omit<StanceChange, 'stance'> & { stance?: Maybe<ResolversTypes['Stance']> }>;
  StanceCitation: ResolverTypeWrapper<StanceCitationModel>;
  StanceKind: StanceKind;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Subscription: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Timeline: ResolverTypeWrapper<TimelineModel>;
  TimelineFileFormat: TimelineFileFormat;
  UpdateEventInput: UpdateEventInput;
  Viewer: ResolverTypeWrapper<Viewer>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Actor: ActorModel;
  ActorConnection: ActorConnectionParent;
  ActorEdge: ActorEdgeParent;
  AddFeedInput: AddFeedInput;
  Boolean: Scalars['Boolean']['output'];
  Citation: CitationModel;
  ConfirmActorInput: ConfirmActorInput;
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  EnqueueIngestionInput: EnqueueIngestionInput;
  Event: EventModel;
  EventActor: EventActorModel;
  EventActorInput: EventActorInput;
  EventChange: Omit<EventChange, 'event'> & { event?: Maybe<ResolversParentTypes['Event']> };
  EventConnection: EventConnectionParent;
  EventDate: EventDateParent;
  EventEdge: EventEdgeParent;
  EventFilter: EventFilter;
  Feed: Feed;
  HistogramBucket: HistogramBucket;
  ID: Scalars['ID']['output'];
  ImportProblem: ImportProblem;
  ImportTimelineInput: ImportTimelineInput;
  ImportTimelinePayload: Omit<ImportTimelinePayload, 'events' | 'timeline'> & { events: Array<ResolversParentTypes['Event']>, timeline: ResolversParentTypes['Timeline'] };
  IngestArticleInput: IngestArticleInput;
  IngestArticlePayload: Omit<IngestArticlePayload, 'matchedEvents' | 'matchedEvidence' | 'proposedActors' | 'proposedEvents' | 'proposedStances' | 'source'> & { matchedEvents: Array<ResolversParentTypes['Event']>, matchedEvidence: Array<ResolversParentTypes['MatchedEvent']>, proposedActors: Array<ResolversParentTypes['Actor']>, proposedEvents: Array<ResolversParentTypes['Event']>, proposedStances: Array<ResolversParentTypes['ProposedStance']>, source: ResolversParentTypes['Source'] };
  IngestUrlInput: IngestUrlInput;
  IngestionJob: Omit<IngestionJob, 'source'> & { source?: Maybe<ResolversParentTypes['Source']> };
  Int: Scalars['Int']['output'];
  MatchedEvent: Omit<MatchedEvent, 'citations' | 'event'> & { citations: Array<ResolversParentTypes['Citation']>, event: ResolversParentTypes['Event'] };
  Mutation: Record<PropertyKey, never>;
  Node: ResolversInterfaceTypes<ResolversParentTypes>['Node'];
  PageInfo: PageInfo;
  ProposedStance: Omit<ProposedStance, 'citations' | 'stance'> & { citations: Array<ResolversParentTypes['StanceCitation']>, stance: ResolversParentTypes['Stance'] };
  Publisher: Publisher;
  Query: Record<PropertyKey, never>;
  Quote: QuoteModel;
  Source: SourceParent;
  SourceConnection: SourceConnectionParent;
  SourceEdge: SourceEdgeParent;
  Stance: StanceModel;
  StanceChange: Omit<StanceChange, 'stance'> & { stance?: Maybe<ResolversParentTypes['Stance']> };
  StanceCitation: StanceCitationModel;
  String: Scalars['String']['output'];
  Subscription: Record<PropertyKey, never>;
  Timeline: TimelineModel;
  UpdateEventInput: UpdateEventInput;
  Viewer: Viewer;
};

export type ActorResolvers<ContextType = unknown, ParentType extends ResolversParentTypes['Actor'] = ResolversParentTypes['Actor']> = {
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  country?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  events?: Resolver<ResolversTypes['EventConnection'], ParentType, ContextType, RequireFields<ActorEventsArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ActorKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  quotes?: Resolver<Array<ResolversTypes['Quote']>, ParentType, ContextType>;
  slug?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  stances?: Resolver<Array<ResolversTypes['Stance']>, ParentType, ContextType>;
  stancesTowards?: Resolver<Array<ResolversTypes['Stance']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ActorStatus'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ActorConnectionResolvers<ContextType = unknown, ParentType extends ResolversParentTypes['ActorConnection'] = ResolversParentTypes['ActorConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ActorEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Actor']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ActorEdgeResolvers<ContextType = unknown, ParentType extends ResolversParentTypes['ActorEdge'] = ResolversParentTypes['ActorEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
};

export type CitationResolvers<ContextType = unknown, ParentType extends ResolversParentTypes['Citation'] = ResolversParentTypes['Citation']> = {
  dateExpression?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  event?: Resolver<ResolversTypes['Event'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  passage?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  passageEnd?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  passageStart?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  resolvedDate?: Resolver<Maybe<ResolversTypes['EventDate']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['Source'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ReviewStatus'], ParentType, ContextType>;
};

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type EventResolvers<ContextType = unknown, ParentType extends ResolversParentTypes['Event'] = ResolversParentTypes['Event']> = {
  actors?: Resolver<Array<ResolversTypes['EventActor']>, ParentType, ContextType>;
  citations?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
  country?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  date?: Resolver<ResolversTypes['EventDate'], ParentType, ContextType>;
  dateDisagreement?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  isKey?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EventKind'], ParentType, ContextType>;
  needsReview?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  place?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  quotes?: Resolver<Array<ResolversTypes['Quote']>, ParentType, ContextType>;
  salience?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ReviewStatus'], ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  timelines?: Resolver<Array<ResolversTypes['Timeline']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type EventActorResolvers<ContextType = unknown, ParentType extends ResolversParentTypes['EventActor'] = ResolversParentTypes['EventActor']> = {
  actor?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['ActorRole'], ParentType, ContextType>;
};

export type EventChangeResolvers<ContextType = unknown, ParentType extends ResolversParentTypes['EventChange'] = ResolversParentTypes['EventChange']> = {
  change?: Resolver<ResolversTypes['ChangeKind'], ParentType, ContextType>;
  event?: Resolver<Maybe<ResolversTypes['Event']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  mergedFrom?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
};

export type EventConnectionResolvers<ContextType = unknown, ParentType extends ResolversParentTypes['EventConnection'] = ResolversParentTypes['EventConnection']> = {
  edges?: Resolver<Array<ResolversTypes['EventEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Event']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type EventDateResolvers<ContextType = unknown, ParentType extends ResolversParentTypes['EventDate'] = ResolversParentTypes['EventDate']> = {
  display?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  end?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  isRange?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  precision?: Resolver<ResolversTypes['DatePrecision'], ParentType, ContextType>;
  start?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
};

export type EventEdgeResolvers<ContextType = unknown, ParentType extends ResolversParentTypes['EventEdge'] = ResolversParentTypes['EventEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Event'], ParentType, ContextType>;
};

export type FeedResolvers<ContextType = unknown, ParentType extends ResolversParentTypes['Feed'] = ResolversParentTypes['Feed']> = {
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastError?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  lastPolledAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  timelineSlug?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  title?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  url?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type HistogramBucketResolvers<ContextType = unknown, ParentType extends ResolversParentTypes['HistogramBucket'] = ResolversParentTypes['HistogramBucket']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  from?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
};

export type ImportProblemResolvers<ContextType = unknown, ParentType extends ResolversParentTypes['ImportProblem'] = ResolversParentTypes['ImportProblem']> = {
  line?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ImportTimelinePayloadResolvers<ContextType = unknown, ParentType extends ResolversParentTypes['ImportTimelinePayload'] = ResolversParentTypes['ImportTimelinePayload']> = {
  events?: Resolver<Array<ResolversTypes['Event']>, ParentType, ContextType>;
  skipped?: Resolver<Array<ResolversTypes['ImportProblem']>, ParentType, ContextType>;
  timeline?: Resolver<ResolversTypes['Timeline'], ParentType, ContextType>;
  warnings?: Resolver<Array<ResolversTypes['ImportProblem']>, ParentType, ContextType>;
};

export type IngestArticlePayloadResolvers<ContextType = unknown, ParentType extends ResolversParentTypes['IngestArticlePayload'] = ResolversParentTypes['IngestArticlePayload']> = {
  created?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  matchedEvents?: Resolver<Array<ResolversTypes['Event']>, ParentType, ContextType>;
  matchedEvidence?: Resolver<Array<ResolversTypes['MatchedEvent']>, ParentType, ContextType>;
  proposedActors?: Resolver<Array<ResolversTypes['Actor']>, ParentType, ContextType>;
  proposedEvents?: Resolver<Array<ResolversTypes['Event']>, ParentType, ContextType>;
  proposedStances?: Resolver<Array<ResolversTypes['ProposedStance']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['Source'], ParentType, ContextType>;
  warnings?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
};

export type IngestionJobResolvers<ContextType = unknown, ParentType extends ResolversParentTypes['IngestionJob'] = ResolversParentTypes['IngestionJob']> = {
  attempts?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  finishedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['IngestionJobKind'], ParentType, ContextType>;
  lastError?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  source?: Resolver<Maybe<ResolversTypes['Source']>, ParentType, ContextType>;
  state?: Resolver<ResolversTypes['IngestionJobState'], ParentType, ContextType>;
  title?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  url?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type MatchedEventResolvers<ContextType = unknown, ParentType extends ResolversParentTypes['MatchedEvent'] = ResolversParentTypes['MatchedEvent']> = {
  citations?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
  event?: Resolver<ResolversTypes['Event'], ParentType, ContextType>;
};

export type MutationResolvers<ContextType = unknown, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  addFeed?: Resolver<ResolversTypes['Feed'], ParentType, ContextType, RequireFields<MutationAddFeedArgs, 'input'>>;
  confirmActor?: Resolver<ResolversTypes['Actor'], ParentType, ContextType, RequireFields<MutationConfirmActorArgs, 'id'>>;
  enqueueIngestion?: Resolver<ResolversTypes['IngestionJob'], ParentType, ContextType, RequireFields<MutationEnqueueIngestionArgs, 'input'>>;
  importTimeline?: Resolver<ResolversTypes['ImportTimelinePayload'], ParentType, ContextType, RequireFields<MutationImportTimelineArgs, 'input'>>;
  ingestArticle?: Resolver<ResolversTypes['IngestArticlePayload'], ParentType, ContextType, RequireFields<MutationIngestArticleArgs, 'input'>>;
  ingestUrl?: Resolver<ResolversTypes['IngestArticlePayload'], ParentType, ContextType, RequireFields<MutationIngestUrlArgs, 'input'>>;
  mergeActors?: Resolver<ResolversTypes['Actor'], ParentType, ContextType, RequireFields<MutationMergeActorsArgs, 'keep' | 'merge'>>;
  mergeEvents?: Resolver<ResolversTypes['Event'], ParentType, ContextType, RequireFields<MutationMergeEventsArgs, 'keep' | 'merge'>>;
  ping?: Resolver<ResolversTypes['Viewer'], ParentType, ContextType>;
  publishCitation?: Resolver<ResolversTypes['Citation'], ParentType, ContextType, RequireFields<MutationPublishCitationArgs, 'id'>>;
  publishEvent?: Resolver<ResolversTypes['Event'], ParentType, ContextType, RequireFields<MutationPublishEventArgs, 'id'>>;
  publishStance?: Resolver<ResolversTypes['Stance'], ParentType, ContextType, RequireFields<MutationPublishStanceArgs, 'id'>>;
  publishStanceCitation?: Resolver<ResolversTypes['StanceCitation'], ParentType, ContextType, RequireFields<MutationPublishStanceCitationArgs, 'id'>>;
  rejectCitation?: Resolver<ResolversTypes['Citation'], ParentType, ContextType, RequireFields<MutationRejectCitationArgs, 'id'>>;
  rejectEvent?: Resolver<ResolversTypes['Event'], ParentType, ContextType, RequireFields<MutationRejectEventArgs, 'id'>>;
  rejectStance?: Resolver<ResolversTypes['Stance'], ParentType, ContextType, RequireFields<MutationRejectStanceArgs, 'id'>>;
  rejectStanceCitation?: Resolver<ResolversTypes['StanceCitation'], ParentType, ContextType, RequireFields<MutationRejectStanceCitationArgs, 'id'>>;
  retryIngestionJob?: Resolver<ResolversTypes['IngestionJob'], ParentType, ContextType, RequireFields<MutationRetryIngestionJobArgs, 'id'>>;
  updateEvent?: Resolver<ResolversTypes['Event'], ParentType, ContextType, RequireFields<MutationUpdateEventArgs, 'id' | 'input'>>;
};

export type NodeResolvers<ContextType = unknown, ParentType extends ResolversParentTypes['Node'] = ResolversParentTypes['Node']> = {
  __resolveType: TypeResolveFn<'Actor' | 'Event' | 'Quote' | 'Source' | 'Stance' | 'Timeline', ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = unknown, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ProposedStanceResolvers<ContextType = unknown, ParentType extends ResolversParentTypes['ProposedStance'] = ResolversParentTypes['ProposedStance']> = {
  citations?: Resolver<Array<ResolversTypes['StanceCitation']>, ParentType, ContextType>;
  stance?: Resolver<ResolversTypes['Stance'], ParentType, ContextType>;
};

export type PublisherResolvers<ContextType = unknown, ParentType extends ResolversParentTypes['Publisher'] = ResolversParentTypes['Publisher']> = {
  country?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  eventCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = unknown, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  actor?: Resolver<Maybe<ResolversTypes['Actor']>, ParentType, ContextType, RequireFields<QueryActorArgs, 'id'>>;
  actors?: Resolver<ResolversTypes['ActorConnection'], ParentType, ContextType, RequireFields<QueryActorsArgs, 'first'>>;
  event?: Resolver<Maybe<ResolversTypes['Event']>, ParentType, ContextType, RequireFields<QueryEventArgs, 'id'>>;
  eventHistogram?: Resolver<Array<ResolversTypes['HistogramBucket']>, ParentType, ContextType, RequireFields<QueryEventHistogramArgs, 'buckets' | 'filter'>>;
  events?: Resolver<ResolversTypes['EventConnection'], ParentType, ContextType, RequireFields<QueryEventsArgs, 'first'>>;
  feeds?: Resolver<Array<ResolversTypes['Feed']>, ParentType, ContextType>;
  ingestionJobs?: Resolver<Array<ResolversTypes['IngestionJob']>, ParentType, ContextType, RequireFields<QueryIngestionJobsArgs, 'first'>>;
  node?: Resolver<Maybe<ResolversTypes['Node']>, ParentType, ContextType, RequireFields<QueryNodeArgs, 'id'>>;
  publishers?: Resolver<Array<ResolversTypes['Publisher']>, ParentType, ContextType, Partial<QueryPublishersArgs>>;
  source?: Resolver<Maybe<ResolversTypes['Source']>, ParentType, ContextType, RequireFields<QuerySourceArgs, 'id'>>;
  sources?: Resolver<ResolversTypes['SourceConnection'], ParentType, ContextType, RequireFields<QuerySourcesArgs, 'first'>>;
  stances?: Resolver<Array<ResolversTypes['Stance']>, ParentType, ContextType, Partial<QueryStancesArgs>>;
  timeline?: Resolver<Maybe<ResolversTypes['Timeline']>, ParentType, ContextType, RequireFields<QueryTimelineArgs, 'slug'>>;
  timelines?: Resolver<Array<ResolversTypes['Timeline']>, ParentType, ContextType>;
  viewer?: Resolver<ResolversTypes['Viewer'], ParentType, ContextType>;
};

export type QuoteResolvers<ContextType = unknown, ParentType extends ResolversParentTypes['Quote'] = ResolversParentTypes['Quote']> = {
  event?: Resolver<ResolversTypes['Event'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  source?: Resolver<Maybe<ResolversTypes['Source']>, ParentType, ContextType>;
  speaker?: Resolver<Maybe<ResolversTypes['Actor']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ReviewStatus'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  verb?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type SourceResolvers<ContextType = unknown, ParentType extends ResolversParentTypes['Source'] = ResolversParentTypes['Source']> = {
  citations?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
  contentHash?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  language?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  publishedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  publisher?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  publisherCountry?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  text?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  url?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type SourceConnectionResolvers<ContextType = unknown, ParentType extends ResolversParentTypes['SourceConnection'] = ResolversParentTypes['SourceConnection']> = {
  edges?: Resolver<Array<ResolversTypes['SourceEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SourceEdgeResolvers<ContextType = unknown, ParentType extends ResolversParentTypes['SourceEdge'] = ResolversParentTypes['SourceEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Source'], ParentType, ContextType>;
};

export type StanceResolvers<ContextType = unknown, ParentType extends ResolversParentTypes['Stance'] = ResolversParentTypes['Stance']> = {
  actor?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
  citations?: Resolver<Array<ResolversTypes['StanceCitation']>, ParentType, ContextType>;
  contestedBy?: Resolver<Array<ResolversTypes['Stance']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['StanceKind'], ParentType, ContextType>;
  passage?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  since?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  sinceDisplay?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sincePrecision?: Resolver<Maybe<ResolversTypes['DatePrecision']>, ParentType, ContextType>;
  source?: Resolver<Maybe<ResolversTypes['Source']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ReviewStatus'], ParentType, ContextType>;
  target?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type StanceChangeResolvers<ContextType = unknown, ParentType extends ResolversParentTypes['StanceChange'] = ResolversParentTypes['StanceChange']> = {
  change?: Resolver<ResolversTypes['ChangeKind'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  stance?: Resolver<Maybe<ResolversTypes['Stance']>, ParentType, ContextType>;
};

export type StanceCitationResolvers<ContextType = unknown, ParentType extends ResolversParentTypes['StanceCitation'] = ResolversParentTypes['StanceCitation']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  passage?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  passageEnd?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  passageStart?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['Source'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ReviewStatus'], ParentType, ContextType>;
};

export type SubscriptionResolvers<ContextType = unknown, ParentType extends ResolversParentTypes['Subscription'] = ResolversParentTypes['Subscription']> = {
  eventChanged?: SubscriptionResolver<ResolversTypes['EventChange'], "eventChanged", ParentType, ContextType, Partial<SubscriptionEventChangedArgs>>;
  stanceChanged?: SubscriptionResolver<ResolversTypes['StanceChange'], "stanceChanged", ParentType, ContextType, Partial<SubscriptionStanceChangedArgs>>;
};

export type TimelineResolvers<ContextType = unknown, ParentType extends ResolversParentTypes['Timeline'] = ResolversParentTypes['Timeline']> = {
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  end?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  eventCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  slug?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  start?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ViewerResolvers<ContextType = unknown, ParentType extends ResolversParentTypes['Viewer'] = ResolversParentTypes['Viewer']> = {
  isEditor?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  tokenName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type Resolvers<ContextType = unknown> = {
  Actor?: ActorResolvers<ContextType>;
  ActorConnection?: ActorConnectionResolvers<ContextType>;
  ActorEdge?: ActorEdgeResolvers<ContextType>;
  Citation?: CitationResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  Event?: EventResolvers<ContextType>;
  EventActor?: EventActorResolvers<ContextType>;
  EventChange?: EventChangeResolvers<ContextType>;
  EventConnection?: EventConnectionResolvers<ContextType>;
  EventDate?: EventDateResolvers<ContextType>;
  EventEdge?: EventEdgeResolvers<ContextType>;
  Feed?: FeedResolvers<ContextType>;
  HistogramBucket?: HistogramBucketResolvers<ContextType>;
  ImportProblem?: ImportProblemResolvers<ContextType>;
  ImportTimelinePayload?: ImportTimelinePayloadResolvers<ContextType>;
  IngestArticlePayload?: IngestArticlePayloadResolvers<ContextType>;
  IngestionJob?: IngestionJobResolvers<ContextType>;
  MatchedEvent?: MatchedEventResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Node?: NodeResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  ProposedStance?: ProposedStanceResolvers<ContextType>;
  Publisher?: PublisherResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Quote?: QuoteResolvers<ContextType>;
  Source?: SourceResolvers<ContextType>;
  SourceConnection?: SourceConnectionResolvers<ContextType>;
  SourceEdge?: SourceEdgeResolvers<ContextType>;
  Stance?: StanceResolvers<ContextType>;
  StanceChange?: StanceChangeResolvers<ContextType>;
  StanceCitation?: StanceCitationResolvers<ContextType>;
  Subscription?: SubscriptionResolvers<ContextType>;
  Timeline?: TimelineResolvers<ContextType>;
  Viewer?: ViewerResolvers<ContextType>;
};

