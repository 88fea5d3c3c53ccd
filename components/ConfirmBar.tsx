// Asks the reader to confirm something that cannot be undone, in words that say what will go.

export interface ConfirmBarProps {
  message: string;
  confirmLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
}

/** An alert group with a confirm and a cancel button; cancel comes first in tab order. */
export function ConfirmBar({ message, confirmLabel, onConfirm, onCancel }: ConfirmBarProps) {
  return (
    <div
      class="confirm-bar"
      role="alertdialog"
      aria-label="Please confirm"
      aria-describedby="confirm-message"
    >
      <p id="confirm-message">{message}</p>
      <div class="row-buttons">
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
        <button type="button" class="danger" onClick={onConfirm}>
          {confirmLabel}
        </button>
      </div>
    </div>
  );
}
