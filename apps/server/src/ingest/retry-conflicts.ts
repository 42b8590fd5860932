// Two articles that report the same events, ingested at the same moment, both
// add citations to those events and can deadlock; PostgreSQL then aborts one
// transaction. Running it again is the documented remedy.
import { isWriteConflict } from '@chronicle/db';

const ATTEMPTS = 5;

export async function retryOnConflict<T>(work: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await work();
    } catch (error) {
      if (attempt >= ATTEMPTS || !isWriteConflict(error)) throw error;
      await new Promise((resolve) => setTimeout(resolve, 20 * attempt + Math.random() * 30));
    }
  }
}
