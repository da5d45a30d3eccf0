import { openOrm, runMigrations } from '../../server/src/db/database';
import { testEnv } from '../support/test-env';

/**
 * The committed migrations and the entities describe one schema: what the ORM would still change after the
 * migrations have run is nothing. Otherwise the next `db:migration:create` writes an unrelated change into
 * someone's migration, and the columns the code expects are not the ones production has.
 */
it('after the migrations, the entities ask for no schema change', async () => {
  const { databaseUrl } = testEnv();
  await runMigrations(databaseUrl);
  const orm = await openOrm(databaseUrl);
  try {
    const pending = await orm.getSchemaGenerator().getUpdateSchemaSQL({ wrap: false });
    expect(pending.trim()).toBe('');
  } finally {
    await orm.close();
  }
});
