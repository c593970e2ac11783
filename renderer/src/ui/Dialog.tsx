import { useEffect, useId, useRef, type ReactNode } from 'react';

type Props = {
  title: string;
  /** Called when the dialog is dismissed with Esc; the parent then unmounts it. */
  onDismiss: () => void;
  children: ReactNode;
  wide?: boolean;
};

/**
 * A modal on the native <dialog>: the browser traps focus and closes it on Esc.
 * Focus goes to the element marked data-autofocus, else the first field, and returns on close.
 */
export function Dialog({ title, onDismiss, children, wide }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    // Focus goes back where it was (a grid row, a button) when the dialog goes away.
    const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (!dialog.open) dialog.showModal();
    const first = dialog.querySelector<HTMLElement>('[data-autofocus]') ?? dialog.querySelector<HTMLElement>('input, select, textarea');
    first?.focus();
    return () => {
      if (previous?.isConnected) previous.focus();
    };
  }, []);

  return (
    <dialog ref={ref} className={wide ? 'dialog dialog--wide' : 'dialog'} aria-labelledby={titleId} onClose={onDismiss}>
      <h2 id={titleId} className="dialog__title">
        {title}
      </h2>
      {children}
    </dialog>
  );
}
