import { type ReactNode, useEffect, useRef } from 'react';
import { reachedInApp } from '../router.tsx';

/**
 * A screen's frame: sets the window title and, when the screen was reached by navigating inside
 * the app, moves focus to its heading, so keyboard and screen-reader users start at the top of
 * the new page. On a fresh load focus stays where the browser puts it (the skip link comes first).
 */
export function Page({ title, lead, actions, children, narrow }: { title: string; lead?: ReactNode; actions?: ReactNode; children?: ReactNode; narrow?: boolean }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${title} – Haven`;
    if (reachedInApp()) heading.current?.focus({ preventScroll: true });
  }, [title]);
  return (
    <div className={narrow ? 'page page-narrow' : 'page'}>
      <div className="page-head">
        <h1 tabIndex={-1} ref={heading}>
          {title}
        </h1>
        {actions ? <div className="page-actions">{actions}</div> : null}
      </div>
      {lead ? <p className="lead">{lead}</p> : null}
      {children}
    </div>
  );
}

/** A titled block on a page (a widget on a home page, a part of a concern). */
export function Section({ title, children, id, level = 2, actions }: { title: string; children?: ReactNode; id?: string; level?: 2 | 3; actions?: ReactNode }) {
  const Heading = level === 2 ? 'h2' : 'h3';
  const headingId = id ? `${id}-title` : undefined;
  return (
    <section className="card" aria-labelledby={headingId} id={id}>
      <div className="card-head">
        <Heading id={headingId}>{title}</Heading>
        {actions}
      </div>
      {children}
    </section>
  );
}

/** A table that scrolls on its own when it is wider than the screen (keyboard-scrollable too). */
export function TableWrap({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="table-wrap" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}

/** A short status label with a shape as well as a colour. */
export function Tag({ children, tone = 'neutral' }: { children: ReactNode; tone?: 'neutral' | 'info' | 'warn' | 'danger' | 'ok' }) {
  return <span className={`tag tag-${tone}`}>{children}</span>;
}
