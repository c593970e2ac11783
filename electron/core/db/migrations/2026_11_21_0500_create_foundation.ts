// Frozen: never edit once released, never import app code. Add a new migration instead.
import { sql, type Kysely } from 'kysely';

// Columns of every record that travels to the city.
const META = sql.raw(`
  id TEXT PRIMARY KEY NOT NULL,
  office_id TEXT NOT NULL REFERENCES offices(id),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
  deleted_at TEXT`);

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`CREATE TABLE offices (
    id TEXT PRIMARY KEY NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
    deleted_at TEXT,
    name TEXT NOT NULL,
    division_code TEXT NOT NULL CHECK (length(division_code) IN (9, 12))
  ) STRICT`.execute(db);

  await sql`CREATE TABLE operators (${META},
    username TEXT NOT NULL,
    display_name TEXT NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('administrator','director','mediator','reviewer','secretary')),
    password_hash TEXT NOT NULL
  ) STRICT`.execute(db);
  await sql`CREATE UNIQUE INDEX operators_username ON operators(username) WHERE deleted_at IS NULL`.execute(db);

  await sql`CREATE TABLE communities (${META},
    name TEXT NOT NULL
  ) STRICT`.execute(db);
  await sql`CREATE UNIQUE INDEX communities_name ON communities(name) WHERE deleted_at IS NULL`.execute(db);

  await sql`CREATE TABLE companies (${META},
    name TEXT NOT NULL,
    credit_code TEXT NOT NULL CHECK (length(credit_code) = 18),
    contact_name TEXT,
    phone TEXT
  ) STRICT`.execute(db);
  await sql`CREATE UNIQUE INDEX companies_credit_code ON companies(credit_code) WHERE deleted_at IS NULL`.execute(db);

  await sql`CREATE TABLE estates (${META},
    name TEXT NOT NULL,
    address TEXT NOT NULL,
    community_id TEXT NOT NULL REFERENCES communities(id),
    company_id TEXT REFERENCES companies(id),
    households INTEGER NOT NULL CHECK (households >= 0)
  ) STRICT`.execute(db);
  await sql`CREATE UNIQUE INDEX estates_name ON estates(name) WHERE deleted_at IS NULL`.execute(db);
  await sql`CREATE INDEX estates_community ON estates(community_id)`.execute(db);
  await sql`CREATE INDEX estates_company ON estates(company_id)`.execute(db);

  await sql`CREATE TABLE staff (${META},
    name TEXT NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('director','mediator','reviewer','secretary')),
    certificate_no TEXT
  ) STRICT`.execute(db);

  await sql`CREATE TABLE changes (
    seq INTEGER PRIMARY KEY NOT NULL CHECK (seq >= 1),
    at TEXT NOT NULL,
    actor TEXT NOT NULL,
    entity TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    action TEXT NOT NULL CHECK (action IN ('create','update','delete','reveal')),
    payload TEXT NOT NULL,
    payload_hash TEXT NOT NULL,
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL
  ) STRICT`.execute(db);
  await sql`CREATE INDEX changes_entity ON changes(entity, entity_id)`.execute(db);
}
