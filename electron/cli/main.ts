/**
 * `datapakke <command> [--flags]`. Each command is a module in ./commands exporting
 * `run(argv): Promise<number>` (the exit code), loaded on demand from a fixed list so a typo can never
 * load arbitrary code. No stack trace reaches the user unless DATAPAKKER_DEBUG=1.
 */
import { pathToFileURL } from 'node:url';
import { CliUsageError } from './args';

const COMMANDS = {
  validate: 'Kontrollér et udtræk mod en profil og skriv validation.json',
  build: 'Byg datapakker (datapakke.json og eksporter)',
  demo: 'Kør hele vejen på de medfølgende syntetiske data',
  bench: 'Mål hastighed og hukommelse',
  propose: 'Foreslå en profil (*.profile.json) ud fra udtrækkets filer',
} as const;
type CommandName = keyof typeof COMMANDS;

const isCommand = (name: string): name is CommandName => Object.hasOwn(COMMANDS, name);

export function usage(): string {
  const lines = Object.entries(COMMANDS).map(([name, text]) => `  ${name.padEnd(10)}${text}`);
  return `Brug: datapakke <kommando> [--tilvalg]\n\nKommandoer:\n${lines.join('\n')}\n`;
}

type CommandModule = { run(argv: string[]): Promise<number> };

// One literal import per name: the command's module (and what it pulls in, e.g. native DuckDB) loads
// only when that command runs, and the type checker sees every module.
async function loadCommand(name: CommandName): Promise<CommandModule> {
  switch (name) {
    case 'validate':
      return import('./commands/validate');
    case 'build':
      return import('./commands/build');
    case 'demo':
      return import('./commands/demo');
    case 'bench':
      return import('./commands/bench');
    case 'propose':
      return import('./commands/propose');
  }
}

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(usage());
    return name ? 0 : 2;
  }
  if (!isCommand(name)) {
    process.stderr.write(`Ukendt kommando '${name}'.\n\n${usage()}`);
    return 2;
  }
  try {
    const command = await loadCommand(name);
    return await command.run(rest);
  } catch (err) {
    if (err instanceof CliUsageError) {
      process.stderr.write(`${err.message}\n`);
      return 2;
    }
    const message = err instanceof Error ? err.message : String(err);
    process.stderr.write(`Fejl: ${message}\n`);
    if (process.env.DATAPAKKER_DEBUG === '1' && err instanceof Error) process.stderr.write(`${err.stack}\n`);
    else process.stderr.write('(Sæt DATAPAKKER_DEBUG=1 for tekniske detaljer.)\n');
    return 1;
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    () => {
      process.exitCode = 1;
    },
  );
}
