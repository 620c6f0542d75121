/** A labelled progress bar with a cancel button, for exports, backups and imports. */
export function ProgressLine({ label, done, total, onCancel, cancelLabel }: {
  label: string;
  done?: number;
  /** Unknown (0 or missing): the bar shows activity without a fraction. */
  total?: number;
  onCancel?: () => void;
  cancelLabel?: string;
}) {
  const known = !!total && done !== undefined;
  return (
    <div class="progress-line">
      <span>{label}</span>
      <progress aria-label={label} {...(known ? { value: done, max: total } : {})} />
      {onCancel && <button type="button" onClick={onCancel}>{cancelLabel}</button>}
    </div>
  );
}
