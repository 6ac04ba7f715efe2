/** Argument parsing shared by the commands: usage errors and `--help` answered the same way. */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { EXIT, type Io } from '../cli.js';

type Options = NonNullable<ParseArgsConfig['options']>;
type WithHelp<O extends Options> = O & { help: { type: 'boolean'; short: 'h' } };
export type ParsedCommand<O extends Options> = ReturnType<typeof parseArgs<{ args: string[]; options: WithHelp<O>; allowPositionals: true }>>;

/**
 * Parses a command's arguments (`--help`/`-h` added). On `--help` or a usage error it has already
 * answered on `io` and returns the exit status instead.
 */
export function parseCommandArgs<O extends Options>(command: string, argv: string[], options: O, help: string, io: Io): ParsedCommand<O> | number {
  let parsed: ParsedCommand<O>;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, options: { ...options, help: { type: 'boolean', short: 'h' } } as WithHelp<O> });
  } catch (e) {
    io.err(`tei-edition ${command}: ${(e as Error).message}\n\n${help}`);
    return EXIT.usage;
  }
  if ((parsed.values as { help?: boolean }).help) {
    io.out(help);
    return EXIT.ok;
  }
  return parsed;
}
