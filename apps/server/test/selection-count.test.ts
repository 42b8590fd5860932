// The measure behind the selection limits, on its own: what it counts, and
// that measuring a hostile document costs no more than the budget.
import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { countSelections } from '../src/graphql/selection-count.ts';

const count = (query: string, budget = 1_000_000) => countSelections(parse(query), budget);

describe('countSelections', () => {
  it('counts a fragment at each spread and every field, __typename included', () => {
    const query = '{ events { ...Page ...Page } __typename } fragment Page on EventConnection { totalCount nodes { id } }';
    expect(count(query).selections).toBe(1 + 2 * 3 + 1);
    expect(count(query).mostRepeated).toEqual({ path: 'events.totalCount', count: 2 });
  });

  it('tells aliases apart and counts inline fragments at their parent', () => {
    expect(count('{ a: events { totalCount } b: events { totalCount } }').mostRepeated.count).toBe(1);
    expect(count('{ events { totalCount ... on EventConnection { totalCount } } }').mostRepeated).toEqual({ path: 'events.totalCount', count: 2 });
  });

  it('stops at the budget, however many fields the fragments multiply to', () => {
    const n = 60;
    const fragments = Array.from({ length: n }, (_, i) => `fragment F${i} on Query { ...F${i + 1} ...F${i + 1} }`);
    const query = ['query { ...F0 }', ...fragments, `fragment F${n} on Query { __typename }`].join('\n');
    expect(count(query, 2_000).selections).toBe(2_001);
  });

  it('leaves cycles and unknown fragments to validation, and measures an unused fragment on its own', () => {
    expect(count('{ ...A } fragment A on Query { __typename ...A ...Missing }').selections).toBe(1);
    const unused = `{ __typename } fragment Unused on Query { ${Array.from({ length: 20 }, () => 'events { totalCount }').join(' ')} }`;
    expect(count(unused).mostRepeated).toEqual({ path: '...Unused.events', count: 20 });
  });
});
