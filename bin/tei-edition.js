#!/usr/bin/env node
import { main } from '../build/src/cli.js';

// A reader that stops early (`tei-edition build | head -1`) is not an error: what it did not read
// is dropped, and the command still finishes its work (a build is not cut short by its reader).
process.stdout.on('error', (e) => {
  if (e.code !== 'EPIPE' && e.code !== 'ERR_STREAM_DESTROYED') throw e;
});

process.exitCode = await main(process.argv.slice(2));
