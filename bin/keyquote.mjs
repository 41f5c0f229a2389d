#!/usr/bin/env node
// The keyquote command: runs the CLI (utils/cli/keyquote.ts) from its plain-JavaScript bundle, built on first use.
import { pathToFileURL } from 'node:url';
import { cliBundle } from './cli-bundle.mjs';

await import(pathToFileURL(await cliBundle()).href);
