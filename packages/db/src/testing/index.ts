export { createTestDatabase, createEmptyTestDatabase, type TestDatabase } from './test-database.ts';
export { databaseBeforeMigration, type DatabaseBeforeMigration } from './database-before-migration.ts';
