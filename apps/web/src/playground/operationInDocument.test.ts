import { describe, expect, it } from 'vitest';
import { withOperationInDocument } from './operationInDocument.ts';

describe('the operation name sent with a document', () => {
  it('is kept when the document defines it', () => {
    const params = { query: 'query A { events { totalCount } } query B { actors { totalCount } }', operationName: 'B' };
    expect(withOperationInDocument(params)).toBe(params);
  });

  it('is replaced by the only operation when stale (the tab shown before)', () => {
    const params = { query: 'subscription CrisisLive { eventChanged { kind } }', operationName: 'CrisisInJanuary' };
    expect(withOperationInDocument(params).operationName).toBe('CrisisLive');
  });

  it('is left for the server to refuse when the document has several operations, or does not parse', () => {
    const several = { query: 'query A { a } query B { b }', operationName: 'C' };
    expect(withOperationInDocument(several)).toBe(several);
    const broken = { query: 'query {', operationName: 'C' };
    expect(withOperationInDocument(broken)).toBe(broken);
  });
});
