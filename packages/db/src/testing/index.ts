export { createTestDatabase, createEmptyTestDatabase, type TestDatabase } from './test-database.ts';
