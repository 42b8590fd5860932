/** Precision, recall and F1 from counts; an empty prediction against an empty truth scores 1. */
export interface Score {
  truePositives: number;
  predicted: number;
  expected: number;
  precision: number;
  recall: number;
  f1: number;
}

export function score(truePositives: number, predicted: number, expected: number): Score {
  const precision = predicted === 0 ? (expected === 0 ? 1 : 0) : truePositives / predicted;
  const recall = expected === 0 ? (predicted === 0 ? 1 : 0) : truePositives / expected;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { truePositives, predicted, expected, precision, recall, f1 };
}

/** Micro-average: add up the counts, then score. */
export function sumScores(scores: readonly Score[]): Score {
  const total = (pick: (item: Score) => number): number => scores.reduce((sum, item) => sum + pick(item), 0);
  return score(
    total((item) => item.truePositives),
    total((item) => item.predicted),
    total((item) => item.expected),
  );
}
