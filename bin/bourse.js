#!/usr/bin/env node
// The `bourse` command. TypeScript sources run through tsx (no build step to forget).
import { register } from 'tsx/esm/api';
register();
const { main } = await import('../server/apps/cli.ts');
process.exitCode = await main(process.argv.slice(2));
