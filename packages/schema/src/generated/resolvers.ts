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

/** A person, organisation, country or group that takes part in events, speaks, or holds stances. */
export type Actor = Node & {
  __typename?: 'Actor';
  /** Other names the actor goes by in the news ("Ryabkov", "deputy foreign minister of Russia"). */
  aliases: Array<Scalars['String']['output']>;
  /** ISO 3166-1 alpha-2. */
  country?: Maybe<Scalars['String']['output']>;
  /** Who the actor is, in a sentence ("Russian deputy foreign minister who handled the Americas …"); empty when nobody wrote one. */
  description: Scalars['String']['output'];
  /** Events the actor takes part in, in time order; published only unless the viewer is an editor. */
  events: EventConnection;
  /** Global ID. */
  id: Scalars['ID']['output'];
  /** Person, organisation, country or group. */
  kind: ActorKind;
  /** The name chronicle shows ("Sergei Ryabkov"). */
  name: Scalars['String']['output'];
  /** What the actor said, in time order of the events. */
  quotes: Array<Quote>;
  /** Stable readable key ("sergei-ryabkov"). */
  slug: Scalars['String']['output'];
  /** Stances this actor holds. */
  stances: Array<Stance>;
  /** Stances others hold towards this actor. */
  stancesTowards: Array<Stance>;
  /** CONFIRMED, or PROPOSED by ingestion and waiting for an editor. */
  status: ActorStatus;
};


/** A person, organisation, country or group that takes part in events, speaks, or holds stances. */
export type ActorEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  role?: InputMaybe<ActorRole>;
};

