// The shape of a CLI command and the flag parser every command shares (node:util parseArgs, strict).

import { parseArgs, type ParseArgsConfig } from 'node:util';

type ParseArgsOptionsConfig = NonNullable<ParseArgsConfig['options']>;
import { UsageError } from '../core/errors.js';
import type { CommandContext } from './context.js';

export interface ParsedArgs {
  values: Record<string, string | boolean | undefined>;
  positionals: string[];
}

export interface Command {
  /** One or two words: `tick`, `companies import`. */
  name: string;
  summary: string;
  /** Synopsis lines after `scoutly `, e.g. `tick [--budget 10m]`. */
  synopsis: string;
  /** Explains flags and behaviour; shown by --help. */
  help: string;
  options?: ParseArgsOptionsConfig;
  positionals?: { min: number; max: number; names: string };
  run(args: ParsedArgs, ctx: CommandContext): Promise<number> | number;
}

export function usageOf(command: Command): string {
  return `Usage: scoutly ${command.synopsis}\n\n${command.summary}\n\n${command.help.trim()}\n`;
}

export function parseCommandArgs(command: Command, argv: readonly string[]): ParsedArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      options: { ...command.options, help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
      strict: true,
    });
  } catch (err) {
    throw new UsageError((err as Error).message.split('\n')[0] ?? 'bad arguments', usageOf(command));
  }
  const values = parsed.values as ParsedArgs['values'];
  if (values.help) return { values, positionals: parsed.positionals };
  const { min, max, names } = command.positionals ?? { min: 0, max: 0, names: '' };
  if (parsed.positionals.length < min) throw new UsageError(`missing ${names}`, usageOf(command));
  if (parsed.positionals.length > max) {
    throw new UsageError(`unexpected argument "${parsed.positionals[max]}"`, usageOf(command));
  }
  return { values, positionals: parsed.positionals };
}

export function stringFlag(args: ParsedArgs, name: string): string | undefined {
  const v = args.values[name];
  return typeof v === 'string' ? v : undefined;
}
