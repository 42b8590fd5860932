import { describe, expect, it } from 'vitest';
import { score, sumScores } from './scores.ts';

describe('scores', () => {
  it('computes precision, recall and F1', () => {
    expect(score(3, 4, 6)).toMatchObject({ precision: 0.75, recall: 0.5, f1: 0.6 });
  });

  it('scores nothing predicted against nothing expected as perfect, and either side empty as zero', () => {
    expect(score(0, 0, 0)).toMatchObject({ precision: 1, recall: 1, f1: 1 });
    expect(score(0, 2, 0)).toMatchObject({ precision: 0, recall: 0, f1: 0 });
    expect(score(0, 0, 2)).toMatchObject({ precision: 0, recall: 0, f1: 0 });
  });

  it('micro-averages by adding counts', () => {
    expect(sumScores([score(1, 1, 2), score(2, 4, 2)])).toMatchObject({ truePositives: 3, predicted: 5, expected: 4, precision: 0.6, recall: 0.75 });
  });
});
