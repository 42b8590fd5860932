// Editors' tokens record when they were last used (to the hour), so an
// operator can tell a token in use from a forgotten one before revoking it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from './support/test-api.ts';

describe('API tokens', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi({ seed: false });
  });
  afterAll(() => api.close());

  it('record their last use on the first request, then at most once an hour', async () => {
    const token = await api.editorToken('last-use test');
    const row = () => api.database.db.apiToken.findFirstOrThrow({ where: { name: 'last-use test' } });
    expect((await row()).lastUsedAt).toBeNull();

    await api.request('{ viewer { isEditor } }', {}, { token });
    const first = (await row()).lastUsedAt;
    expect(first).toBeInstanceOf(Date);
    await api.request('{ viewer { isEditor } }', {}, { token });
    expect((await row()).lastUsedAt).toEqual(first);

    const twoHoursAgo = new Date(Date.now() - 2 * 60 * 60 * 1000);
    await api.database.db.apiToken.updateMany({ where: { name: 'last-use test' }, data: { lastUsedAt: twoHoursAgo } });
    await api.request('{ viewer { isEditor } }', {}, { token });
    expect((await row()).lastUsedAt!.getTime()).toBeGreaterThan(twoHoursAgo.getTime());
  });
});
