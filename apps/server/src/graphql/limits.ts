// Limits checked before any resolver runs. Each is tested at n and n+1.
export const LIMITS = {
  /** Deepest field nesting. The playground's example queries need 6. */
  maxDepth: 10,
  /** Aliases per operation. */
  maxAliases: 15,
  /** Lexical tokens per document. */
  maxTokens: 2_000,
  /** Directives per operation. */
  maxDirectives: 10,
  /**
   * Fields a document may name once its fragments are expanded, each fragment
   * counted at each spread: as many as the token limit lets a document name
   * without fragments. Fragments may share selections, not multiply them.
   */
  maxSelections: 2_000,
  /**
   * Selections of one response field at one place (`events` named twice in a
   * selection set, or in two fragments spread there). A few fragments that
   * each ask for `id` need a handful; validation compares every pair.
   */
  maxFieldRepeats: 10,
  /**
   * Objects an operation may return at worst (see query-cost.ts). A full
   * timeline page (200 events with actors, citations and quotes) costs about
   * 14,000; the same page with each actor's own events does not fit.
   */
  maxCost: 25_000,
  /** Items assumed in a list without `first` (an event's actors, citations …). */
  listEstimate: 10,
  /**
   * Scalars that cost like many objects: a source's text can be 200,000
   * characters, so at most 250 of them fit in one operation. An event's
   * salience and date disagreement each load its citations (batched).
   */
  leafWeights: { 'Source.text': 100, 'Event.salience': 1, 'Event.dateDisagreement': 1 } as Record<string, number>,
  /**
   * Lists without a size argument that can hold more than listEstimate items: the
   * outlets of a timeline (the resolver returns at most 200).
   */
  listSizes: { 'Query.publishers': 200 } as Record<string, number>,
  /**
   * Request body, in bytes. The longest article (200,000 characters) fits even
   * when a client escapes each character as \uXXXX, as Python's json does.
   */
  maxBodyBytes: 2_097_152,
  /**
   * A WebSocket message (a subscription's document and variables): a
   * document at the token limit is well under it; larger messages close the socket.
   */
  maxSocketMessageBytes: 65_536,
  /**
   * Open WebSocket connections per client address, by default. One connection
   * carries any number of subscriptions; a newsroom behind one NAT opens a tab each.
   */
  maxConnectionsPerClient: 50,
} as const;
