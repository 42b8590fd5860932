// A failed request: what went wrong and a way to try again.
import type { ErrorLike } from '@apollo/client';
import { describeError } from './describeError.ts';

interface ErrorStateProps {
  error: ErrorLike;
  onRetry(): void;
  what: string;
}

export function ErrorState({ error, onRetry, what }: ErrorStateProps) {
  const { unreachable, message } = describeError(error);
  return (
    <div className="state state-error" role="alert">
      <h2>{unreachable ? 'Cannot reach the API' : `Could not load ${what}`}</h2>
      <p>{message}</p>
      <button type="button" className="button button-primary" onClick={onRetry}>
        Retry
      </button>
    </div>
  );
}
