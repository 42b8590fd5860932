export { parseExpectedArticle, type ExpectedArticle, type ExpectedEvent, type ExpectedStance } from './expectedArticle.ts';
export { parseKnownActors } from './knownActorsFile.ts';
export { evaluateArticle, type ArticleEvaluation, type EventRow } from './evaluateArticle.ts';
export { matchEvents, type EventMatch } from './matchEvents.ts';
export { score, sumScores, type Score } from './scores.ts';
export { formatReport, formatScore, formatSummary, type ArticleScores } from './formatReport.ts';
export { readGoldSet, type GoldPage } from './goldSet.ts';
export { scoreTitles, titleProblems, type TitleProblem, type TitleScore } from './titleUsability.ts';
