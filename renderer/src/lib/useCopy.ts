import { useState } from 'react';

/**
 * Copies `text` to the clipboard and reports how it went. The clipboard is missing
 * outside a secure context (or refused by policy); callers keep the text selectable
 * so it can be copied by hand.
 */
export function useCopy(text: string) {
  const [copied, setCopied] = useState<'yes' | 'failed' | null>(null);
  const copy = () => {
    if (!navigator.clipboard) {
      setCopied('failed');
      return;
    }
    navigator.clipboard.writeText(text).then(
      () => setCopied('yes'),
      () => setCopied('failed'),
    );
  };
  return { copied, copy };
}
