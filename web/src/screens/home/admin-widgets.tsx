import { Link } from '../../router.tsx';
import { useSignedIn } from '../../session.tsx';
import { Section } from '../../ui/page.tsx';

/** The administrator's and office's first steps: accounts, the people import, sign-in providers. */
export function AdminWidgets() {
  const { can } = useSignedIn();
  return (
    <Section title="Getting started" id="getting-started">
      <ul className="checklist">
        {can('accounts:manage') ? (
          <li>
            <Link to="/accounts">Add staff accounts</Link> and give each the roles they need (DSL, online safety lead, teachers, governors).
          </li>
        ) : null}
        {can('people:import') ? (
          <li>
            <Link to="/people/import">Import pupils and staff</Link> from a CSV export of your MIS. Check the file first; nothing changes until you say so.
          </li>
        ) : null}
        {can('accounts:manage') ? (
          <li>
            Connect Google Workspace or Microsoft 365 sign-in with <code>haven oidc add</code> (see the README).
          </li>
        ) : null}
        {can('audit:read') ? (
          <li>
            The <Link to="/audit">audit log</Link> records who saw and changed what.
          </li>
        ) : null}
      </ul>
    </Section>
  );
}
