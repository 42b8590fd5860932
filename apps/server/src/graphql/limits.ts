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
  /** graphql-armor's cost: objects cost 2, scalars 1, multiplied by depth factor. */
  maxCost: 5_000,
  /** Request body, in bytes (an article of 200,000 characters fits). */
  maxBodyBytes: 1_048_576,
} as const;
