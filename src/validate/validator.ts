import type { Validator, ValidatorOptions } from './index.js';

export async function createValidator(options: ValidatorOptions = {}): Promise<Validator> {
  void options;
  return { validateText: (xml, file) => ({ file, valid: true, problems: [] }) };
}
