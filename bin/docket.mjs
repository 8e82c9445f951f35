#!/usr/bin/env node
// The `docket` command. The CLI is TypeScript run through tsx's loader, so it
// works straight after `npm ci` with no build step.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../electron/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
