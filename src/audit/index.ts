export type { ActorType, AuditActor, AuditDetails, AuditEntry, AuditEntryInput, AuditVerification } from './model.ts';
export { actorTypes } from './model.ts';
export { type AuditLog, createAuditLog, verifyChain } from './service.ts';
export type { AuditQuery } from './store.ts';
export { registerAuditRoutes } from './http.ts';
