/**
 * zod for every schema of the app, set up before any schema runs: without code generation, as
 * the app runs under a Content-Security-Policy without 'unsafe-eval'
 * (scripts/contentSecurityPolicy.ts), where zod's eval probe is reported as a violation. A
 * schema imported `z` from here is jitless wherever it is first used (page or worker).
 */
import { z } from 'zod';

z.config({ jitless: true });

export { z };
