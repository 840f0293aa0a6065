// Property tests explore new random cases on every local run; in CI (CI=true) they replay one fixed seed so
// that a landing never depends on luck. Set FC_SEED to replay a failure reported by fast-check.
import fc from 'fast-check';

const seed = process.env.FC_SEED ?? (process.env.CI ? '20261111' : undefined);
if (seed !== undefined) fc.configureGlobal({ seed: Number(seed) });
