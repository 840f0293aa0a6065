import type { Command } from '../command.js';
import { checkCommand } from './check.js';
import { diffCommand } from './diff.js';
import { doneCommand } from './done.js';
import { editCommand } from './edit.js';
import { exportCommand } from './export.js';
import { importCommand } from './import.js';
import { planCommand } from './plan.js';
import { replanCommand } from './replan.js';
import { statusCommand } from './status.js';
import { SYNC_COMMANDS } from './sync.js';
import { templatesCommand } from './templates.js';
import { todayCommand } from './today.js';
import { metricsCommand } from './metrics.js';
import { seasonCommand } from './season.js';

/** Every command of the `campaign-planner` CLI, in the order `--help` lists them. */
export const COMMANDS: readonly Command[] = [
  templatesCommand,
  planCommand,
  checkCommand,
  statusCommand,
  todayCommand,
  doneCommand,
  editCommand,
  exportCommand,
  importCommand,
  diffCommand,
  replanCommand,
  metricsCommand,
  seasonCommand,
  ...SYNC_COMMANDS,
];
