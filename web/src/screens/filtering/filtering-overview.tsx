import { Page, Section } from '../../ui/page.tsx';
import { NotAvailable } from '../../ui/problem.tsx';

/**
 * The filtering section's landing page. Its screens (the policy as the acceptable-use table,
 * lists, check a site, unblock requests, the query log, the self-test and over-blocking) arrive
 * with the filtering API; each is added to nav.ts and routes.tsx beside this one.
 */
export function FilteringOverview() {
  return (
    <Page title="Filtering" lead="What every device in school may reach, and why: categories and rules per group, temporary unblocking for lessons, logs and regular checks.">
      <Section title="Coming with the filtering service" id="coming">
        <NotAvailable>The filtering service is still being built. These screens will appear here as it starts running:</NotAvailable>
        <ul className="plain-list">
          <li>The policy, written as the acceptable-use table (acceptable, at certain times, for nominated users, unacceptable, illegal), per group.</li>
          <li>Block lists and where they come from.</li>
          <li>Check a site: what would happen for a given group, and which rule decides.</li>
          <li>Unblock requests from teachers, to approve or refuse.</li>
          <li>The filtering log, and the regular self-test of every blocked category.</li>
          <li>Over-blocking: sites teachers needed that were blocked.</li>
        </ul>
      </Section>
    </Page>
  );
}
