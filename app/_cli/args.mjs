// @ts-check
/*
 * Command-line arguments for every CLI here: node's parseArgs, but a mistake (an unknown
 * option, `--slug -a`, a missing value) ends in one line saying what is wrong and the usage,
 * not a stack trace.
 */
import { parseArgs } from 'node:util';

/**
 * @template {import("node:util").ParseArgsConfig} const T
 * @param {string} name the command, as the reader typed it (`chapter:new`)
 * @param {T} config parseArgs's options
 * @param {string} usage one line
 * @returns {ReturnType<typeof parseArgs<T>>}
 */
export function cliArgs(name, config, usage) {
  try {
    return parseArgs(config);
  } catch (error) {
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
    console.error(`${name}: ${message}\nusage: ${usage}`);
    process.exit(2);
  }
}
