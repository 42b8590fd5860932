// The shape of prisma/seed/*.json, read and checked before anything is written.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { ActorKind, ActorRole, DatePrecision, EventKind, StanceKind } from '../generated/prisma/enums.ts';
import { seedDir } from '../paths.ts';

export interface SeedActor { key: string; name: string; kind: ActorKind; aliases: string[]; description: string; country: string | null }
export interface SeedSource {
  key: string; title: string; publisher: string | null; url: string | null; publishedOn: string | null; language: string; textFile?: string | null;
  /** ISO 3166-1 alpha-2 of the publisher, where known. */
  publisherCountry?: string | null;
}
/** A date a source gives, resolved against its publication day, written like an event's. */
export interface SeedResolvedDate { precision: DatePrecision; start: string; end: string | null }
export interface SeedCitation { source: string; passage: string | null; dateExpression: string | null; resolved?: SeedResolvedDate }
export interface SeedQuote { speaker: string; text: string; source: string }
export interface SeedEvent {
  key: string; title: string; summary: string; kind: EventKind; precision: DatePrecision;
  start: string; end: string | null; place: string | null; country: string | null;
  /** An editor's "key event" flag. */
  isKey?: boolean;
  actors: { actor: string; role: ActorRole }[]; citations: SeedCitation[]; quotes: SeedQuote[];
}
export interface SeedStanceCitation { source: string; passage: string | null }
export interface SeedStance {
  actor: string; stance: StanceKind; target: string; since: string | null; sincePrecision: DatePrecision | null;
  /** Every source that states the stance. */
  citations: SeedStanceCitation[];
}
export interface SeedTimeline { slug: string; title: string; description: string }

export interface SeedData {
  actors: SeedActor[];
  sources: SeedSource[];
  events: SeedEvent[];
  stances: SeedStance[];
  timeline: SeedTimeline;
  /** Full texts of sources we hold, by source key. */
  sourceTexts: Map<string, string>;
}

async function readJson<T>(dir: string, name: string): Promise<T> {
  return JSON.parse(await readFile(path.join(dir, name), 'utf8')) as T;
}

export async function readSeedData(dir = seedDir): Promise<SeedData> {
  const [actors, sources, events, stances, timeline] = await Promise.all([
    readJson<SeedActor[]>(dir, 'actors.json'),
    readJson<SeedSource[]>(dir, 'sources.json'),
    readJson<SeedEvent[]>(dir, 'events.json'),
    readJson<SeedStance[]>(dir, 'stances.json'),
    readJson<SeedTimeline>(dir, 'timeline.json'),
  ]);
  const sourceTexts = new Map<string, string>();
  for (const source of sources) {
    if (source.textFile) sourceTexts.set(source.key, await readFile(path.join(dir, source.textFile), 'utf8'));
  }
  const data = { actors, sources, events, stances, timeline, sourceTexts };
  assertReferencesResolve(data);
  return data;
}

function assertReferencesResolve(data: SeedData): void {
  const actorKeys = new Set(data.actors.map((a) => a.key));
  const sourceKeys = new Set(data.sources.map((s) => s.key));
  const problems: string[] = [];
  const need = (keys: Set<string>, key: string | null, where: string) => {
    if (key !== null && !keys.has(key)) problems.push(`${where}: unknown key "${key}"`);
  };
  for (const event of data.events) {
    for (const { actor } of event.actors) need(actorKeys, actor, `event ${event.key}`);
    for (const { source } of event.citations) need(sourceKeys, source, `event ${event.key}`);
    for (const quote of event.quotes) {
      need(actorKeys, quote.speaker, `quote in ${event.key}`);
      need(sourceKeys, quote.source, `quote in ${event.key}`);
    }
  }
  for (const stance of data.stances) {
    need(actorKeys, stance.actor, 'stance');
    need(actorKeys, stance.target, 'stance');
    if (!Array.isArray(stance.citations)) {
      problems.push(`stance ${stance.actor} ${stance.stance} ${stance.target}: "citations" must be a list`);
      continue;
    }
    for (const { source } of stance.citations) need(sourceKeys, source, `stance ${stance.actor} ${stance.stance} ${stance.target}`);
  }
  if (problems.length > 0) throw new Error(`seed data is inconsistent:\n${problems.join('\n')}`);
}
