import { type InputHTMLAttributes, type ReactNode, type SelectHTMLAttributes, type TextareaHTMLAttributes, useId } from 'react';

/** Form controls with their label, hint and error tied to them (`aria-describedby`), never placeholder-only. */

interface FieldProps {
  label: ReactNode;
  hint?: ReactNode;
  error?: string | undefined;
  optional?: boolean;
}

function describedBy(hintId: string, errorId: string, hint: unknown, error: unknown): string | undefined {
  const ids = [hint ? hintId : '', error ? errorId : ''].filter(Boolean).join(' ');
  return ids || undefined;
}

function Label({ htmlFor, label, optional }: { htmlFor: string; label: ReactNode; optional?: boolean | undefined }) {
  return (
    <label className="label" htmlFor={htmlFor}>
      {label}
      {optional ? <span className="optional"> (optional)</span> : null}
    </label>
  );
}

function Extras({ hintId, errorId, hint, error }: { hintId: string; errorId: string; hint: ReactNode; error: string | undefined }) {
  return (
    <>
      {hint ? (
        <div className="hint" id={hintId}>
          {hint}
        </div>
      ) : null}
      {error ? (
        <p className="field-error" id={errorId}>
          <span className="visually-hidden">Error: </span>
          {error}
        </p>
      ) : null}
    </>
  );
}

export function TextField({ label, hint, error, optional, className, ...input }: FieldProps & InputHTMLAttributes<HTMLInputElement>) {
  const id = useId();
  const inputId = input.id ?? id;
  return (
    <div className={`field${error ? ' field-has-error' : ''}${className ? ` ${className}` : ''}`}>
      <Label htmlFor={inputId} label={label} optional={optional} />
      <Extras hintId={`${id}-hint`} errorId={`${id}-error`} hint={hint} error={error} />
      <input
        className="input"
        {...input}
        id={inputId}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(`${id}-hint`, `${id}-error`, hint, error)}
      />
    </div>
  );
}

export function TextArea({ label, hint, error, optional, ...area }: FieldProps & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  const id = useId();
  const areaId = area.id ?? id;
  return (
    <div className={`field${error ? ' field-has-error' : ''}`}>
      <Label htmlFor={areaId} label={label} optional={optional} />
      <Extras hintId={`${id}-hint`} errorId={`${id}-error`} hint={hint} error={error} />
      <textarea className="textarea" rows={5} {...area} id={areaId} aria-invalid={error ? true : undefined} aria-describedby={describedBy(`${id}-hint`, `${id}-error`, hint, error)} />
    </div>
  );
}

export interface Option {
  value: string;
  label: string;
}

export function SelectField({ label, hint, error, optional, options, placeholder, ...select }: FieldProps & SelectHTMLAttributes<HTMLSelectElement> & { options: readonly Option[]; placeholder?: string }) {
  const id = useId();
  const selectId = select.id ?? id;
  return (
    <div className={`field${error ? ' field-has-error' : ''}`}>
      <Label htmlFor={selectId} label={label} optional={optional} />
      <Extras hintId={`${id}-hint`} errorId={`${id}-error`} hint={hint} error={error} />
      <select className="select" {...select} id={selectId} aria-invalid={error ? true : undefined} aria-describedby={describedBy(`${id}-hint`, `${id}-error`, hint, error)}>
        {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

export function Checkbox({ label, hint, ...input }: { label: ReactNode; hint?: ReactNode } & InputHTMLAttributes<HTMLInputElement>) {
  const id = useId();
  const inputId = input.id ?? id;
  return (
    <div className="checkbox">
      <input type="checkbox" {...input} id={inputId} aria-describedby={hint ? `${id}-hint` : undefined} />
      <label htmlFor={inputId}>{label}</label>
      {hint ? (
        <div className="hint" id={`${id}-hint`}>
          {hint}
        </div>
      ) : null}
    </div>
  );
}

/** A set of radio buttons in a fieldset; `large` gives the big targets of the learner form. */
export function RadioGroup({
  legend,
  hint,
  error,
  name,
  options,
  value,
  onChange,
  large,
  required,
}: {
  legend: ReactNode;
  hint?: ReactNode;
  error?: string | undefined;
  name: string;
  options: readonly Option[];
  value: string;
  onChange(value: string): void;
  large?: boolean;
  required?: boolean;
}) {
  const id = useId();
  return (
    <fieldset className={`fieldset${large ? ' radios-large' : ''}${error ? ' field-has-error' : ''}`} aria-describedby={describedBy(`${id}-hint`, `${id}-error`, hint, error)}>
      <legend className="legend">{legend}</legend>
      <Extras hintId={`${id}-hint`} errorId={`${id}-error`} hint={hint} error={error} />
      <div className="radios">
        {options.map((o) => (
          <div className="radio" key={o.value}>
            <input type="radio" id={`${id}-${o.value}`} name={name} value={o.value} checked={value === o.value} onChange={() => onChange(o.value)} required={required} />
            <label htmlFor={`${id}-${o.value}`}>{o.label}</label>
          </div>
        ))}
      </div>
    </fieldset>
  );
}

/** Turns a `Record<code, label>` into select options, in the vocabulary's order. */
export function optionsOf<T extends string>(codes: readonly T[], labels: Partial<Record<T, string>>): Option[] {
  return codes.map((code) => ({ value: code, label: labels[code] ?? code }));
}