/** A page of actors. */
export type ActorConnection = {
  __typename?: 'ActorConnection';
  /** The page's actors, each with its cursor. */
  edges: Array<ActorEdge>;
  /** The page's actors. */
  nodes: Array<Actor>;
  /** Whether more pages follow, and the cursors to ask for them. */
  pageInfo: PageInfo;
  /** Actors matching the arguments, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** An actor in a page, with its cursor. */
export type ActorEdge = {
  __typename?: 'ActorEdge';
  /** Pass as `after` to continue after this actor. */
  cursor: Scalars['String']['output'];
  /** The actor. */
  node: Actor;
};

/** What sort of actor it is. */
export type ActorKind =
  /** A country or state, acting as such ("Russia"). */
  | 'COUNTRY'
  /** A coalition of states or a movement ("Lima Group", "the opposition"). */
  | 'GROUP'
  /** A ministry, parliament, company or international organisation ("Russian Foreign Ministry", "United Nations"). */
  | 'ORGANIZATION'
  /** A person ("Sergei Ryabkov"). */
  | 'PERSON';

/** An actor's part in an event. */
export type ActorRole =
  /** Takes part otherwise. */
  | 'PARTICIPANT'
  /** Made the statement that the event is. */
  | 'SPEAKER'
  /** Whom the event is about. */
  | 'SUBJECT'
  /** At whom the event is aimed (who is sanctioned, recognised, addressed). */
  | 'TARGET';

/** Actors proposed by ingestion wait for an editor's confirmation. */
export type ActorStatus =
  /** An editor confirmed it (or it came with the data set): readers see it. */
  | 'CONFIRMED'
  /**
   * Found by ingestion and not yet confirmed. Readers see it only once something
   * published names it (an event, a quote or a stance).
   */
  | 'PROPOSED';

/** A feed to follow. */
export type AddFeedInput = {
  /** Slug of the timeline the proposed events join; none when omitted. */
  timeline?: InputMaybe<Scalars['String']['input']>;
  /** http(s) address of the feed itself (not of the site). */
  url: Scalars['String']['input'];
};

/** What happened to an event or a stance. */
export type ChangeKind =
  /** New: ingestion and imports write drafts, which reach editors only until one is published. */
  | 'CREATED'
  /** It no longer exists: an event merged into another, or a stance an actor merge folded into another. */
  | 'DELETED'
  /** Another record of the same happening was merged into it (see `mergedFrom`). */
  | 'MERGED'
  /** An editor published it: readers see it from now on. */
  | 'PUBLISHED'
  /** An editor rejected it: readers no longer see it. */
  | 'REJECTED'
  /** Its fields, actors or evidence changed. */
  | 'UPDATED';

/** The passage of a source that backs an event. */
export type Citation = {
  __typename?: 'Citation';
  /** The date as the source wrote it ("On Tuesday"). */
  dateExpression?: Maybe<Scalars['String']['output']>;
  /** The event it backs. */
  event: Event;
  /** Global ID (not a `Node`: fetch it through its event or source). */
  id: Scalars['ID']['output'];
  /** The words of the source that report the event; null when only the source as a whole is cited. */
  passage?: Maybe<Scalars['String']['output']>;
  /** End offset, exclusive. */
  passageEnd?: Maybe<Scalars['Int']['output']>;
  /** Offset of the passage in the source text (UTF-16 code units); null when the text is not held. */
  passageStart?: Maybe<Scalars['Int']['output']>;
  /** That date resolved against the source's publication day; null when the source dates nothing itself. */
  resolvedDate?: Maybe<EventDate>;
  /** The article or document cited. */
  source: Source;
  /**
   * Readers only ever meet PUBLISHED citations. A further article's citation of
   * an event is a draft until an editor accepts it; a new event's go public with it.
   */
  status: ReviewStatus;
};

/** Corrections to a proposed actor as it is confirmed; omitted fields stay as they are. */
export type ConfirmActorInput = {
  /** Replaces the aliases (trimmed, repeats dropped). */
  aliases?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Who the actor is, in a sentence. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** The right kind. */
  kind?: InputMaybe<ActorKind>;
  /** A better name; not empty. */
  name?: InputMaybe<Scalars['String']['input']>;
};

/** How precisely a date is known. */
export type DatePrecision =
  /** A single calendar day. */
  | 'DAY'
  /** A calendar month: known to June 2019, not to a day in it. */
  | 'MONTH'
  /** An ISO week, Monday to Sunday. */
  | 'WEEK'
  /** A calendar year. */
  | 'YEAR';

/** An article for the queue: its link (fetched by a worker) or its text. */
export type EnqueueIngestionInput = {
  /** Publication day: required with text; for a link, used only when the page states none. */
  publishedOn?: InputMaybe<Scalars['Date']['input']>;
  /** Who published it ("Reuters"), with text. */
  publisher?: InputMaybe<Scalars['String']['input']>;
  /** The article's text; when given, nothing is fetched (url is only recorded). */
  text?: InputMaybe<Scalars['String']['input']>;
  /** Slug of the timeline the proposed events join. */
  timeline?: InputMaybe<Scalars['String']['input']>;
  /** The headline, with text; the text's first line when omitted. */
  title?: InputMaybe<Scalars['String']['input']>;
  /** http(s) address of the article. Without text, a worker fetches the page. */
  url?: InputMaybe<Scalars['String']['input']>;
};

/** Something that happened, when, who took part, and the sources that say so. */
export type Event = Node & {
  __typename?: 'Event';
  /** Who took part, and in what role. */
  actors: Array<EventActor>;
  /** Published citations only unless the viewer is an editor. */
  citations: Array<Citation>;
  /** ISO 3166-1 alpha-2. */
  country?: Maybe<Scalars['String']['output']>;
  /** When the event was recorded in chronicle. */
  createdAt: Scalars['DateTime']['output'];
  /** When it happened, as precisely as it is known. */
  date: EventDate;
  /**
   * True when the sources resolve the event to different dates or precisions
   * (one says "23 and 24 March", another "Saturday"): each citation's
   * `resolvedDate` says which. Counts the citations the viewer sees.
   */
  dateDisagreement: Scalars['Boolean']['output'];
  /** Global ID. */
  id: Scalars['ID']['output'];
  /** An editor marked it a key event of its timeline (`updateEvent(input: { isKey: true })`). */
  isKey: Scalars['Boolean']['output'];
  /** What sort of happening it is. */
  kind: EventKind;
  /** Ingestion attached a further citation that an editor should look at. */
  needsReview: Scalars['Boolean']['output'];
  /** Where it happened, in words ("Caracas"), where known. */
  place?: Maybe<Scalars['String']['output']>;
  /** Published quotes only unless the viewer is an editor. */
  quotes: Array<Quote>;
  /**
   * How much the event weighs, from its evidence: one per distinct publisher
   * citing it, one per quote (at most three), ten for a key event. The timeline
   * never folds a heavier event into a cluster behind lighter ones.
   */
  salience: Scalars['Int']['output'];
  /** Readers only ever meet PUBLISHED events. */
  status: ReviewStatus;
  /** A few sentences; may be empty. */
  summary: Scalars['String']['output'];
  /** The timelines the event belongs to. */
  timelines: Array<Timeline>;
  /** One line saying what happened. */
  title: Scalars['String']['output'];
  /** When the event was last changed. */
  updatedAt: Scalars['DateTime']['output'];
};

/** An actor's part in an event. */
export type EventActor = {
  __typename?: 'EventActor';
  /** Who. */
  actor: Actor;
  /** The part the actor played. */
  role: ActorRole;
};

/** An actor and the part it plays in an event. */
export type EventActorInput = {
  /** Global ID of the actor. */
  actor: Scalars['ID']['input'];
  /** Its part in the event. */
  role: ActorRole;
};

/**
 * An event changed. Readers receive changes of events they may read, and the
 * change that takes one away from them (REJECTED, with `event` null); drafts
 * reach editors only.
 */
export type EventChange = {
  __typename?: 'EventChange';
  /** What happened to it. */
  change: ChangeKind;
  /** The event as the subscriber may read it now; null when it is gone or no longer visible to them. */
  event?: Maybe<Event>;
  /** Global ID of the event that changed, also when the subscriber may no longer read it. */
  id: Scalars['ID']['output'];
  /** MERGED: the global ID of the event merged into this one, which no longer exists. */
  mergedFrom?: Maybe<Scalars['ID']['output']>;
};

/** A page of events, in time order. */
export type EventConnection = {
  __typename?: 'EventConnection';
  /** The page's events, each with its cursor. */
  edges: Array<EventEdge>;
  /** The page's events. */
  nodes: Array<Event>;
  /** Whether more pages follow, and the cursors to ask for them. */
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
  /** How precisely the date is known: DAY, WEEK, MONTH or YEAR. */
  precision: DatePrecision;
  /** First day of the span. */
  start: Scalars['Date']['output'];
};

/** An event in a page, with its cursor. */
export type EventEdge = {
  __typename?: 'EventEdge';
  /** Pass as `after` to continue after this event. */
  cursor: Scalars['String']['output'];
  /** The event. */
  node: Event;
};

/** Narrows a list of events. Every field given narrows further; lists match any of their items. */
export type EventFilter = {
  /** Events involving any of these actors (global IDs). */
  actors?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** First day of the window. Events whose span meets [from, to] match, so a MONTH event matches any window touching its month. */
  from?: InputMaybe<Scalars['Date']['input']>;
  /** Events of any of these kinds. */
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

/** What sort of happening an event is. */
export type EventKind =
  /** Recognition, talks, visits, embassies, envoys, agreements. */
  | 'DIPLOMATIC'
  /** Oil, currency, debt, prices, trade. */
  | 'ECONOMIC'
  /** Courts, rulings, arrests, charges, warrants. */
  | 'LEGAL'
  /** Troops, deployments, clashes, military equipment. */
  | 'MILITARY'
  /** None of the above. */
  | 'OTHER'
  /** Offices, elections, appointments, proclamations, resignations. */
  | 'POLITICAL'
  /** Protests, marches, rallies, strikes. */
  | 'PROTEST'
  /** Sanctions, embargoes, blacklists, frozen assets. */
  | 'SANCTION'
  /** Someone said something: the statement is the event. */
  | 'STATEMENT';

/** An RSS, Atom or JSON feed a timeline follows: workers poll it and queue each new item for ingestion. */
export type Feed = {
  __typename?: 'Feed';
  /** When it was added. */
  createdAt: Scalars['DateTime']['output'];
  /** Global ID. */
  id: Scalars['ID']['output'];
  /** Why the last poll failed; null when it worked. */
  lastError?: Maybe<Scalars['String']['output']>;
  /** When workers last fetched it; null until the first poll. */
  lastPolledAt?: Maybe<Scalars['DateTime']['output']>;
  /** Slug of the timeline its articles' events join; null for none. */
  timelineSlug?: Maybe<Scalars['String']['output']>;
  /** The feed's own title. */
  title?: Maybe<Scalars['String']['output']>;
  /** Address of the feed. */
  url: Scalars['String']['output'];
};

/** A stretch of days and how many events meet it. */
export type HistogramBucket = {
  __typename?: 'HistogramBucket';
  /** Events whose span meets the bucket. */
  count: Scalars['Int']['output'];
  /** First day of the bucket. */
  from: Scalars['Date']['output'];
  /** Last day of the bucket, inclusive. */
  to: Scalars['Date']['output'];
};

/** A row of an imported file that was left out, or imported with something to check. */
export type ImportProblem = {
  __typename?: 'ImportProblem';
  /** Line of the file where the row starts (1 is the first line). */
  line: Scalars['Int']['output'];
  /** What is wrong or worth checking, starting with the line ("line 3: has no headline"). */
  message: Scalars['String']['output'];
};

/** A file to import as a new timeline. */
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

/** What importTimeline made. */
export type ImportTimelinePayload = {
  __typename?: 'ImportTimelinePayload';
  /** The events made, all DRAFT until an editor publishes them, in the file's order. */
  events: Array<Event>;
  /** Rows that were not imported. Each row is written whole or not at all. */
  skipped: Array<ImportProblem>;
  /** The new timeline. */
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
  /** Who published it ("Reuters", "TASS"), at most 500 characters. */
  publisher?: InputMaybe<Scalars['String']['input']>;
  /** Plain text of the article, at most 200,000 characters. */
  text: Scalars['String']['input'];
  /** Slug of the timeline the proposed events join ("venezuela-crisis-2019"); none when omitted. */
  timeline?: InputMaybe<Scalars['String']['input']>;
  /** The headline, at most 500 characters; the text's first line when omitted. */
  title?: InputMaybe<Scalars['String']['input']>;
  /** http(s) address of the article. */
  url?: InputMaybe<Scalars['String']['input']>;
};

/** What ingesting an article wrote, or found written before: the drafts an editor reviews. */
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
  /** The article, stored as a source. */
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
  /** When it was queued. */
  createdAt: Scalars['DateTime']['output'];
  /** When it was DONE or FAILED. */
  finishedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Global ID (not a `Node`: jobs are listed by ingestionJobs). */
  id: Scalars['ID']['output'];
  /** A link to fetch, or text given with the job. */
  kind: IngestionJobKind;
  /** Why the last attempt failed; null unless RETRYING or FAILED. */
  lastError?: Maybe<Scalars['String']['output']>;
  /** The source written, or found again when the article was ingested before; null until DONE. */
  source?: Maybe<Source>;
  /** Where the job stands. */
  state: IngestionJobState;
  /** The title given with the text; null for a page until it is ingested. */
  title?: Maybe<Scalars['String']['output']>;
  /** The page to fetch, or the address given with the text. */
  url?: Maybe<Scalars['String']['output']>;
};

/** What an ingestion job starts from. */
export type IngestionJobKind =
  /** Ingests text given with the job. */
  | 'TEXT'
  /** Fetches a web page and ingests the article on it. */
  | 'URL';

/** Where an ingestion job stands. */
export type IngestionJobState =
  /** Taken off the queue before it finished. */
  | 'CANCELLED'
  /** Ingested: its source is written (or was, by an earlier ingestion of the same article). */
  | 'DONE'
  /** Failed for good: the last attempt's error says why. retryIngestionJob runs it again. */
  | 'FAILED'
  /** Waiting for a worker. */
  | 'QUEUED'
  /** An attempt failed for a reason that may pass (a server down, a time-out); it will be tried again. */
  | 'RETRYING'
  /** A worker is ingesting it now. */
  | 'RUNNING';

/** An event already on file that an article also reports, and the passages of that article that report it. */
export type MatchedEvent = {
  __typename?: 'MatchedEvent';
  /** This article's citations of the event (DRAFT until accepted); its quotes follow them. */
  citations: Array<Citation>;
  /** The event on file, flagged for review. */
  event: Event;
};

/** Changes to the data. Every mutation needs an editor's API token (`Authorization: Bearer <token>`). */
export type Mutation = {
  __typename?: 'Mutation';
  /**
   * Subscribes a timeline to a feed, after fetching it once to check that it is one. Adding a feed again changes only
   * its timeline; items already seen stay seen. Its items are queued at the next poll.
   */
  addFeed: Feed;
  /** Confirms a proposed actor (readers see it from then on), with any corrections. */
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
  /** Takes an event from readers; its citations and quotes stay as they are, so it can be published again. */
  rejectEvent: Event;
  /** Takes a stance from readers; its citations stay as they are, so it can be published again. */
  rejectStance: Stance;
  /** Rejects one citation. The last published citation of a published stance cannot be rejected: reject the stance. */
  rejectStanceCitation: StanceCitation;
  /** Runs a FAILED (or CANCELLED) job again, as a new job with the same input; the failed one stays in the list. */
  retryIngestionJob: IngestionJob;
  /** Corrects an event: its text, kind, date, place, actors or key-event mark. Its review status stays as it is. */
  updateEvent: Event;
};


/** Changes to the data. Every mutation needs an editor's API token (`Authorization: Bearer <token>`). */
export type MutationAddFeedArgs = {
  input: AddFeedInput;
};


/** Changes to the data. Every mutation needs an editor's API token (`Authorization: Bearer <token>`). */
export type MutationConfirmActorArgs = {
  id: Scalars['ID']['input'];
  input?: InputMaybe<ConfirmActorInput>;
};


/** Changes to the data. Every mutation needs an editor's API token (`Authorization: Bearer <token>`). */
export type MutationEnqueueIngestionArgs = {
  input: EnqueueIngestionInput;
};


/** Changes to the data. Every mutation needs an editor's API token (`Authorization: Bearer <token>`). */
export type MutationImportTimelineArgs = {
  input: ImportTimelineInput;
};


/** Changes to the data. Every mutation needs an editor's API token (`Authorization: Bearer <token>`). */
export type MutationIngestArticleArgs = {
  input: IngestArticleInput;
};


/** Changes to the data. Every mutation needs an editor's API token (`Authorization: Bearer <token>`). */
export type MutationIngestUrlArgs = {
  input: IngestUrlInput;
};


/** Changes to the data. Every mutation needs an editor's API token (`Authorization: Bearer <token>`). */
export type MutationMergeActorsArgs = {
  keep: Scalars['ID']['input'];
  merge: Scalars['ID']['input'];
};


/** Changes to the data. Every mutation needs an editor's API token (`Authorization: Bearer <token>`). */
export type MutationMergeEventsArgs = {
  keep: Scalars['ID']['input'];
  merge: Scalars['ID']['input'];
};


/** Changes to the data. Every mutation needs an editor's API token (`Authorization: Bearer <token>`). */
export type MutationPublishCitationArgs = {
  id: Scalars['ID']['input'];
};


/** Changes to the data. Every mutation needs an editor's API token (`Authorization: Bearer <token>`). */
export type MutationPublishEventArgs = {
  id: Scalars['ID']['input'];
};


/** Changes to the data. Every mutation needs an editor's API token (`Authorization: Bearer <token>`). */
export type MutationPublishStanceArgs = {
  id: Scalars['ID']['input'];
};


/** Changes to the data. Every mutation needs an editor's API token (`Authorization: Bearer <token>`). */
export type MutationPublishStanceCitationArgs = {
  id: Scalars['ID']['input'];
};


/** Changes to the data. Every mutation needs an editor's API token (`Authorization: Bearer <token>`). */
export type MutationRejectCitationArgs = {
  id: Scalars['ID']['input'];
};


/** Changes to the data. Every mutation needs an editor's API token (`Authorization: Bearer <token>`). */
export type MutationRejectEventArgs = {
  id: Scalars['ID']['input'];
};


/** Changes to the data. Every mutation needs an editor's API token (`Authorization: Bearer <token>`). */
export type MutationRejectStanceArgs = {
  id: Scalars['ID']['input'];
};


/** Changes to the data. Every mutation needs an editor's API token (`Authorization: Bearer <token>`). */
export type MutationRejectStanceCitationArgs = {
  id: Scalars['ID']['input'];
};


/** Changes to the data. Every mutation needs an editor's API token (`Authorization: Bearer <token>`). */
export type MutationRetryIngestionJobArgs = {
  id: Scalars['ID']['input'];
};


/** Changes to the data. Every mutation needs an editor's API token (`Authorization: Bearer <token>`). */
export type MutationUpdateEventArgs = {
  id: Scalars['ID']['input'];
  input: UpdateEventInput;
};

/** Anything with a global, opaque ID that `node(id:)` can fetch again. */
export type Node = {
  /** Global, opaque ID: pass it back as it is, to `node(id:)` or as an argument. */
  id: Scalars['ID']['output'];
};

/** Relay pagination state of a connection. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** Cursor of the page's last item, to pass as `after` for the next page; null when the page is empty. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** True when another page follows: ask for it with `after: endCursor`. */
  hasNextPage: Scalars['Boolean']['output'];
  /** True when this page was asked for with `after`, so pages come before it. */
  hasPreviousPage: Scalars['Boolean']['output'];
  /** Cursor of the page's first item; null when the page is empty. */
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
  /** The publisher's name as its sources give it ("TASS"). */
  name: Scalars['String']['output'];
};

