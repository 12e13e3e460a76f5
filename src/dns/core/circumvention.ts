/**
 * Names that let a device go round the school's resolver. Two kinds:
 * - signals that are answered NXDOMAIN for everyone, always, because that NXDOMAIN is what makes
 *   the device fall back to our resolver: Firefox's DoH canary (`use-application-dns.net`) and
 *   iCloud Private Relay (`mask.icloud.com`, `mask-h2.icloud.com`);
 * - well-known DNS-over-HTTPS/TLS resolver names, which belong to the `circumvention` category:
 *   the DNS filter blocks them for whoever that category is blocked for.
 */
/** Names answered NXDOMAIN for every client so that devices keep using Haven. */
export const FALLBACK_SIGNAL_NAMES = ['use-application-dns.net', 'mask.icloud.com', 'mask-h2.icloud.com'] as const;

/**
 * Public encrypted-DNS resolvers (DoH and DoT host names); each entry covers its subdomains
 * (`dns.nextdns.io` covers `<profile>.dns.nextdns.io`). Names only, no IP addresses: browsers
 * bootstrap their DoH resolvers by name, so refusing the name stops the upgrade.
 */
export const ENCRYPTED_DNS_NAMES = [
  'dns.google',
  'dns.google.com',
  'dns64.dns.google',
  '8888.google',
  'cloudflare-dns.com',
  'one.one.one.one',
  '1dot1dot1dot1.cloudflare-dns.com',
  'dns.quad9.net',
  'dns9.quad9.net',
  'dns10.quad9.net',
  'dns11.quad9.net',
  'dns12.quad9.net',
  'doh.opendns.com',
  'dns.opendns.com',
  'doh.familyshield.opendns.com',
  'doh.umbrella.com',
  'dns.adguard.com',
  'dns.adguard-dns.com',
  'dns-family.adguard.com',
  'dns-unfiltered.adguard.com',
  'family.adguard-dns.com',
  'unfiltered.adguard-dns.com',
  'd.adguard-dns.com',
  'doh.cleanbrowsing.org',
  'dns.nextdns.io',
  'doh.dns.sb',
  'dot.sb',
  'doh.mullvad.net',
  'dns.mullvad.net',
  'adblock.dns.mullvad.net',
  'base.dns.mullvad.net',
  'family.dns.mullvad.net',
  'all.dns.mullvad.net',
  'dns.controld.com',
  'freedns.controld.com',
  'doh.xfinity.com',
  'doh.li',
  'doh.libredns.gr',
  'dns.digitale-gesellschaft.ch',
  'dns.switch.ch',
  'doh.ffmuc.net',
  'dot.ffmuc.net',
  'ordns.he.net',
  'doh.applied-privacy.net',
  'dns0.eu',
  'dns.alidns.com',
  'doh.pub',
  'dot.pub',
  'doh.360.cn',
  'dns.twnic.tw',
  'private.canadianshield.cira.ca',
  'protected.canadianshield.cira.ca',
  'family.canadianshield.cira.ca',
  'dns.brahma.world',
  'doh.tiar.app',
  'dns.njal.la',
  'doh.crypto.sx',
  'dns.rubyfish.cn',
  'doh-jp.blahdns.com',
  'doh-de.blahdns.com',
  'doh-fi.blahdns.com',
  'dns.decloudus.com',
  'resolver2.dns.watch',
  'dns.aa.net.uk',
  'dns.quad101.tw',
] as const;

/** Answers "is this name (or a parent) one of these?" for lower-case names. */
export interface NameSet {
  has(name: string): boolean;
}

/** A suffix-matching set over the given names (each covers itself and its subdomains). */
export function createNameSet(names: readonly string[]): NameSet {
  const set = new Set(names);
  let maxLabels = 0;
  for (const n of names) maxLabels = Math.max(maxLabels, n.split('.').length);
  return {
    has: (name) => {
      let labels = 1;
      for (let i = 0; i < name.length; i++) if (name.charCodeAt(i) === 46) labels++;
      let i = 0;
      // Parents longer than the longest entry cannot match: skip them.
      for (; labels > maxLabels; labels--) i = name.indexOf('.', i) + 1;
      for (;;) {
        if (set.has(i === 0 ? name : name.slice(i))) return true;
        const dot = name.indexOf('.', i);
        if (dot < 0) return false;
        i = dot + 1;
      }
    },
  };
}
