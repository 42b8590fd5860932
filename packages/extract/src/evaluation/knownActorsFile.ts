import type { ActorKind, KnownActor } from '../types.ts';
import { slugify } from '../text/fold.ts';

// Reads a known-actors JSON file (prisma/seed/actors.json, fixtures/known-actors.json):
// an array of { key, name, kind, aliases, description, country }, or an object holding
// such an array under "actors". `key` becomes KnownActor.id.

const KINDS: readonly ActorKind[] = ['PERSON', 'ORGANIZATION', 'COUNTRY', 'GROUP'];

export function parseKnownActors(json: unknown): KnownActor[] {
  const list = Array.isArray(json) ? json : isRecord(json) && Array.isArray(json['actors']) ? json['actors'] : null;
  if (list === null) throw new Error('actors file: expected an array of actors (or { "actors": [...] })');
  return list.map((entry: unknown, index: number) => parseActor(entry, `actors[${index}]`));
}

function parseActor(json: unknown, where: string): KnownActor {
  if (!isRecord(json)) throw new Error(`${where} must be an object`);
  const name = json['name'];
  if (typeof name !== 'string' || name.trim() === '') throw new Error(`${where}: "name" is required`);
  const given = json['kind'];
  const kind = typeof given === 'string' ? given.toUpperCase() : '';
  if (!KINDS.includes(kind as ActorKind)) throw new Error(`${where}: "kind" must be one of ${KINDS.join(', ')}`);
  const idSource = json['key'] ?? json['id'];
  const aliases = json['aliases'] ?? [];
  if (!Array.isArray(aliases) || !aliases.every((alias) => typeof alias === 'string')) throw new Error(`${where}: "aliases" must be strings`);
  return {
    id: typeof idSource === 'string' && idSource !== '' ? idSource : slugify(name),
    name,
    kind: kind as ActorKind,
    aliases,
    description: typeof json['description'] === 'string' ? json['description'] : null,
    country: typeof json['country'] === 'string' ? json['country'] : null,
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
