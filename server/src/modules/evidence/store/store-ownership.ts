import type { EntityManager } from '@mikro-orm/postgresql';
import { DomainError } from '../../../common/errors';
import { queryRows, sql } from '../../../common/sql-fragment';
import type { EvidenceStorage } from '../storage/evidence-storage';

/** The store is marked as another database's (or its marker cannot be read): nothing may be written to it or removed from it. */
export class ForeignStoreError extends Error {
  constructor(
    /** The database the marker names, or null when the marker cannot be read. */
    readonly storeDatabaseId: string | null,
    readonly databaseId: string,
    readonly store: string,
  ) {
    super(
      storeDatabaseId
        ? `The evidence store (${store}) belongs to database ${storeDatabaseId}, not to this database ${databaseId}: it is left alone.`
        : `The evidence store (${store}) has a marker that cannot be read; this database is ${databaseId}. The store is left alone.`,
    );
    this.name = 'ForeignStoreError';
  }
}

interface Marker {
  database: string;
}

/**
 * Which database an evidence store belongs to. The sweeper removes every stored file its own database does
 * not refer to, so a store shared by two deployments would have each delete the other's files, and an upload
 * into a store another database sweeps would vanish within the hour. The store therefore carries a marker
 * with the ID of its database (database_identity); a store without one is claimed by the first database that
 * uses it, existing files and all. Whoever finds another database's marker, or one it cannot read, neither
 * writes nor sweeps, and never touches the marker: putting that right is a person's decision.
 */
export class StoreOwnership {
  private databaseId: Promise<string> | null = null;

  constructor(private readonly storage: EvidenceStorage) {}

  /** Claims the store when it has no marker yet; throws ForeignStoreError when it is another database's. */
  async assertOwned(em: EntityManager): Promise<void> {
    const databaseId = await this.ownDatabaseId(em);
    let marker = await this.storage.readMarker();
    if (marker === null) {
      await this.storage.createMarker(render(databaseId));
      // Read back rather than trusted: another database may have claimed it at the same moment and won.
      marker = await this.storage.readMarker();
    }
    const owner = parse(marker);
    if (owner !== databaseId) throw new ForeignStoreError(owner, databaseId, this.storage.description);
  }

  /** One database per process, and its identity never changes: asked once. */
  private ownDatabaseId(em: EntityManager): Promise<string> {
    if (!this.databaseId) {
      this.databaseId = queryRows<{ id: string }>(em.fork(), sql`select id from database_identity order by created_at, id limit 1`).then(([row]) => {
        if (!row) throw new Error('database_identity is empty: run the migrations.');
        return row.id;
      });
      // A failed lookup (the database briefly away) is asked again next time.
      this.databaseId.catch(() => (this.databaseId = null));
    }
    return this.databaseId;
  }
}

function render(database: string): string {
  const marker = {
    database,
    claimedAt: new Date().toISOString(),
    about:
      'This LabelCycle evidence store belongs to the database with this ID (its table database_identity). Another ' +
      'database refuses to upload into it or to sweep it.',
  };
  return `${JSON.stringify(marker, null, 2)}\n`;
}

function parse(text: string | null): string | null {
  try {
    const database = (JSON.parse(text ?? '') as Partial<Marker>).database;
    return typeof database === 'string' && database ? database : null;
  } catch {
    return null;
  }
}

/** What an uploader hears while the store is another database's: the details are in the api's log. */
export const storeUnavailable = () =>
  new DomainError(
    'UNAVAILABLE',
    'Evidence cannot be uploaded at the moment: the file storage is not set up for this LabelCycle. Nothing was stored. Please tell your administrator.',
  );
