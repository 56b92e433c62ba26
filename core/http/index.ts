export { createHttpApp, type HttpAppDeps } from './app.ts';
export type { ReadinessCheck } from './health-routes.ts';
