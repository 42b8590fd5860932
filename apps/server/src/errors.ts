// What the domain (ingestion, review, import, feeds, jobs) raises when a
// request cannot be done as asked. Each names the rule in words a person can
// act on; the GraphQL layer gives each kind its code in one place
// (graphql/domain-errors.ts), the command-line tools print the message.

/** Facts a client can act on beside the message: the input field at fault, a line of a file, why a page was refused. */
export type ErrorDetails = Readonly<Record<string, unknown>>;

export type DomainErrorKind = 'invalid-input' | 'not-found' | 'conflict';

export abstract class DomainError extends Error {
  abstract readonly kind: DomainErrorKind;
  readonly details: ErrorDetails;

  constructor(message: string, details: ErrorDetails = {}) {
    super(message);
    this.details = details;
  }
}

/** The input breaks a rule: fixing it (the field named, when there is one) makes the request work. */
export class InvalidInput extends DomainError {
  override name = 'InvalidInput';
  readonly kind = 'invalid-input';

  constructor(message: string, field?: string, details: ErrorDetails = {}) {
    super(message, { ...(field ? { field } : {}), ...details });
  }
}

/** What the request names (an event, a timeline, a job) is not on file. */
export class NotFound extends DomainError {
  override name = 'NotFound';
  readonly kind = 'not-found';
}

/** The request is well formed, but the data as it stands forbids it (the last source of a published event, a slug taken). */
export class Conflict extends DomainError {
  override name = 'Conflict';
  readonly kind = 'conflict';
}
