import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from './data-source-options';

const MIGRATIONS_DIR = join(process.cwd(), 'api/src/database/migrations');

/**
 * Compares the entities with a migrated database and writes the difference as a new migration,
 * registered in `migrations/index.ts`. Review it: constraints TypeORM cannot express
 * (exclusion, triggers) are written by hand.
 */
export async function generateMigration(url: string, name: string): Promise<string | null> {
  const dataSource = new DataSource(dataSourceOptions(url, { size: 1 }));
  await dataSource.initialize();
  try {
    await dataSource.runMigrations({ transaction: 'each' });
    const { upQueries, downQueries } = await dataSource.driver.createSchemaBuilder().log();
    if (upQueries.length === 0) return null;
    const timestamp = Date.now();
    const className = `${name}${timestamp}`;
    const fileName = `${timestamp}-${name.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase()}`;
    const statement = (q: { query: string; parameters?: unknown[] }): string =>
      `    await queryRunner.query(${JSON.stringify(q.query)}${q.parameters?.length ? `, ${JSON.stringify(q.parameters)}` : ''});`;
    const source = `import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ${className} implements MigrationInterface {
  name = '${className}';

  async up(queryRunner: QueryRunner): Promise<void> {
${upQueries.map(statement).join('\n')}
  }

  async down(queryRunner: QueryRunner): Promise<void> {
${[...downQueries].reverse().map(statement).join('\n')}
  }
}
`;
    await writeFile(join(MIGRATIONS_DIR, `${fileName}.ts`), source);
    const indexPath = join(MIGRATIONS_DIR, 'index.ts');
    const index = await readFile(indexPath, 'utf8');
    await writeFile(
      indexPath,
      index.replace(/(\n\/\*\*)/, `import { ${className} } from './${fileName}';\n$1`).replace(/\];\s*$/, `, ${className}];\n`),
    );
    return fileName;
  } finally {
    await dataSource.destroy();
  }
}