/**
 * What can be read. Readers (no token) see what editors have published;
 * editors see drafts and rejected records too.
 */
export type Query = {
  __typename?: 'Query';
  /** An actor by its global ID; null when there is none, or the viewer may not see it (a proposal readers do not see yet). */
  actor?: Maybe<Actor>;
  /**
   * Actors by name or alias (case- and accent-insensitive), alphabetical. `first` is at most 200.
   * `status: PROPOSED` lists the actors ingestion found that wait for an editor.
   */
  actors: ActorConnection;
  /** An event by its global ID; null when there is none, or the viewer may not see it (a draft, for readers). */
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
  /** A source by its global ID; null when there is none, or the viewer may not see it (readers see sources something published cites). */
  source?: Maybe<Source>;
  /** Sources, newest publication first (those without a day last); `search` matches title and publisher. `first` is at most 200. */
  sources: SourceConnection;
  /** Stances held by `actor`, or towards `target` (global IDs); all when both are omitted. Published only unless the viewer is an editor. */
  stances: Array<Stance>;
  /** A timeline by its slug; null when there is none. */
  timeline?: Maybe<Timeline>;
  /** Every timeline, by title. */
  timelines: Array<Timeline>;
  /** Who is asking: a reader, or an editor and the name of their token. */
  viewer: Viewer;
};


