// The `campaign-planner` executable: wires the process to runCli.
import { runCli } from './run.js';

// `campaign-planner plan ... | head` closes the pipe early: like other Unix tools, stop quietly instead of
// printing an unhandled EPIPE stack trace. Other stream errors are still reported.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}

const code = await runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  isTTY: Boolean(process.stdout.isTTY),
  env: process.env,
});
process.exitCode = code;
