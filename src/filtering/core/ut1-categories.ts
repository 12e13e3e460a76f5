/**
 * How the categories of the UT1 blacklists (Université Toulouse Capitole, CC BY-SA; directory
 * layout `<category>/domains` and `<category>/urls`) map onto Haven's. Names and meanings come
 * from UT1's own `global_usage` catalogue. Categories with no Haven equivalent map to null and
 * are not imported; `recommended` marks the set the first-run wizard offers to schools.
 */
import type { Category } from '../model.ts';

/** One UT1 category: where it goes in Haven, whether schools should take it, and why. */
export interface Ut1Mapping {
  readonly category: Category | null;
  readonly recommended: boolean;
  /** When the UT1 directory is only an alias (a symlink in the tarball) of another. */
  readonly aliasOf?: string;
  readonly note: string;
}

const to = (category: Category, note: string, recommended = true): Ut1Mapping => ({ category, recommended, note });
const none = (note: string): Ut1Mapping => ({ category: null, recommended: false, note });
const alias = (of: string, category: Category | null): Ut1Mapping => ({
  category,
  recommended: false,
  aliasOf: of,
  note: `alias of ${of}`,
});

/** Every UT1 category name Haven knows, with its mapping. */
export const UT1_CATEGORIES: Readonly<Record<string, Ut1Mapping>> = {
  adult: to('pornography', 'adult sites, from erotic to hard pornography'),
  porn: alias('adult', 'pornography'),
  mixed_adult: none('sites with unstructured adult sections (large general sites); too broad to block by category'),
  lingerie: none('lingerie shops; not pornography'),
  sexual_education: none('a list of sex-education sites misdetected as porn: an allowlist, not a category'),
  agressif: to('discrimination', 'racist, antisemitic and hate-inciting sites (UT1 calls them "aggressive")'),
  aggressive: alias('agressif', 'discrimination'),
  dangerous_material: to('violence', 'how to make bombs, poisons and other dangerous material'),
  drogue: to('drugs', 'drugs'),
  drugs: alias('drogue', 'drugs'),
  sect: to('extremism', 'sects and cults; closest Haven category is extremism'),
  gambling: to('gambling', 'gambling and casino sites'),
  arjel: none('French-licensed gambling operators (a French regulator list)'),
  malware: to('malware', 'sites delivering malware'),
  phishing: to('malware', 'phishing sites'),
  hacking: to('malware', 'hacking and intrusion sites'),
  ddos: to('malware', 'DDoS-for-hire and stresser sites'),
  cryptojacking: to('malware', 'mining by hijacking the visitor\'s computer'),
  stalkerware: to('malware', 'spying software sold to the public'),
  warez: to('piracy', 'pirated software and video'),
  redirector: to('circumvention', 'proxies and redirectors used to get round filtering'),
  proxy: alias('redirector', 'circumvention'),
  strict_redirector: to('circumvention', 'redirector plus search-engine caches and image search; over-blocks', false),
  strong_redirector: to('circumvention', 'strict_redirector with term-based search blocking; over-blocks', false),
  vpn: to('circumvention', 'VPN services'),
  doh: to('circumvention', 'DNS-over-HTTPS resolvers that bypass the DNS filter'),
  'residential-proxies': to('circumvention', 'residential proxy networks'),
  'remote-control': to('circumvention', 'remote desktop services; can reach an unfiltered machine', false),
  'dynamic-dns': none('dynamic DNS providers; mostly legitimate home services'),
  social_networks: to('social-media', 'social networks'),
  games: to('games', 'online games'),
  educational_games: none('educational games: an allowlist, not a category'),
  'audio-video': to('streaming', 'audio and video sites'),
  radio: to('streaming', 'internet radio'),
  chat: to('chat', 'chat sites'),
  dating: to('dating', 'dating and matchmaking'),
  shopping: to('shopping', 'online shopping'),
  publicite: to('ads-tracking', 'advertising'),
  ads: alias('publicite', 'ads-tracking'),
  marketingware: to('ads-tracking', 'aggressive marketing sites', false),
  bank: to('finance', 'online banks (for TLS-inspection exemptions)'),
  financial: to('finance', 'financial information (for TLS-inspection exemptions)', false),
  ai: none('artificial-intelligence services'),
  astrology: none('astrology'),
  associations_religieuses: none('religious associations'),
  bitcoin: none('bitcoin mining sites'),
  blog: none('blog hosts'),
  celebrity: none('celebrity news'),
  child: none('sites suitable for under-tens: an allowlist'),
  cleaning: none('antivirus and system-cleaning sites: an allowlist'),
  cooking: none('cooking'),
  dialer: none('dialers'),
  download: none('software downloads'),
  examen_pix: none('reserved for the French PIX exam'),
  fakenews: none('fake news'),
  filehosting: none('file hosting'),
  forums: none('forums'),
  jobsearch: none('job search'),
  liste_blanche: none('UT1 allowlist'),
  liste_bu: none('French university library allowlist'),
  manga: none('manga and cartoons'),
  'mobile-phone': none('ringtones and mobile downloads'),
  press: none('press'),
  reaffected: none('domains whose owner (and content) changed'),
  shortener: none('URL shorteners'),
  sports: none('sports'),
  translation: none('translation sites'),
  tricheur: none('exam-cheating sites'),
  update: none('software update sites: an allowlist'),
  webmail: none('webmail'),
};

/** The Haven category for a UT1 category name, or undefined when UT1's category is unknown or has no equivalent. */
export function ut1Category(name: string): Category | undefined {
  return UT1_CATEGORIES[name]?.category ?? undefined;
}