/**
 * What can be read. Readers (no token) see what editors have published;
 * editors see drafts and rejected records too.
 */
export type QueryActorArgs = {
  id: Scalars['ID']['input'];
};


/**
 * What can be read. Readers (no token) see what editors have published;
 * editors see drafts and rejected records too.
 */
export type QueryActorsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  kind?: InputMaybe<ActorKind>;
  search?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<ActorStatus>;
};


/**
 * What can be read. Readers (no token) see what editors have published;
 * editors see drafts and rejected records too.
 */
export type QueryEventArgs = {
  id: Scalars['ID']['input'];
};


/**
 * What can be read. Readers (no token) see what editors have published;
 * editors see drafts and rejected records too.
 */
export type QueryEventHistogramArgs = {
  buckets?: InputMaybe<Scalars['Int']['input']>;
  filter: EventFilter;
};


/**
 * What can be read. Readers (no token) see what editors have published;
 * editors see drafts and rejected records too.
 */
export type QueryEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<EventFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * What can be read. Readers (no token) see what editors have published;
 * editors see drafts and rejected records too.
 */
export type QueryIngestionJobsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * What can be read. Readers (no token) see what editors have published;
 * editors see drafts and rejected records too.
 */
export type QueryNodeArgs = {
  id: Scalars['ID']['input'];
};


