import { useMemo, useState } from 'react';

/** What a list screen is doing: its quick-search text, and the record being edited or deleted. */
export function useListState<T>() {
  const [search, setSearch] = useState('');
  const [editing, setEditing] = useState<{ record: T | null } | null>(null);
  const [deleting, setDeleting] = useState<T | null>(null);
  // Stable callbacks: the grids build their column definitions from them.
  const actions = useMemo(
    () => ({
      startAdd: () => setEditing({ record: null }),
      startEdit: (record: T) => setEditing({ record }),
      stopEdit: () => setEditing(null),
      startDelete: (record: T) => setDeleting(record),
      stopDelete: () => setDeleting(null),
    }),
    [],
  );
  /** `editing` is `{ record: null }` while adding, `{ record }` while editing, null otherwise. */
  return { search, setSearch, editing, deleting, ...actions };
}
