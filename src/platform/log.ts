import { pino, type Logger } from 'pino';

export type { Logger };

/**
 * The one logger: JSON lines on stdout (or a destination for tests), secrets redacted by path
 * wherever they might appear in a logged object.
 */
export function createLogger(options: { level: string; destination?: NodeJS.WritableStream; name?: string }): Logger {
  return pino(
    {
      level: options.level,
      name: options.name ?? 'haven',
      redact: {
        paths: [
          'password',
          '*.password',
          'token',
          '*.token',
          'req.headers.authorization',
          'req.headers.cookie',
          'req.headers["proxy-authorization"]',
          'res.headers["set-cookie"]',
        ],
        censor: '[redacted]',
      },
    },
    options.destination ?? process.stdout,
  );
}
