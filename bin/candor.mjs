#!/usr/bin/env node
// The CLI is TypeScript; tsx loads it directly so `npx candor` works right after `npm ci`, no build step.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../lib/cli/main.ts');
process.exitCode = main(process.argv.slice(2));
