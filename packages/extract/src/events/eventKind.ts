import type { EventKind } from '../types.ts';
import type { Range } from './eventDraft.ts';

// The kind of a happening, from cue words. When a clause holds several cues ("sworn in
// … before the Supreme Tribunal"), the one written closest to the date wins: the date
// belongs to the happening it sits next to. Equal distances fall back to this order.
// "March" the month is told apart from "march" the protest by case, which is why the
// text keeps its case and date expressions are blanked out before matching.

const KIND_CUES: readonly [EventKind, RegExp][] = [
  [
    'LEGAL',
    /\b(courts?|tribunal|judges?|ruling|ruled|indict(ed|ment)?|charged with|arrest(ed|s)?|detained|detention|prosecutors?|lawsuit|sued|sentenced|trial|immunity|warrant)\b/gi,
  ],
  ['SANCTION', /\b(sanction(s|ed|ing)?|embargo|blacklist(ed)?|asset freeze|froze|frozen assets)\b/gi],
  ['PROTEST', /\b([Pp]rotest(s|ers|ed|ing)?|march(ed|es|ers)?|[Rr]all(y|ies|ied)|[Dd]emonstrat(ion|ions|ors|ed)|[Ss]trikes?)\b/g],
  [
    'MILITARY',
    /\b(troops|soldiers|military (aircraft|planes?|personnel|advisers|specialists|exercises?|drills|equipment|uprising)|warplanes?|warships?|airstrikes?|bombers?|deployed|deployment|servicemen|clashes|armed forces|military (has )?arrived)\b/gi,
  ],
  [
    'DIPLOMATIC',
    /\b(recogni[sz](e|es|ed|ing)|embass(y|ies)|ambassadors?|diplomatic|expel(led|s)?|consulates?|talks|negotiat\w+|summit|meetings?|met|ministerial|visit(ed|s)?|envoy|mediat\w+|dialogue|asylum|spoke (with|by (tele)?phone)|(tele)?phone call|agreements?|treaty|accord)\b/gi,
  ],
  [
    'POLITICAL',
    /\b(took office|sworn in|inaugurat\w+|proclaim\w*|self-proclamation|elections?|elected|re-elected|vote(d|s)?|referendum|resign(ed|s|ation)?|appoint(ed|s|ment)?|interim president|coup|took power|uprising|constitution\w*)\b/gi,
  ],
  [
    'ECONOMIC',
    /\b(oil|econom\w+|inflation|hyperinflation|currency|bolivars?|gdp|debt|bonds?|exports?|imports?|prices?|pdvsa|crude|barrels?|loans?|investment)\b/gi,
  ],
];

export interface CueHit {
  kind: EventKind;
  start: number;
  end: number;
  rank: number;
}

/** Every cue word in a text, in text order; run once per article and queried by range. */
export function findCues(text: string): CueHit[] {
  const hits: CueHit[] = [];
  KIND_CUES.forEach(([kind, cue], rank) => {
    for (const match of text.matchAll(cue)) hits.push({ kind, start: match.index, end: match.index + match[0].length, rank });
  });
  return hits.sort((a, b) => a.start - b.start);
}

function distance(hit: CueHit, anchor: Range): number {
  if (hit.end <= anchor.start) return anchor.start - hit.end;
  if (hit.start >= anchor.end) return hit.start - anchor.end;
  return 0;
}

/** The cue kind nearest to `anchor` (offsets within `text`), or the first one written when there is no anchor. */
export function cueKind(text: string, anchor: Range | null = null): EventKind | null {
  return nearestCue(findCues(text), { start: 0, end: text.length }, anchor);
}

/** Among cues lying inside `within`, the kind nearest to `anchor` (same offsets), or the first one. */
export function nearestCue(hits: readonly CueHit[], within: Range, anchor: Range | null): EventKind | null {
  let best: CueHit | null = null;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const hit of hits) {
    if (hit.start < within.start || hit.end > within.end) continue;
    const away = anchor === null ? hit.start : distance(hit, anchor);
    if (away < bestDistance || (away === bestDistance && best !== null && hit.rank < best.rank)) {
      best = hit;
      bestDistance = away;
    }
  }
  return best?.kind ?? null;
}

export interface KindEvidence {
  /** Cue words of the article, found with quotations and date expressions blanked out. */
  cues: readonly CueHit[];
  /** The clause that dates the event. */
  clause: Range;
  /** Where the date sits, when it is in the clause. */
  date: Range | null;
  /** Someone says or does something in public in that clause. */
  isStatement: boolean;
  /** For verbs that announce a measure ("announced new sanctions"), the words after the verb. */
  announced: Range | null;
  /** The other passages of the event, used when the clause itself has no cue. */
  otherPassages: readonly Range[];
}

const ANNOUNCING_VERBS: ReadonlySet<string> = new Set(['announced', 'announces', 'ordered', 'orders', 'signed', 'approved', 'decreed', 'imposed']);

export function announcesAMeasure(verb: string): boolean {
  return ANNOUNCING_VERBS.has(verb);
}

/**
 * A statement is a STATEMENT, even about sanctions or troops ("the diplomat condemned
 * the new sanctions"), unless it announces a measure ("announced new sanctions").
 */
export function classifyEvent(evidence: KindEvidence): EventKind {
  const { cues } = evidence;
  if (evidence.isStatement) return (evidence.announced === null ? null : nearestCue(cues, evidence.announced, null)) ?? 'STATEMENT';
  const fromClause = nearestCue(cues, evidence.clause, evidence.date);
  if (fromClause !== null) return fromClause;
  for (const passage of evidence.otherPassages) {
    const fromPassage = nearestCue(cues, passage, null);
    if (fromPassage !== null) return fromPassage;
  }
  return 'OTHER';
}
