/**
 * Flag parsing for every command (node:util parseArgs), with Danish messages. A usage error is
 * exit code 2 and never a stack trace.
 */
import { parseArgs } from 'node:util';

export class CliUsageError extends Error {
  override name = 'CliUsageError';
}

export type FlagSpec = Record<string, { type: 'string' | 'boolean'; required?: boolean; description: string; default?: string }>;

export type ParsedFlags<S extends FlagSpec> = { [K in keyof S]: S[K]['type'] extends 'boolean' ? boolean : string | undefined };

export function flagHelp(command: string, spec: FlagSpec): string {
  const lines = Object.entries(spec).map(
    ([name, s]) => `  --${name}${s.type === 'string' ? ' <værdi>' : ''}${s.required ? '' : ' (valgfri)'}  ${s.description}`,
  );
  return `Brug: datapakke ${command} [tilvalg]\n${lines.join('\n')}`;
}

export function parseFlags<S extends FlagSpec>(command: string, argv: string[], spec: S): ParsedFlags<S> | 'help' {
  if (argv.includes('--help') || argv.includes('-h')) return 'help';
  let values: Record<string, string | boolean | undefined>;
  try {
    const options = Object.fromEntries(Object.entries(spec).map(([k, s]) => [k, { type: s.type }]));
    values = parseArgs({ args: argv, options, strict: true, allowPositionals: false }).values as Record<string, string | boolean | undefined>;
  } catch (err) {
    const m = /Unknown option '([^']+)'/.exec(String((err as Error).message));
    const what = m ? `Ukendt tilvalg '${m[1]}'.` : `Tilvalgene kan ikke læses: ${(err as Error).message.split('\n')[0]}`;
    throw new CliUsageError(`${what}\n\n${flagHelp(command, spec)}`);
  }
  for (const [k, s] of Object.entries(spec)) {
    if (values[k] === undefined && s.default !== undefined) values[k] = s.default;
    if (s.required && (values[k] === undefined || values[k] === '')) throw new CliUsageError(`Tilvalget --${k} mangler.\n\n${flagHelp(command, spec)}`);
    if (s.type === 'boolean') values[k] = Boolean(values[k]);
  }
  return values as ParsedFlags<S>;
}
