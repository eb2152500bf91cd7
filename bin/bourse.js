#!/usr/bin/env node
// The `bourse` command. The TypeScript sources run on Node's own type stripping (bin/runtime.js).
import { enableCompileCache, onSupportedNode } from './runtime.js';

if (onSupportedNode()) {
  enableCompileCache();
  const { main } = await import('../server/apps/cli.ts');
  process.exitCode = await main(process.argv.slice(2));
}
