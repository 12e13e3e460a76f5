import type { HavenConfig } from '../config/index.ts';
import type { NotifyConfig } from './model.ts';

/** The notifier's settings from the validated configuration (SMTP only when a host is set). */
export function notifyConfigOf(config: Pick<HavenConfig, 'notify' | 'http' | 'tls'>): NotifyConfig {
  const s = config.notify.smtp;
  return {
    ...(s.host !== undefined && s.from !== undefined
      ? {
          smtp: {
            host: s.host,
            port: s.port ?? (s.secure ? 465 : 587),
            secure: s.secure,
            requireTls: s.secure ? false : s.requireTls,
            user: s.user,
            password: s.password,
            from: s.from,
            allowInvalidCertificates: s.allowInvalidCertificates,
          },
        }
      : {}),
    webhook: config.notify.webhook,
    quietHours: config.notify.quietHours,
    // Links in emails need an address people can reach: set http.publicUrl (HAVEN_PUBLIC_URL) in production.
    publicUrl: config.http.publicUrl ?? `${config.tls.cert ? 'https' : 'http'}://${config.http.host.includes(':') ? `[${config.http.host}]` : config.http.host}:${config.http.port}`,
  };
}
