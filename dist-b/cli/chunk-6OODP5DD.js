import {
  UsageError
} from "./chunk-ICS75TSL.js";

// dist/cli/command.js
import { parseArgs } from "node:util";
function usageOf(command) {
  return `Usage: scoutly ${command.synopsis}

${command.summary}

${command.help.trim()}
`;
}
function parseCommandArgs(command, argv) {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      options: { ...command.options, help: { type: "boolean", short: "h" } },
      allowPositionals: true,
      strict: true
    });
  } catch (err) {
    throw new UsageError(err.message.split("\n")[0] ?? "bad arguments", usageOf(command));
  }
  const values = parsed.values;
  if (values.help)
    return { values, positionals: parsed.positionals };
  const { min, max, names } = command.positionals ?? { min: 0, max: 0, names: "" };
  if (parsed.positionals.length < min)
    throw new UsageError(`missing ${names}`, usageOf(command));
  if (parsed.positionals.length > max) {
    throw new UsageError(`unexpected argument "${parsed.positionals[max]}"`, usageOf(command));
  }
  return { values, positionals: parsed.positionals };
}
function stringFlag(args, name) {
  const v = args.values[name];
  return typeof v === "string" ? v : void 0;
}

export {
  usageOf,
  parseCommandArgs,
  stringFlag
};
