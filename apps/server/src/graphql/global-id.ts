// Global, opaque IDs: base64url("Type:uuid"). Clients must not parse them.
import { badInput } from './errors.ts';

export type NodeType = 'Event' | 'Actor' | 'Source' | 'Quote' | 'Stance' | 'Timeline' | 'Citation' | 'StanceCitation' | 'IngestionJob' | 'Feed';
const NODE_TYPES = new Set<string>(['Event', 'Actor', 'Source', 'Quote', 'Stance', 'Timeline', 'Citation', 'StanceCitation', 'IngestionJob', 'Feed']);
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export function toGlobalId(type: NodeType, id: string): string {
  return Buffer.from(`${type}:${id}`, 'utf8').toString('base64url');
}

export function parseGlobalId(globalId: string): { type: NodeType; id: string } | null {
  const decoded = Buffer.from(globalId, 'base64url').toString('utf8');
  const separator = decoded.indexOf(':');
  const type = decoded.slice(0, separator);
  const id = decoded.slice(separator + 1);
  return separator > 0 && NODE_TYPES.has(type) && UUID.test(id) ? { type: type as NodeType, id } : null;
}

/** The database id behind a global ID of `type`, or a BAD_USER_INPUT error naming the argument. */
export function idOf(type: NodeType, globalId: string, argument = 'id'): string {
  const parsed = parseGlobalId(globalId);
  if (!parsed || parsed.type !== type) throw badInput(`"${argument}" is not a valid ${type} ID.`, argument);
  return parsed.id;
}
