// The one place where chronicle reaches into @prisma/adapter-pg past its
// public API; test/prisma-pg-internals fails, naming the installed version,
// when an upgrade changes what this relies on.
//
// The schema engine's catalog queries read columns of PostgreSQL's one-byte
// "char" type (pg_constraint.contype and friends). The adapter has no mapping
// for it ("Column type 'char' could not be deserialized") while the engine
// expects a Character column. The adapter's queryRaw takes its rows from its
// own method `performIO` (not part of the SqlDriverAdapter interface), so a
// view of the adapter whose performIO relabels those columns as text lets
// queryRaw map them, and they are then labelled Character.
import { ColumnTypeEnum, type SqlDriverAdapter, type SqlQuery, type SqlResultSet } from '@prisma/driver-adapter-utils';
import { packageVersion } from '../package-version.ts';

export const PRISMA_ADAPTER_PG_VERSION = packageVersion('@prisma/adapter-pg');

const CHAR_OID = 18;
const TEXT_OID = 25;

type PgField = { dataTypeID: number };
type PgAdapterInternals = SqlDriverAdapter & {
  performIO?: (query: SqlQuery) => Promise<{ fields: PgField[]; rows: unknown[][] }>;
};

/** `adapter`, changed in place so that queryRaw reads "char" columns as Character. */
export function readCharColumnsAsCharacter(adapter: SqlDriverAdapter): SqlDriverAdapter {
  const internals = adapter as PgAdapterInternals;
  if (typeof internals.performIO !== 'function') {
    throw new Error(
      `@prisma/adapter-pg ${PRISMA_ADAPTER_PG_VERSION} has no performIO on its adapter; chronicle relies on it in packages/db/src/migrations/prisma-pg-internals.ts`,
    );
  }
  const performIO = internals.performIO.bind(adapter);
  const queryRaw = internals.queryRaw;
  internals.queryRaw = async (query: SqlQuery): Promise<SqlResultSet> => {
    let charColumns: number[] = [];
    // Run the adapter's own queryRaw with a performIO that relabels "char"
    // columns as text (which it can map) and remembers where they were.
    const view = Object.create(adapter, {
      performIO: {
        value: async (q: SqlQuery) => {
          const result = await performIO(q);
          charColumns = [];
          result.fields.forEach((field, index) => {
            if (field.dataTypeID === CHAR_OID) {
              charColumns.push(index);
              field.dataTypeID = TEXT_OID;
            }
          });
          return result;
        },
      },
    }) as SqlDriverAdapter;
    const resultSet = await queryRaw.call(view, query);
    for (const index of charColumns) resultSet.columnTypes[index] = ColumnTypeEnum.Character;
    return resultSet;
  };
  return adapter;
}