/**
 * What can be read. Readers (no token) see what editors have published;
 * editors see drafts and rejected records too.
 */
export type QueryPublishersArgs = {
  timeline?: InputMaybe<Scalars['String']['input']>;
};


/**
 * What can be read. Readers (no token) see what editors have published;
 * editors see drafts and rejected records too.
 */
export type QuerySourceArgs = {
  id: Scalars['ID']['input'];
};


/**
 * What can be read. Readers (no token) see what editors have published;
 * editors see drafts and rejected records too.
 */
export type QuerySourcesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
};


/**
 * What can be read. Readers (no token) see what editors have published;
 * editors see drafts and rejected records too.
 */
export type QueryStancesArgs = {
  actor?: InputMaybe<Scalars['ID']['input']>;
  kind?: InputMaybe<StanceKind>;
  target?: InputMaybe<Scalars['ID']['input']>;
};


/**
 * What can be read. Readers (no token) see what editors have published;
 * editors see drafts and rejected records too.
 */
export type QueryTimelineArgs = {
  slug: Scalars['String']['input'];
};

/** Words an actor said, as a source reports them, in the context of an event. */
export type Quote = Node & {
  __typename?: 'Quote';
  /** The event the quote belongs to. */
  event: Event;
  /** Global ID. */
  id: Scalars['ID']['output'];
  /** The source that reports it; null for quotes entered without one. */
  source?: Maybe<Source>;
  /** Who said it; null when the source does not say, or the speaker is not on file. */
  speaker?: Maybe<Actor>;
  /** Readers only ever meet PUBLISHED quotes: a quote follows its article's citation of the event. */
  status: ReviewStatus;
  /** The quoted words, without the quotation marks. */
  text: Scalars['String']['output'];
  /** The verb that introduced the quote ("said", "warned"). */
  verb?: Maybe<Scalars['String']['output']>;
};

