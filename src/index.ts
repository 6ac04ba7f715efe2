/** tei-edition as a library: the stages of the pipeline and the edition around them. */
export * from './model/index.js';
export * from './pipeline.js';
export { readTranscription, parseTranscription } from './transcription/index.js';
export { annotateEntities, loadRegisters } from './entities/index.js';
export { encodeTei } from './tei/index.js';
export { createValidator } from './validate/index.js';
export { createRenderer, compileStylesheets } from './render/index.js';
export { buildSite } from './site/index.js';
export { depositEdition, verifyBag, createDublinCore, readBuiltEdition } from './deposit/index.js';
export { buildEdition } from './build/build.js';
