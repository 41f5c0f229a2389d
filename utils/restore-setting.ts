// Whether saved highlights are painted again when a page loads. Read by the restore content script
// on every page, which must stay tiny: a plain storage read here, no storage library.

export const AUTO_RESTORE_KEY = 'autoRestore';

/** On unless the user turned it off (a missing value is the default: on), in a raw storage read. */
export const autoRestoreOn = (stored: Record<string, unknown>): boolean => stored[AUTO_RESTORE_KEY] !== false;
