import { NotAvailable } from '../../ui/problem.tsx';
import { Section } from '../../ui/page.tsx';

const WAITING = 'The filtering service is still being built. This will fill in by itself once it runs; until then Haven shows no numbers rather than made-up ones.';

/**
 * The online-safety lead's filtering home (issue 8, item 3): the frames are here now and are
 * filled in part B, when the filtering API lands. They say plainly that nothing is there yet.
 */
export function FilteringFrames() {
  return (
    <>
      <Section title="Blocks today by category and group" id="blocks-today">
        <NotAvailable>{WAITING}</NotAvailable>
      </Section>
      <Section title="Most blocked sites" id="top-blocked">
        <NotAvailable>{WAITING}</NotAvailable>
      </Section>
      <Section title="Unblock requests waiting" id="unblocks-waiting">
        <NotAvailable>Teachers' requests to open a site for a lesson will be listed here for you to approve or refuse.</NotAvailable>
      </Section>
      <Section title="Last filtering self-test" id="self-test">
        <NotAvailable>The regular check that each blocked category really is blocked, per group, will report here.</NotAvailable>
      </Section>
    </>
  );
}
