/**
 * deposit: a built edition into packages repositories ingest without hand work: BagIt 1.0 bags
 * (RFC 8493), DSpace Simple Archive Format, Dublin Core records; and a bag verifier.
 */
export { depositEdition, type DepositOptions, type DepositReport, type DepositedPackage, type DepositFormat, type DepositMode } from './deposit.js';
export { verifyBag, formatVerification, type BagVerification, type BagProblem } from './verify.js';
export { createDublinCore, type DublinCore, type DcField, type DublinCoreFormat } from './dublin-core.js';
export { readBuiltEdition, type BuiltEdition, type BuiltDocument } from './edition.js';
