import { type ReactNode, useEffect, useRef } from 'react';

/** The frame of the pages before sign-in (sign-in, second factor, setup): one narrow column. */
export function AuthFrame({ title, children, wide }: { title: string; children: ReactNode; wide?: boolean }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${title} – Haven`;
    heading.current?.focus({ preventScroll: true });
  }, [title]);
  return (
    <>
      <header className="header">
        <div className="header-inner">
          <span className="brand">
            <span className="brand-mark" aria-hidden="true" />
            Haven
          </span>
        </div>
      </header>
      <main id="main" className={wide ? 'auth-page auth-page-wide' : 'auth-page'}>
        <h1 tabIndex={-1} ref={heading}>
          {title}
        </h1>
        {children}
      </main>
    </>
  );
}
