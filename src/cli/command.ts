/** A subcommand: takes its own arguments, resolves to an exit code. */
export type Command = (argv: string[]) => Promise<number>;
