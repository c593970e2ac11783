import type { InputOf } from '#shared/ipc/contract';

/** The 整改清单 filters: `actions:list`'s input without the page, which the grid asks for block by block. */
export type ActionQuery = Omit<InputOf<'actions:list'>, 'offset' | 'limit'>;
