// A read-only text (a link, a snippet) with a button that copies it; when the
// clipboard is out of reach the text is selected for Ctrl+C instead.
import { useId, useRef, useState } from 'react';
import { copyText } from './copyText.ts';

interface CopyFieldProps {
  label: string;
  value: string;
  buttonLabel: string;
  multiline?: boolean;
}

export function CopyField({ label, value, buttonLabel, multiline = false }: CopyFieldProps) {
  const id = useId();
  const fieldRef = useRef<HTMLInputElement & HTMLTextAreaElement>(null);
  const [status, setStatus] = useState('');

  async function copy() {
    if (await copyText(value)) {
      setStatus('Copied.');
    } else {
      fieldRef.current?.select();
      setStatus('Selected: press Ctrl+C (⌘C) to copy.');
    }
  }

  return (
    <div className="copy-field">
      <label htmlFor={id} className="field-label">
        {label}
      </label>
      {multiline ? (
        <textarea id={id} ref={fieldRef} readOnly rows={3} value={value} onFocus={(e) => e.currentTarget.select()} />
      ) : (
        <input id={id} ref={fieldRef} readOnly value={value} onFocus={(e) => e.currentTarget.select()} />
      )}
      <button type="button" className="button" onClick={() => void copy()}>
        {buttonLabel}
      </button>
      <span className="copy-status" role="status">
        {status}
      </span>
    </div>
  );
}
