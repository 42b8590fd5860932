// The embedded PostgreSQL's passwords are random per data folder, kept in a
// file only its owner can read, and the application connects as a role that
// is not a superuser (issue 9, defect 7).
import { chmod, mkdtemp, rm, stat, unlink } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { PgBoss } from 'pg-boss';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmbeddedDatabase, type DatabaseHandle } from '../src/database.ts';
import { credentialsFile, readCredentials } from '../src/embedded-credentials.ts';
import { applyMigrations } from '../src/migrations/migrate.ts';
import { JOB_QUEUE_SCHEMA, QUEUES } from '../src/job-queue/queues.ts';

async function query<T>(url: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows as T[];
  } finally {
    await client.end();
  }
}

const withPassword = (url: string, password: string) => {
  const u = new URL(url);
  u.password = password;
  return u.toString();
};

describe('embedded PostgreSQL credentials', () => {
  let parent = '';
  const running: DatabaseHandle[] = [];
  beforeAll(async () => {
    parent = await mkdtemp(path.join(os.tmpdir(), 'chronicle-credentials-'));
    await chmod(parent, 0o755);
  });
  afterAll(async () => {
    for (const db of running) await db.stop();
    if (parent) await rm(parent, { recursive: true, force: true });
  });

  it('a random superuser password per folder, in a 0600 file; the fixed old one is refused', async () => {
    const a = await startEmbeddedDatabase({ dataDir: path.join(parent, 'a') });
    running.push(a);
    const b = await startEmbeddedDatabase({ dataDir: path.join(parent, 'b') });
    running.push(b);
    const ca = (await readCredentials(path.join(parent, 'a')))!;
    const cb = (await readCredentials(path.join(parent, 'b')))!;
    expect(ca.superuserPassword.length).toBeGreaterThanOrEqual(32);
    expect(ca.superuserPassword).not.toBe(cb.superuserPassword);
    expect(ca.appPassword).not.toBe(ca.superuserPassword);
    expect((await stat(credentialsFile(path.join(parent, 'a')))).mode & 0o777).toBe(0o600);
    expect(new URL(a.adminUrl).password).toBe(encodeURIComponent(ca.superuserPassword));
    await expect(query(withPassword(a.adminUrl, 'chronicle'), 'SELECT 1')).rejects.toThrow(/password authentication failed/);
  }, 60_000);

  it('the app connects as a role that is not a superuser: rows yes, DDL, databases and roles no', async () => {
    const db = running[0]!;
    await applyMigrations(db.adminUrl);
    const [me] = await query<{ user: string; rolsuper: boolean; rolcreatedb: boolean; rolcreaterole: boolean }>(
      db.url,
      'SELECT current_user AS user, rolsuper, rolcreatedb, rolcreaterole FROM pg_roles WHERE rolname = current_user',
    );
    expect(me).toEqual({ user: 'chronicle_app', rolsuper: false, rolcreatedb: false, rolcreaterole: false });
    await query(db.url, "INSERT INTO timeline (id, slug, title) VALUES (gen_random_uuid(), 'app-role-check', 'App role check')");
    expect(await query(db.url, "SELECT slug FROM timeline WHERE slug = 'app-role-check'")).toEqual([{ slug: 'app-role-check' }]);
    await expect(query(db.url, 'CREATE TABLE intruder (id int)')).rejects.toThrow(/permission denied/);
    await expect(query(db.url, 'DROP TABLE timeline')).rejects.toThrow(/must be owner/);
    await expect(query(db.url, 'CREATE DATABASE intruder')).rejects.toThrow(/permission denied/);
    await expect(query(db.url, "COPY timeline TO PROGRAM 'true'")).rejects.toThrow(/permission denied|must be superuser|pg_execute_server_program/);
    // The rate limiter's counters, which the server writes as this role.
    await query(db.url, "INSERT INTO chronicle_rate_limits.counters (key, points) VALUES ('check', 1)");
    // The job queue the migrations installed, used as workers use it: sending, fetching, completing,
    // scheduling and supervising, with no DDL of its own.
    const boss = new PgBoss({ connectionString: db.url, schema: JOB_QUEUE_SCHEMA, migrate: false, createSchema: false, supervise: true, schedule: true });
    const errors: Error[] = [];
    boss.on('error', (error) => errors.push(error));
    await boss.start();
    const id = await boss.send(QUEUES.ingestText, { text: 'app role check' });
    const [job] = await boss.fetch(QUEUES.ingestText);
    expect(job?.id).toBe(id);
    await boss.complete(QUEUES.ingestText, id!);
    await boss.schedule(QUEUES.pollFeeds, '*/10 * * * *');
    await boss.stop({ graceful: false });
    expect(errors).toEqual([]);
  }, 60_000);

  it('a folder made when the password was fixed gets a random one on its next start', async () => {
    const dataDir = path.join(parent, 'legacy');
    const first = await startEmbeddedDatabase({ dataDir });
    // Back to how such a folder looked: the fixed password, no credentials file.
    await query(first.adminUrl, "ALTER ROLE postgres PASSWORD 'chronicle'");
    await first.stop();
    await unlink(credentialsFile(dataDir));

    const lines: string[] = [];
    const again = await startEmbeddedDatabase({ dataDir, log: (line) => lines.push(line) });
    running.push(again);
    expect(lines.join('\n')).toMatch(/password is now a random one/);
    const credentials = (await readCredentials(dataDir))!;
    expect(credentials.superuserPassword).not.toBe('chronicle');
    await expect(query(withPassword(again.adminUrl, 'chronicle'), 'SELECT 1')).rejects.toThrow(/password authentication failed/);
    expect(await query(again.url, 'SELECT 1 AS one')).toEqual([{ one: 1 }]);
  }, 60_000);
});
