/**
 * Which tunnels TLS inspection opens (F8, design decisions): off unless groups are named, and
 * never for the exemptions — banking and health (the `finance` and `health` categories) and
 * services that pin their certificates or must not be read (OS updates, push, messaging,
 * identity providers) — on by default, so a school that turns inspection on breaks no phone and
 * reads nobody's bank or doctor.
 */
import type { ClientIdentity, Decision, Snapshot } from '../filtering/index.ts';

/** The `proxy.inspection` configuration slice. */
export interface InspectionSettings {
  readonly groups: readonly string[];
  readonly exemptHosts: readonly string[];
  readonly exemptCategories: readonly string[];
  readonly noDefaultExemptions: boolean;
}

/** Categories never inspected unless the school turns the built-in exemptions off. */
export const DEFAULT_EXEMPT_CATEGORIES: readonly string[] = ['finance', 'health'];

/**
 * Hosts (and their subdomains) never inspected by default: certificate-pinned apps and OS
 * services that fail behind inspection, and health and banking services that lists may miss.
 */
export const DEFAULT_EXEMPT_HOSTS: readonly string[] = [
  // Apple: push, updates, activation, iCloud, App Store
  'apple.com', 'icloud.com', 'mzstatic.com', 'apple-cloudkit.com', 'push.apple.com',
  // Microsoft: updates, activation, sign-in, Intune, Defender
  'windowsupdate.com', 'update.microsoft.com', 'delivery.mp.microsoft.com', 'login.microsoftonline.com', 'login.live.com', 'manage.microsoft.com', 'microsoftonline.com', 'wdcp.microsoft.com',
  // Google: device management, sign-in, Play services
  'accounts.google.com', 'android.clients.google.com', 'play.googleapis.com', 'mtalk.google.com', 'clients4.google.com',
  // Messaging and end-to-end encrypted services
  'whatsapp.net', 'whatsapp.com', 'signal.org', 'telegram.org',
  // UK health and government services
  'nhs.uk', 'nhs.net', 'gov.uk',
  // Certificate and revocation services
  'digicert.com', 'letsencrypt.org', 'pki.goog', 'ocsp.apple.com',
];

/** The compiled policy. */
export interface InspectionPolicy {
  readonly enabled: boolean;
  shouldInspect(identity: ClientIdentity, host: string, decision: Decision, snapshot: Snapshot): boolean;
}

/** True when `host` is `suffix` or one of its subdomains. */
function under(host: string, suffix: string): boolean {
  return host === suffix || (host.length > suffix.length && host.endsWith(suffix) && host.charCodeAt(host.length - suffix.length - 1) === 46);
}

/** Compiles the settings; group names are resolved against each snapshot (groups may be renamed). */
export function createInspectionPolicy(settings: InspectionSettings): InspectionPolicy {
  const hosts = [...(settings.noDefaultExemptions ? [] : DEFAULT_EXEMPT_HOSTS), ...settings.exemptHosts].map((h) => h.toLowerCase().replace(/^\*?\./, '').replace(/\.$/, ''));
  const categories = new Set([...(settings.noDefaultExemptions ? [] : DEFAULT_EXEMPT_CATEGORIES), ...settings.exemptCategories]);
  let resolved: { snapshot: Snapshot | undefined; ids: ReadonlySet<string> } = { snapshot: undefined, ids: new Set() };
  const groupIds = (snapshot: Snapshot): ReadonlySet<string> => {
    if (resolved.snapshot !== snapshot) {
      const ids = new Set<string>();
      for (const g of settings.groups) {
        const id = snapshot.groups.has(g) ? g : snapshot.groupIdsByName.get(g.toLowerCase());
        if (id !== undefined) ids.add(id);
      }
      resolved = { snapshot, ids };
    }
    return resolved.ids;
  };
  return {
    enabled: settings.groups.length > 0,
    shouldInspect: (identity, host, decision, snapshot) => {
      if (settings.groups.length === 0) return false;
      const ids = groupIds(snapshot);
      if (!identity.groups.some((g) => ids.has(g))) return false;
      if (decision.category !== undefined && categories.has(decision.category)) return false;
      const h = host.toLowerCase();
      return !hosts.some((s) => under(h, s));
    },
  };
}
