// The message one instance sends the others about a write: ids and facts
// only, never content. NOTIFY payloads must stay under 8000 bytes, and each
// subscriber loads the row itself, with its own visibility.
import { MAX_NOTICE_BYTES } from '@chronicle/db';

export const CHANGE_KINDS = ['CREATED', 'UPDATED', 'PUBLISHED', 'REJECTED', 'MERGED', 'DELETED'] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];

export interface ChangeNotice {
  type: 'event' | 'stance';
  id: string;
  change: ChangeKind;
  /** Readers could see it before the write. */
  wasPublic: boolean;
  /** Readers can see it after the write. */
  isPublic: boolean;
  /**
   * Events: the timelines it is on; stances: its holder and target. null when
   * too many to fit a notice: then every subscriber hears of it.
   */
  scope: string[] | null;
  /** MERGED: the event merged into this one, now deleted. */
  mergedFrom?: string;
}

export function encodeNotice(notice: ChangeNotice): string {
  const text = JSON.stringify(notice);
  return Buffer.byteLength(text) <= MAX_NOTICE_BYTES ? text : JSON.stringify({ ...notice, scope: null });
}

const isStrings = (value: unknown): value is string[] => Array.isArray(value) && value.every((v) => typeof v === 'string');

/** A notice from the bus, or null for anything else on the channel (another version, a stray NOTIFY). */
export function decodeNotice(text: string): ChangeNotice | null {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  if (!value || typeof value !== 'object') return null;
  const v = value as Record<string, unknown>;
  if ((v.type !== 'event' && v.type !== 'stance') || typeof v.id !== 'string') return null;
  if (!CHANGE_KINDS.includes(v.change as ChangeKind) || typeof v.wasPublic !== 'boolean' || typeof v.isPublic !== 'boolean') return null;
  if (v.scope !== null && !isStrings(v.scope)) return null;
  if (v.mergedFrom !== undefined && typeof v.mergedFrom !== 'string') return null;
  return {
    type: v.type,
    id: v.id,
    change: v.change as ChangeKind,
    wasPublic: v.wasPublic,
    isPublic: v.isPublic,
    scope: v.scope,
    ...(typeof v.mergedFrom === 'string' ? { mergedFrom: v.mergedFrom } : {}),
  };
}
