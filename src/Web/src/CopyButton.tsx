import { useState } from 'react';

/** Copies a value to the clipboard and says whether it worked. */
export function CopyButton({ text, label }: { text: string; label: string }) {
  const [status, setStatus] = useState<string>();
  // No clipboard outside a secure context: the promise rejects instead of throwing.
  const copy = () =>
    Promise.resolve().then(() => navigator.clipboard.writeText(text)).then(
      () => setStatus('Copied'),
      () => setStatus('Copying failed: select the text and copy it'),
    );
  return (
    <>
      <button type="button" onClick={copy}>{label}</button>
      <span role="status">{status}</span>
    </>
  );
}
