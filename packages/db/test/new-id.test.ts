// Ids chosen by chronicle's set-based writes are UUIDs version 7, as Prisma's
// @default(uuid(7)) makes them: they sort in the order they were made.
import { describe, expect, it } from 'vitest';
import { newId } from '../src/new-id.ts';

describe('newId', () => {
  it('makes distinct version 7 UUIDs that sort in the order made, even within a millisecond', () => {
    const ids = Array.from({ length: 10_000 }, () => newId());
    for (const id of ids) expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(ids);
  });

  it('starts with the time it was made', () => {
    const before = Date.now();
    const id = newId();
    const ms = parseInt(id.replaceAll('-', '').slice(0, 12), 16);
    expect(ms).toBeGreaterThanOrEqual(before);
    expect(ms).toBeLessThanOrEqual(Date.now() + 5);
  });
});
