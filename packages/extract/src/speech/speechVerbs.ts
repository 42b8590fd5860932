// Verbs that attribute words or a public position to someone. "report" verbs carry on a
// statement ("he added"); "act" verbs are a public act of their own ("the diplomat also
// condemned"), which matters when deciding whether a paragraph starts a new event.

export type SpeechVerbClass = 'report' | 'act';

// prettier-ignore
const REPORT_VERBS = [
  'said', 'says', 'stated', 'added', 'adds', 'told', 'tells', 'noted', 'notes', 'stressed', 'stresses', 'explained',
  'explains', 'insisted', 'insists', 'claimed', 'claims', 'argued', 'argues', 'declared', 'declares', 'warned', 'warns',
  'wrote', 'writes', 'tweeted', 'tweets', 'replied', 'replies', 'responded', 'responds', 'recalled', 'recalls',
  'reiterated', 'reiterates', 'affirmed', 'affirms', 'assured', 'assures', 'emphasized', 'emphasised', 'emphasizes',
  'underlined', 'underscored', 'observed', 'commented', 'continued', 'acknowledged', 'admitted', 'confirmed', 'reported',
  'revealed', 'suggested', 'indicated', 'maintained', 'asserted', 'remarked', 'pointed', 'predicted', 'estimated',
];

// prettier-ignore
const ACT_VERBS = [
  'condemned', 'condemns', 'denounced', 'denounces', 'called', 'calls', 'urged', 'urges', 'accused', 'accuses',
  'criticized', 'criticised', 'criticizes', 'criticises', 'praised', 'praises', 'welcomed', 'welcomes', 'demanded',
  'rejected', 'rejects', 'threatened', 'threatens', 'blamed', 'blames', 'described', 'describes', 'asked', 'asks',
  'announced', 'announces', 'vowed', 'vows', 'promised', 'promises', 'pledged', 'pledges', 'denied', 'denies',
  'dismissed', 'dismisses', 'slammed', 'slams', 'hailed', 'hails', 'questioned', 'appealed', 'proposed', 'labeled', 'labelled', 'branded', 'defended', 'defends',
];

export const SPEECH_VERBS: ReadonlyMap<string, SpeechVerbClass> = new Map<string, SpeechVerbClass>([
  ...REPORT_VERBS.map((verb): [string, SpeechVerbClass] => [verb, 'report']),
  ...ACT_VERBS.map((verb): [string, SpeechVerbClass] => [verb, 'act']),
]);

/** Words that may stand between a speaker and the verb: "Ryabkov also said", "Pompeo has repeatedly warned". */
// prettier-ignore
export const BETWEEN_SPEAKER_AND_VERB: ReadonlySet<string> = new Set([
  'also', 'further', 'later', 'earlier', 'then', 'again', 'previously', 'reportedly', 'recently', 'once', 'had', 'has',
  'have', 'was', 'is', 'publicly', 'repeatedly', 'firmly', 'strongly', 'personally', 'separately', 'subsequently',
  'openly', 'flatly', 'already', 'even', 'quickly', 'immediately', 'however',
]);
