export * from './document.js';
export * from './diagnostics.js';
export * from './inline.js';
export * from './calendar.js';
