// Types of cli-bundle.mjs, for the bench (TypeScript) that builds the CLI's bundle before timing it.
export const CLI_BUNDLE: string;
/** The bundle's path, built first if missing or older than a source. */
export function cliBundle(): Promise<string>;
