/**
 * Well-known public list sources, as data: Haven commits no third-party list, so a school
 * subscribes to these and Haven downloads them (and refreshes them on a schedule). Each entry
 * says where the list is, its format, its licence and the Haven category it fills. Licences
 * differ: UT1 is CC BY-SA 4.0 (attribution, share-alike), The Block List Project is The
 * Unlicense, StevenBlack's hosts are MIT, HaGeZi's lists are GPL-3.0; the README lists what
 * each asks of a school that redistributes them (using them in a filter is redistribution by none).
 */
import type { Category, ListFormat } from './model.ts';

/** How a catalogue source is read: a list file in one of Haven's formats, or a UT1 category tarball (`<cat>/domains`, `<cat>/urls`). */
export type CatalogueFormat = ListFormat | 'ut1-tar';

/** One source Haven knows. */
export interface CatalogueEntry {
  readonly id: string;
  readonly name: string;
  readonly url: string;
  readonly format: CatalogueFormat;
  readonly category: Category;
  readonly licence: string;
  readonly licenceUrl: string;
  readonly homepage: string;
  /** Offered by the first-run wizard as the recommended set for schools. */
  readonly recommended: boolean;
  readonly note: string;
}

const UT1 = { licence: 'CC BY-SA 4.0', licenceUrl: 'https://creativecommons.org/licenses/by-sa/4.0/', homepage: 'https://dsi.ut-capitole.fr/blacklists/' } as const;
const BLP = { licence: 'The Unlicense', licenceUrl: 'https://unlicense.org/', homepage: 'https://github.com/blocklistproject/Lists' } as const;
const STEVENBLACK = { licence: 'MIT', licenceUrl: 'https://github.com/StevenBlack/hosts/blob/master/license.txt', homepage: 'https://github.com/StevenBlack/hosts' } as const;
const HAGEZI = { licence: 'GPL-3.0', licenceUrl: 'https://github.com/hagezi/dns-blocklists/blob/main/LICENSE', homepage: 'https://github.com/hagezi/dns-blocklists' } as const;

const ut1 = (name: string, category: Category, recommended: boolean, note: string): CatalogueEntry => ({
  id: `ut1-${name}`,
  name: `UT1 ${name}`,
  url: `https://dsi.ut-capitole.fr/blacklists/download/${name}.tar.gz`,
  format: 'ut1-tar',
  category,
  recommended,
  note,
  ...UT1,
});
const blp = (name: string, category: Category, recommended: boolean, note: string): CatalogueEntry => ({
  id: `blocklistproject-${name}`,
  name: `The Block List Project: ${name}`,
  url: `https://blocklistproject.github.io/Lists/alt-version/${name}-nl.txt`,
  format: 'plain',
  category,
  recommended,
  note,
  ...BLP,
});
const hagezi = (file: string, category: Category, recommended: boolean, note: string): CatalogueEntry => ({
  id: `hagezi-${file}`,
  name: `HaGeZi ${file}`,
  url: `https://raw.githubusercontent.com/hagezi/dns-blocklists/main/domains/${file}.txt`,
  format: 'plain',
  category,
  recommended,
  note,
  ...HAGEZI,
});

/** Every source in the catalogue, recommended ones first within each family. */
export const LIST_CATALOGUE: readonly CatalogueEntry[] = [
  ut1('adult', 'pornography', true, 'several million adult sites; the broadest pornography list'),
  ut1('gambling', 'gambling', true, 'betting and casino sites'),
  ut1('drogue', 'drugs', true, 'drugs'),
  ut1('agressif', 'discrimination', true, 'racist, antisemitic and hate sites'),
  ut1('dangerous_material', 'violence', true, 'making bombs, poisons and other dangerous material'),
  ut1('malware', 'malware', true, 'sites delivering malware'),
  ut1('phishing', 'malware', true, 'phishing sites'),
  ut1('warez', 'piracy', true, 'pirated software and video'),
  ut1('redirector', 'circumvention', true, 'proxies and redirectors used to get round filtering'),
  ut1('vpn', 'circumvention', true, 'VPN services'),
  ut1('doh', 'circumvention', true, 'DNS-over-HTTPS resolvers'),
  ut1('social_networks', 'social-media', true, 'social networks'),
  ut1('games', 'games', false, 'online games'),
  ut1('dating', 'dating', false, 'dating sites'),
  blp('porn', 'pornography', false, 'pornography (a second source beside UT1)'),
  blp('gambling', 'gambling', false, 'gambling'),
  blp('drugs', 'drugs', false, 'drugs'),
  blp('malware', 'malware', false, 'malware'),
  blp('phishing', 'malware', false, 'phishing'),
  blp('piracy', 'piracy', false, 'piracy'),
  blp('ads', 'ads-tracking', false, 'advertising'),
  blp('tracking', 'ads-tracking', false, 'tracking and telemetry'),
  {
    id: 'stevenblack-porn',
    name: 'StevenBlack hosts: porn extension only',
    url: 'https://raw.githubusercontent.com/StevenBlack/hosts/master/extensions/porn/hosts',
    format: 'hosts',
    category: 'pornography',
    recommended: false,
    note: 'the porn extension of the unified hosts file',
    ...STEVENBLACK,
  },
  {
    id: 'stevenblack-unified',
    name: 'StevenBlack unified hosts (adware and malware)',
    url: 'https://raw.githubusercontent.com/StevenBlack/hosts/master/hosts',
    format: 'hosts',
    category: 'ads-tracking',
    recommended: false,
    note: 'ads and malware in one file; Haven files it under ads-tracking',
    ...STEVENBLACK,
  },
  hagezi('doh-vpn-proxy-bypass', 'circumvention', true, 'DoH, VPN, Tor and proxy services that bypass a DNS filter'),
  hagezi('tif', 'malware', true, 'threat intelligence feeds: malware, phishing, command and control'),
  hagezi('gambling', 'gambling', false, 'gambling'),
  hagezi('nsfw', 'pornography', false, 'adult content'),
  hagezi('pro', 'ads-tracking', false, 'ads, tracking and telemetry (the recommended general list)'),
];

/** A catalogue entry by id. */
export function findCatalogueEntry(id: string): CatalogueEntry | undefined {
  return LIST_CATALOGUE.find((e) => e.id === id);
}