/** Where a record stands in review. Readers only ever see PUBLISHED records. */
export type ReviewStatus =
  /** Proposed (by ingestion or an import) and waiting for an editor. */
  | 'DRAFT'
  /** An editor published it: readers see it. */
  | 'PUBLISHED'
  /** An editor rejected it: it stays on file for editors, hidden from readers, and can be published later. */
  | 'REJECTED';

/** An article or document that events are cited from. */
export type Source = Node & {
  __typename?: 'Source';
  /** The events it backs, one citation per passage; published citations of published events only unless the viewer is an editor. */
  citations: Array<Citation>;
  /** sha256 of the normalised text: the same article is never stored twice. */
  contentHash: Scalars['String']['output'];
  /** When chronicle stored it. */
  createdAt: Scalars['DateTime']['output'];
  /** Global ID. */
  id: Scalars['ID']['output'];
  /** BCP 47 language tag. */
  language: Scalars['String']['output'];
  /** The day it was published, where known: relative dates in its text are resolved against it. */
  publishedOn?: Maybe<Scalars['Date']['output']>;
  /** Who published it ("Reuters", "TASS"), where known. */
  publisher?: Maybe<Scalars['String']['output']>;
  /** ISO 3166-1 alpha-2 of the publisher, where known. */
  publisherCountry?: Maybe<Scalars['String']['output']>;
  /** Full text, when chronicle holds it. */
  text?: Maybe<Scalars['String']['output']>;
  /** The headline or document title. */
  title: Scalars['String']['output'];
  /** http(s) address of the original, where known. */
  url?: Maybe<Scalars['String']['output']>;
};

