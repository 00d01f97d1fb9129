import { useState } from 'preact/hooks';

/** What a polite live region says; saying the same thing twice still changes the text, so it is heard again. */
export function useLiveMessage(): [string, (message: string) => void] {
  const [message, setMessage] = useState('');
  const announce = (next: string) => setMessage((previous) => (previous === next ? `${next}\u00a0` : next));
  return [message, announce];
}
