// Frozen: never edit once released, never import app code. Add a new migration instead.
import { sql, type Kysely } from 'kysely';
import { pinyin } from 'pinyin-pro';

// The key as this migration wrote it (a frozen copy of shared/domain/registry/name-sort.ts at
// the time): by pinyin with tones, numbers padded, the name itself breaking ties.
function key(name: string): string {
  const text = name.normalize('NFKC').trim().toLowerCase();
  if (text === '') return '';
  const spelled = pinyin(text, { toneType: 'num', type: 'all', nonZh: 'consecutive', v: true })
    .map((p) => (p.isZh ? p.pinyin : p.origin.trim().replace(/\d+/g, (d) => d.padStart(8, '0'))))
    .filter((s) => s !== '')
    .join(' ');
  return `${spelled}\u0001${text}`;
}

const TABLES = ['communities', 'companies', 'estates'] as const;

export async function up(db: Kysely<unknown>): Promise<void> {
  // Lists sort names by pinyin (凤凰 < 丽景 < 南泰), not by code point: a sort key beside
  // each name, kept by the repositories, indexed so a sorted page needs no sort.
  for (const table of TABLES) {
    await sql`ALTER TABLE ${sql.table(table)} ADD COLUMN name_sort TEXT NOT NULL DEFAULT ''`.execute(db);
    const rows = await sql<{ id: string; name: string }>`SELECT id, name FROM ${sql.table(table)}`.execute(db);
    for (const row of rows.rows) await sql`UPDATE ${sql.table(table)} SET name_sort = ${key(row.name)} WHERE id = ${row.id}`.execute(db);
    await sql`CREATE INDEX ${sql.raw(`${table}_name_sort`)} ON ${sql.table(table)}(name_sort) WHERE deleted_at IS NULL`.execute(db);
  }
}