/** A page of sources. */
export type SourceConnection = {
  __typename?: 'SourceConnection';
  /** The page's sources, each with its cursor. */
  edges: Array<SourceEdge>;
  /** The page's sources. */
  nodes: Array<Source>;
  /** Whether more pages follow, and the cursors to ask for them. */
  pageInfo: PageInfo;
  /** Sources matching the arguments, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A source in a page, with its cursor. */
export type SourceEdge = {
  __typename?: 'SourceEdge';
  /** Pass as `after` to continue after this source. */
  cursor: Scalars['String']['output'];
  /** The source. */
  node: Source;
};

/**
 * Actor supports / opposes / recognizes target, since when, according to which
 * sources. Stances stated by ingested articles are drafts until an editor
 * publishes them: readers see published stances only.
 */
export type Stance = Node & {
  __typename?: 'Stance';
  /** Who holds the stance. */
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
  /** Global ID. */
  id: Scalars['ID']['output'];
  /** Supports, opposes or recognises. */
  kind: StanceKind;
  /**
   * The passage of the earliest citation.
   * @deprecated A stance can have several sources: use `citations`.
   */
  passage?: Maybe<Scalars['String']['output']>;
  /** First day of the period since which the stance holds; null when unknown (ingestion never guesses it). */
  since?: Maybe<Scalars['Date']['output']>;
  /** "23 January 2019", "November 2019"; null when unknown. */
  sinceDisplay?: Maybe<Scalars['String']['output']>;
  /** How precisely `since` is known; null when `since` is. */
  sincePrecision?: Maybe<DatePrecision>;
  /**
   * The source of the earliest citation.
   * @deprecated A stance can have several sources: use `citations`.
   */
  source?: Maybe<Source>;
  /** Readers only ever meet PUBLISHED stances. */
  status: ReviewStatus;
  /** Towards whom. */
  target: Actor;
};

/** A stance changed; the same visibility as `EventChange`. */
export type StanceChange = {
  __typename?: 'StanceChange';
  /** What happened to it. */
  change: ChangeKind;
  /** Global ID of the stance that changed, also when the subscriber may no longer read it. */
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
  /** Global ID (not a `Node`: fetch it through its stance). */
  id: Scalars['ID']['output'];
  /** The words of the source that state it; null when only the source as a whole is cited. */
  passage?: Maybe<Scalars['String']['output']>;
  /** End offset, exclusive. */
  passageEnd?: Maybe<Scalars['Int']['output']>;
  /** Offset of the passage in the source text (UTF-16 code units); null when the text is not held. */
  passageStart?: Maybe<Scalars['Int']['output']>;
  /** The article or document that states the stance. */
  source: Source;
  /** Readers only ever meet PUBLISHED citations. */
  status: ReviewStatus;
};

/** What an actor's stance towards its target is. */
export type StanceKind =
  /** Stands against the target. */
  | 'OPPOSES'
  /** Recognises the target as legitimate ("recognises Guaidó as interim president"). */
  | 'RECOGNIZES'
  /** Backs the target ("Russia supports Maduro"). */
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
  /** What it covers, in a few sentences; may be empty. */
  description: Scalars['String']['output'];
  /** Last day of its latest published event; null when it has none. */
  end?: Maybe<Scalars['Date']['output']>;
  /** Published events on the timeline. */
  eventCount: Scalars['Int']['output'];
  /** Global ID. */
  id: Scalars['ID']['output'];
  /** Stable readable key, as URLs and filters name it ("venezuela-crisis-2019"). */
  slug: Scalars['String']['output'];
  /** First day of its earliest published event; null when it has none. */
  start?: Maybe<Scalars['Date']['output']>;
  /** Its name for people. */
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
  /** ISO 3166-1 alpha-2 code of where it happened (VE, RU); null or an empty string clears it. */
  country?: InputMaybe<Scalars['String']['input']>;
  /** For ranges: a day in the last period. Null for a single period. */
  end?: InputMaybe<Scalars['Date']['input']>;
  /** Marks (or unmarks) a key event: it weighs most in salience, so the timeline never folds it into a cluster. */
  isKey?: InputMaybe<Scalars['Boolean']['input']>;
  /** What sort of happening it is. */
  kind?: InputMaybe<EventKind>;
  /** Where it happened, in words; null or an empty string clears it. */
  place?: InputMaybe<Scalars['String']['input']>;
  /** How precisely the date is known; the start (and end) move to the start of their periods. */
  precision?: InputMaybe<DatePrecision>;
  /** First day of the period the event is known to (any day inside it; it is moved to the period's start). */
  start?: InputMaybe<Scalars['Date']['input']>;
  /** At most 5,000 characters. */
  summary?: InputMaybe<Scalars['String']['input']>;
  /** One line saying what happened; not empty, at most 300 characters. */
  title?: InputMaybe<Scalars['String']['input']>;
};

/** Who is asking. Editors see drafts and may change data. */
export type Viewer = {
  __typename?: 'Viewer';
  /** True when the request carries an editor's API token. */
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

