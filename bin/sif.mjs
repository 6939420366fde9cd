#!/usr/bin/env node
// The `sif` command line. It runs the TypeScript sources directly through tsx, so every
// command works right after `npm install`, without a build, and calls the same services
// as the web app.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/main.ts');
const code = await main(process.argv.slice(2));
if (typeof code === 'number') process.exitCode = code;
