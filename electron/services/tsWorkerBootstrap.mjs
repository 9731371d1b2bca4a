// Starts a TypeScript worker from source (under tsx or vitest); the built app runs the bundled .js worker instead.
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.entry);
