import type { ResolvedDate } from '../types.ts';
import type { CalendarDate } from '@chronicle/calendar';
import type { Direction } from './readerBias.ts';

/** A date expression found in the text, not yet placed on the calendar. */
export interface DateCandidate {
  start: number;
  end: number;
  /** Among overlapping candidates of equal length, the higher wins (own news rules over chrono). */
  priority: number;
  resolve(context: ResolutionContext): Resolution;
}

export interface ResolutionContext {
  published: CalendarDate | null;
  direction: Direction;
}

export type Resolution = { resolved: ResolvedDate } | { unresolvedReason: string };

/** A rule over the whole text: a global regular expression and what each match means. */
export interface DateRule {
  pattern: RegExp;
  build(match: RegExpExecArray): DateCandidate[];
}

export const MISSING_PUBLICATION_DATE = 'relative to the publication date, which is missing';

/** Resolution for expressions that only make sense against the publication date. */
export function relativeToPublication(place: (published: CalendarDate, direction: Direction) => ResolvedDate | null) {
  return (context: ResolutionContext): Resolution => {
    if (context.published === null) return { unresolvedReason: MISSING_PUBLICATION_DATE };
    const resolved = place(context.published, context.direction);
    return resolved === null ? { unresolvedReason: 'not a real calendar date' } : { resolved };
  };
}

export function fixed(resolved: ResolvedDate | null): (context: ResolutionContext) => Resolution {
  return () => (resolved === null ? { unresolvedReason: 'not a real calendar date' } : { resolved });
}

/** Offset of a capture group inside the whole text (requires the `d` flag on the pattern). */
export function groupStart(match: RegExpExecArray, group: number): number {
  return match.indices?.[group]?.[0] ?? match.index;
}

export function groupEnd(match: RegExpExecArray, group: number): number {
  return match.indices?.[group]?.[1] ?? match.index + match[0].length;
}
