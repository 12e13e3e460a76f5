export { type Database, type DatabaseTarget, type Dialect, isReachable, openDatabase } from './database.ts';
export { migrateToLatest, migrations, pendingMigrations } from './migrate.ts';
export type * from './tables.ts';
export { CHANGE_CHANNEL, type ChangeListener, listenForChanges } from './listen.ts';
export { createSqliteRowWriter, type SqliteRowWriter } from './sqlite-row-writer.ts';
