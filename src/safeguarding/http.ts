import type { HavenApp } from '../platform/http/index.ts';
import type { SafeguardingDeps } from './deps.ts';
import { registerConcernRoutes } from './http-concerns.ts';
import { registerFileRoutes } from './http-files.ts';
import { registerReportRoutes } from './http-report.ts';
import { registerSettingsRoutes } from './http-settings.ts';
import { registerTransferRoutes } from './http-transfers.ts';
import { registerTriageRoutes } from './http-triage.ts';

/**
 * Registers safeguarding's routes: the public learner and community forms, the staff form,
 * concern reads, triage, the response matrix, chronology, figures and notifications, the
 * child-protection file, the governor report, patterns, and transfers to another school. Routes
 * about one concern declare `authenticated` access: who may do what with a concern depends on
 * the concern (allegations go to the headteacher or chair, not the DSL team), so the service
 * decides, in one place, for the API and the CLI alike.
 */
export function registerSafeguardingRoutes(app: HavenApp, deps: SafeguardingDeps): void {
  registerReportRoutes(app, deps);
  registerConcernRoutes(app, deps);
  registerTriageRoutes(app, deps);
  registerSettingsRoutes(app, deps);
  registerFileRoutes(app, deps);
  registerTransferRoutes(app, deps);
}
