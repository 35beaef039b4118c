import type { ReactNode } from 'react';

/** What a control needs to be tied to its label, hint and error. */
export interface ControlProps {
  id: string;
  'aria-invalid': boolean;
  'aria-describedby': string | undefined;
}

interface FormFieldProps {
  id: string;
  label: string;
  /** Shown after the label, e.g. "(optional)". */
  labelNote?: string;
  hint?: string;
  error?: string;
  wide?: boolean;
  children: (control: ControlProps) => ReactNode;
}

/**
 * A labelled control with its hint and error, wired as WCAG 3.3.1 asks: the error is text in
 * `<id>-error`, announced (`role="alert"`), and the control points at it with aria-describedby.
 */
export function FormField({ id, label, labelNote, hint, error, wide, children }: FormFieldProps) {
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  const describedBy = [error ? errorId : null, hint ? hintId : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className={wide ? 'field field-wide' : 'field'}>
      <label htmlFor={id}>
        {label}
        {labelNote && <span className="optional"> {labelNote}</span>}
      </label>
      {children({ id, 'aria-invalid': Boolean(error), 'aria-describedby': describedBy })}
      {hint && (
        <p id={hintId} className="hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={errorId} role="alert" className="error">
          {error}
        </p>
      )}
    </div>
  );
}
