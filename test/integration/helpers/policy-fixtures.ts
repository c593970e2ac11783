import { makePolicyPack, type PackOptions } from '#core/city/policy-pack';
import type { Session } from '#core/call-context';
import { join } from 'node:path';
import { TEST_NOW } from './test-ports';
import type { SyncWorld } from './sync-fixtures';

/** The sample (示例) 2027 arrangement shipped with the tests. */
export const SAMPLE_2027 = join(__dirname, '..', '..', 'fixtures', 'policy', 'holidays-2027-sample.json');
export const SAMPLE_2028_CSV = join(__dirname, '..', '..', 'fixtures', 'policy', 'holidays-2028-sample.csv');

export const DIRECTOR: Session = { principal: { actor: 'zhuren', role: 'director', operatorId: null } };

let n = 0;
/** Signs a pack in the world's city directory and writes it to the USB folder. */
export const cityPack = (w: SyncWorld, o: Partial<PackOptions> = {}) =>
  makePolicyPack(w.cityDir, { holidays: [SAMPLE_2027], cityCode: '4212', out: join(w.usb, `pack-${++n}.json`), now: new Date(TEST_NOW), ...o });
