// A labelled on/off switch: a native checkbox with role "switch", so it works with keyboard and screen readers.

export interface SwitchProps {
  label: string;
  checked: boolean;
  disabled?: boolean;
  /** Id of an element that explains the switch further. */
  describedBy?: string;
  onChange: (checked: boolean) => void;
}

/** One switch; its accessible name is `label`. */
export function Switch({ label, checked, disabled = false, describedBy, onChange }: SwitchProps) {
  return (
    <label class="switch">
      <input
        type="checkbox"
        role="switch"
        checked={checked}
        disabled={disabled}
        aria-checked={checked}
        {...(describedBy ? { 'aria-describedby': describedBy } : {})}
        onChange={(event) => onChange(event.currentTarget.checked)}
      />
      <span class="switch-track" aria-hidden="true" />
      <span class="switch-label">{label}</span>
    </label>
  );
}
