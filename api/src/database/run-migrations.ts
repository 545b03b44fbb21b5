import { DataSource } from 'typeorm';
import { dataSourceOptions } from './data-source-options';

export interface MigrationReport {
  applied: string[];
}

/** Applies pending migrations with a short-lived connection, before the app starts serving. */
export async function runMigrations(url: string): Promise<MigrationReport> {
  const dataSource = new DataSource({ ...dataSourceOptions(url, { size: 1 }), logging: ['error'] });
  await dataSource.initialize();
  try {
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    return { applied: applied.map((m) => m.name) };
  } finally {
    await dataSource.destroy();
  }
}

export async function revertLastMigration(url: string): Promise<void> {
  const dataSource = new DataSource(dataSourceOptions(url, { size: 1 }));
  await dataSource.initialize();
  try {
    await dataSource.undoLastMigration({ transaction: 'each' });
  } finally {
    await dataSource.destroy();
  }
}
