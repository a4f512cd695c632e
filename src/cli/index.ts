#!/usr/bin/env node
// The news-archive command line: runs one command against the process's own streams and exits with its code.
import { processIo } from './io';
import { runCli } from './program';

process.exitCode = await runCli(process.argv.slice(2), processIo());
