// Error codes the user can meet, each with a message that says what happened and what to do.
import { t } from './i18n';

export type KeyquoteErrorCode =
  | 'restricted'
  | 'no-access'
  | 'not-article'
  | 'empty'
  | 'no-tab'
  | 'bad-message'
  | 'not-found'
  | 'quota'
  | 'bad-file'
  | 'internal';

export class KeyquoteError extends Error {
  override name = 'KeyquoteError';
  constructor(
    readonly code: KeyquoteErrorCode,
    message: string,
  ) {
    super(message);
  }
}

/** Turns anything thrown into a KeyquoteError without losing its message. */
export function toKeyquoteError(err: unknown): KeyquoteError {
  if (err instanceof KeyquoteError) return err;
  const message = err instanceof Error ? err.message : String(err);
  return new KeyquoteError('internal', message || t('errInternal'));
}

/** An error as it crosses between the extension's contexts: plain data, since a message carries no class. */
export interface ErrorData {
  error: { code: KeyquoteErrorCode; message: string };
}

export function errorData(err: unknown): ErrorData {
  const e = toKeyquoteError(err);
  return { error: { code: e.code, message: e.message } };
}
