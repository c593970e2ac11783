import { useEffect, useRef } from 'react';
import type { ErrorBody } from '#shared/ipc/envelope';

/**
 * After a refused save, moves the focus to the first field marked invalid, so a long
 * form (the intake, with its parties) scrolls to what needs fixing. Returns the ref
 * of an element inside the form.
 */
export function useFocusFirstInvalid<E extends HTMLElement>(error: ErrorBody | null) {
  const ref = useRef<E>(null);
  useEffect(() => {
    if (!error?.issues?.length) return;
    const scope = ref.current?.closest('form') ?? ref.current;
    scope?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [error]);
  return ref;
}
