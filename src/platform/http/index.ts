export { createHttpServer, type HavenApp, type HttpServerOptions, type Principal, type RouteAccess, sendProblem } from './server.ts';
export { PROBLEM_CONTENT_TYPE, type Problem, STATUS_BY_KIND, toProblem } from './problem.ts';
