/** The web proxy's domain errors, each with a stable dotted code. */
import { AppError } from '../platform/errors.ts';

/** Every proxy error the services throw. */
export const proxyErrors = {
  noOrganisation: () => new AppError('proxy.no_organisation', 'conflict', 'Haven has no organisation yet: complete the setup first'),
  authorityExists: (fingerprint: string) =>
    new AppError('proxy.authority_exists', 'conflict', `a school CA already exists (SHA-256 ${fingerprint}); replacing it means every device must trust the new one — pass --replace to do that`),
  noAuthority: () => new AppError('proxy.no_authority', 'not_found', 'there is no school CA yet: create one with `haven ca create`'),
  nameInvalid: (name: string) => new AppError('proxy.authority_name_invalid', 'invalid', `the CA name ${JSON.stringify(name.slice(0, 80))} must be 3 to 64 printable characters`),
};
