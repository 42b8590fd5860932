// Migration scripts are cut where statements end, so a PL/pgSQL body (whose
// statements end in ";" too) reaches PostgreSQL whole.
import { describe, expect, it } from 'vitest';
import { sqlScriptStatements } from '../src/migrations/sql-script-statements.ts';

describe('sqlScriptStatements', () => {
  it('keeps dollar-quoted bodies, quoted semicolons and comments inside their statement', () => {
    const script = `-- a comment; with a semicolon
CREATE TABLE "a;b" (x text DEFAULT ';');
CREATE FUNCTION f() RETURNS trigger LANGUAGE plpgsql AS $body$
BEGIN
  INSERT INTO t VALUES (1); -- inside; too
  RETURN NULL;
END
$body$;
/* block; comment */ SELECT 'it''s; fine', $$ a; b $$;
SELECT 1`;
    expect(sqlScriptStatements(script)).toEqual([
      `-- a comment; with a semicolon\nCREATE TABLE "a;b" (x text DEFAULT ';')`,
      `CREATE FUNCTION f() RETURNS trigger LANGUAGE plpgsql AS $body$\nBEGIN\n  INSERT INTO t VALUES (1); -- inside; too\n  RETURN NULL;\nEND\n$body$`,
      `/* block; comment */ SELECT 'it''s; fine', $$ a; b $$`,
      'SELECT 1',
    ]);
  });

  it('drops what holds only comments or nothing', () => {
    expect(sqlScriptStatements('SELECT 1;\n\n-- the end\n')).toEqual(['SELECT 1']);
  });

  it('does not take a positional parameter or an identifier with $ for a dollar quote', () => {
    expect(sqlScriptStatements('SELECT a$b$c FROM t; SELECT 2')).toEqual(['SELECT a$b$c FROM t', 'SELECT 2']);
  });
});
