/**
 * Headless mode: the packaged app runs the same commands as the `datapakke` command line, e.g.
 * `Datapakker --build --input D --profile P --out O` behaves like `datapakke build --input D …`.
 * The command flag must be the first argument after the executable (and the app path when
 * unpackaged), so a value that happens to be "--build" never switches modes.
 */
export const HEADLESS_COMMANDS = ['build', 'validate'] as const;
export type HeadlessCommand = (typeof HEADLESS_COMMANDS)[number];

export interface HeadlessRun {
  command: HeadlessCommand;
  /** The remaining arguments, exactly as given. */
  args: string[];
}

/** Returns the command to run without a window, or null for the normal app. */
export function detectHeadless(argv: readonly string[], options: { packaged: boolean }): HeadlessRun | null {
  // Packaged: [exe, ...args]. Unpackaged (`electron .`): [electron, appPath, ...args].
  const userArgs = argv.slice(options.packaged ? 1 : 2);
  const first = userArgs[0];
  if (first === undefined || !first.startsWith('--')) return null;
  const name = first.slice(2);
  const command = HEADLESS_COMMANDS.find((c) => c === name);
  return command ? { command, args: userArgs.slice(1) } : null;
}
