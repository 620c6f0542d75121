import type { ComponentChildren } from 'preact';

interface Props {
  /** The id of the control in `children`. */
  id: string;
  label: string;
  hint?: string;
  /** What to fix, shown under the field and announced with it. */
  problem?: string;
  children: ComponentChildren;
}

/** A label, its control, a hint and a problem; the control points at the last two with `describedBy`. */
export function FormField({ id, label, hint, problem, children }: Props) {
  return (
    <div class="options-field">
      <label for={id}>{label}</label>
      {children}
      {hint && (
        <small id={`${id}-hint`} class="muted">
          {hint}
        </small>
      )}
      {problem && (
        <span id={`${id}-problem`} class="error options-problem">
          {problem}
        </span>
      )}
    </div>
  );
}

/** The aria attributes of a control inside a FormField. */
export function describedBy(id: string, parts: { hint?: boolean; problem?: boolean }) {
  const ids = [parts.hint && `${id}-hint`, parts.problem && `${id}-problem`].filter(Boolean).join(' ');
  return { ...(ids ? { 'aria-describedby': ids } : {}), ...(parts.problem ? { 'aria-invalid': true } : {}) };
}
