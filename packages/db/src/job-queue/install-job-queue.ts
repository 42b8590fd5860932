// Installs (or upgrades) pg-boss's schema and chronicle's queues with the
// owner's connection, at migration time: the app role that runs workers may
// not create schemas or tables, so its PgBoss starts with migrate: false.
import { PgBoss } from 'pg-boss';
import { JOB_QUEUE_SCHEMA, QUEUE_OPTIONS } from './queues.ts';

export async function installJobQueue(ownerUrl: string): Promise<void> {
  const boss = new PgBoss({
    connectionString: ownerUrl,
    schema: JOB_QUEUE_SCHEMA,
    max: 1,
    migrate: true,
    createSchema: true,
    supervise: false,
    schedule: false,
  });
  // Without a listener pg-boss rethrows its errors as uncaught.
  let failure: Error | undefined;
  boss.on('error', (error) => {
    failure ??= error;
  });
  await boss.start();
  try {
    for (const [name, options] of Object.entries(QUEUE_OPTIONS)) {
      // createQueue leaves an existing queue alone; updateQueue applies changed retry rules.
      if (await boss.getQueue(name)) await boss.updateQueue(name, withoutFixed(options));
      else await boss.createQueue(name, options);
    }
  } finally {
    await boss.stop({ graceful: false });
  }
  if (failure) throw failure;
}

/** updateQueue refuses what a queue is created with for good (its policy). */
function withoutFixed(options: (typeof QUEUE_OPTIONS)[keyof typeof QUEUE_OPTIONS]) {
  const { policy: _policy, partition: _partition, ...rest } = options;
  return rest;
}
