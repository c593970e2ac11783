import type { Db } from '../db/schema';
import { cityKeysSchema, type CityKeys } from './sync-documents';
import { getSetting } from './sync.repository';

export const CITY_KEYS_SETTING = 'city-keys';

/** The city keys this office encrypts to, with who set them and when; null before `sync:set-city-keys`. */
export async function readCityKeysSetting(db: Db): Promise<{ keys: CityKeys; setAt: string; setBy: string } | null> {
  const row = await getSetting(db, CITY_KEYS_SETTING);
  if (!row) return null;
  const parsed = cityKeysSchema.safeParse(JSON.parse(row.value));
  return parsed.success ? { keys: parsed.data, setAt: row.updated_at, setBy: row.updated_by } : null;
}

export const readCityKeys = async (db: Db): Promise<CityKeys | null> => (await readCityKeysSetting(db))?.keys ?? null;
