import { expect, it } from 'vitest';
import { distinctiveTerms, framingSegments, framingTerms } from '../src/accounts/framing.ts';

const moscow = 'The Russian aircraft arrived to continue the maintenance work under military technical cooperation contracts.';
const washington = "Trump: 'Russia has to get out' of Venezuela, the troops must leave";
const rome = 'Venezuela, 2 aerei russi a Caracas con 100 soldati e attrezzature';

it('finds framing words whole, in any case, longest phrase first', () => {
  expect([...framingTerms(moscow)].sort()).toEqual(['contracts', 'maintenance', 'military technical cooperation']);
  expect(framingTerms('Troops, not specialists.')).toEqual(new Set(['troops', 'specialists']));
  // Not inside another word.
  expect(framingTerms('said the aide')).toEqual(new Set());
});

it('highlights in each account the words the others do not use', () => {
  const [m, w, r] = distinctiveTerms([moscow, washington, rome]);
  expect([...m!].sort()).toEqual(['contracts', 'maintenance', 'military technical cooperation']);
  expect([...w!].sort()).toEqual(['get out', 'troops']);
  expect([...r!]).toEqual(['soldati']);
  // Words every account shares are not a difference.
  const [a, b] = distinctiveTerms(['sanctions on oil', 'new sanctions']);
  expect([a!.size, b!.size]).toEqual([0, 0]);
  expect(distinctiveTerms([moscow])[0]!.size).toBe(0);
});

it('cuts text into plain runs and highlighted words that join back into the text', () => {
  const segments = framingSegments(washington, new Set(['troops', 'get out']));
  expect(segments.filter((s) => s.framing).map((s) => s.text)).toEqual(['get out', 'troops']);
  expect(segments.map((s) => s.text).join('')).toBe(washington);
  expect(framingSegments('<b>troops</b>', new Set(['troops']))).toEqual([
    { text: '<b>', framing: false },
    { text: 'troops', framing: true },
    { text: '</b>', framing: false },
  ]);
});
