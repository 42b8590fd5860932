import type { EventKind } from '../types.ts';

// The kind of a happening, from cue words in the clause that dates it. Order matters:
// a court ruling on sanctions is LEGAL, troops sent to an embassy MILITARY. "March" the
// month is told apart from "march" the protest by case, which is why the text keeps it.

const KIND_CUES: readonly [EventKind, RegExp][] = [
  ['LEGAL', /\b(courts?|tribunal|judges?|ruling|ruled|indict(ed|ment)?|charged with|arrest(ed|s)?|detained|prosecutors?|lawsuit|sued|sentenced|trial|immunity|warrant)\b/i],
  ['SANCTION', /\b(sanction(s|ed|ing)?|embargo|blacklist(ed)?|asset freeze|froze|frozen assets)\b/i],
  ['MILITARY', /\b(troops|soldiers|military (aircraft|planes?|personnel|advisers|specialists|exercises?|drills|equipment)|warplanes?|warships?|airstrikes?|bombers?|deployed|deployment|servicemen|clashes|armed forces|military has arrived|military arrived)\b/i],
  ['PROTEST', /\b([Pp]rotest(s|ers|ed|ing)?|march(ed|es|ers)?|[Rr]all(y|ies|ied)|[Dd]emonstrat(ion|ions|ors|ed)|[Ss]trikes?)\b/],
  ['DIPLOMATIC', /\b(recogni[sz](e|es|ed|ing)|embass(y|ies)|ambassadors?|diplomatic|expel(led|s)?|consulates?|talks|negotiat\w+|summit|met with|visit(ed|s)?|envoy|mediat\w+|dialogue)\b/i],
  ['POLITICAL', /\b(took office|sworn in|inaugurat\w+|proclaim\w*|self-proclamation|elections?|elected|re-elected|vote(d|s)?|referendum|resign(ed|s|ation)?|appoint(ed|s|ment)?|interim president|coup|took power|uprising|constitution\w*)\b/i],
  ['ECONOMIC', /\b(oil|econom\w+|inflation|hyperinflation|currency|bolivars?|gdp|debt|bonds?|exports?|imports?|prices?|pdvsa|crude|barrels?|loans?|investment)\b/i],
];

/** First cue kind found in the text, or null. */
export function cueKind(text: string): EventKind | null {
  for (const [kind, cue] of KIND_CUES) if (cue.test(text)) return kind;
  return null;
}

export interface KindEvidence {
  /** The clause that dates the event, quotations and date expressions blanked out. */
  clause: string;
  /** Someone says or does something in public in that clause. */
  isStatement: boolean;
  /** For statements whose speaker comes last (", the ministry said"), the reported words. */
  reportedFirst: string | null;
}

/**
 * A statement is a STATEMENT, even about sanctions or troops, unless it merely reports
 * a happening it names first ("Troops arrived on Monday, the ministry said.").
 */
export function classifyEvent(evidence: KindEvidence): EventKind {
  if (evidence.isStatement) {
    const reported = evidence.reportedFirst === null ? null : cueKind(evidence.reportedFirst);
    return reported ?? 'STATEMENT';
  }
  return cueKind(evidence.clause) ?? 'OTHER';
}
