#!/usr/bin/env node
// The `copydesk` command: the bundled CLI (built by `npm ci` / `npm run build`).
require('../dist/cli.js');
