import type { Io } from '../cli.js';

export async function run(argv: string[], io: Io): Promise<number> {
  void argv;
  io.err('tei-edition validate: not written yet\n');
  return 2;
}
