// Build step: compile xslt/*.xsl to build/xslt/*.sef.json (only the stale ones unless --force).
import { compileStylesheets } from '../build/src/render/compile.js';

const compiled = compileStylesheets({ force: process.argv.includes('--force') });
if (compiled.length === 0) console.error('stylesheets up to date');
