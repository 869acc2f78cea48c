// Global setup of the `unit` project: compile the `delib` command as `npm run build:cli` does, so the CLI tests
// run today's code (npm install's prepare built it once; the sources may have changed since).
import { build } from 'vite';
import type { TestProject } from 'vitest/node';

export default async function setup(project: TestProject): Promise<void> {
  await build({ root: project.config.root, configFile: `${project.config.root}/vite.cli.config.ts`, mode: 'production' });
}
