import { call } from '../../ipc/client';
import { useQuery } from '../../lib/useQuery';

const load = () => call('auth:list-operators', {});

/** Every active operator account (administrator only), re-fetched after any change. */
export function useOperators() {
  return useQuery(load);
}
