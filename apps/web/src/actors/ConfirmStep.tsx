// What an irreversible action will do, said before it is done: the editor
// reads it and confirms or steps back. Nothing is sent until "confirm".
import type { ReactNode } from 'react';

interface ConfirmStepProps {
  children: ReactNode;
  confirmLabel: string;
  busy: boolean;
  onConfirm(): void;
  onCancel(): void;
}

export function ConfirmStep({ children, confirmLabel, busy, onConfirm, onCancel }: ConfirmStepProps) {
  return (
    <div role="alertdialog" aria-label="Confirm" className="confirm-step">
      <div className="confirm-step-text">{children}</div>
      <p className="confirm-step-warning">This cannot be undone.</p>
      <div className="confirm-step-actions">
        <button type="button" className="button button-primary" disabled={busy} onClick={onConfirm}>
          {confirmLabel}
        </button>
        <button type="button" className="button" disabled={busy} onClick={onCancel}>
          Cancel
        </button>
      </div>
    </div>
  );
}
