export { type ConfigFlags, ConfigError, CONFIG_FILE_NAMES, ENV_VARIABLES, flagFor, type HavenConfig, loadConfig } from './load.ts';
export { type ProcessRole, processRoles } from './schema.ts';
export { redactUrl, Secret } from './secret.ts';
