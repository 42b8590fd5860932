// Why a link was not fetched, in words an editor can act on. Ingestion and
// feeds pass it on as InvalidInput (src/errors.ts); the CLI prints the message.
export class FetchRefusal extends Error {
  override name = 'FetchRefusal';
  constructor(
    message: string,
    /** Which rule refused: tests and logs tell the refusals apart by it. */
    readonly reason:
      'scheme' | 'address' | 'redirects' | 'timeout' | 'too-large' | 'content-type' | 'status' | 'unreachable' | 'invalid-url' | 'no-text' | 'no-date',
  ) {
    super(message);
  }
}
