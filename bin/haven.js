#!/usr/bin/env node
// The `haven` command. Haven runs its TypeScript sources through tsx's loader, so a clean
// clone needs no build step: `npm install && npm start` is the whole set-up.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
