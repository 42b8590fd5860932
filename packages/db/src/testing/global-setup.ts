// vitest globalSetup: starts the test PostgreSQL once for the whole run.
import type { TestProject } from 'vitest/node';
import { startTestServer } from './test-server.ts';

import './provided-context.ts';

export default async function setup(project: TestProject) {
  const server = await startTestServer();
  project.provide('testDatabaseServerUrl', server.serverUrl);
  project.provide('testTemplateDatabase', server.templateDatabase);
  return () => server.stop();
}
