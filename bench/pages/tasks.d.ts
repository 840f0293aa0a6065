// Types of tasks.js for the TypeScript tests.
import type { Plan } from '@campaign-planner/core';
export interface BenchTask {
  readonly id: string;
  readonly title: string;
  readonly workstream: string;
  readonly phase: string;
  readonly start: Date;
  readonly due: Date;
  readonly dependsOn: string | undefined;
}
export declare function generateTasks(n: number): BenchTask[];
export declare function toPlan(tasks: readonly BenchTask[]): Plan;
export declare function toDhtmlx(tasks: readonly BenchTask[]): {
  data: Array<{ id: number; text: string; start_date: Date; end_date: Date; progress: number }>;
  links: Array<{ id: number; source: number; target: number; type: string }>;
};
export declare function toFrappe(
  tasks: readonly BenchTask[],
): Array<{ id: string; name: string; start: Date; end: Date; progress: number; dependencies: string[] }>;
