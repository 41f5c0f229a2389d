// The shape of a Keyquote request on the runtime channel, with no other code: the popup's first script builds one too.
import type { MessageType, RequestOf } from './protocol';

export interface Envelope {
  keyquote: 1;
  type: MessageType;
  data: unknown;
}

export function envelope<T extends MessageType>(type: T, data: RequestOf<T>): Envelope {
  return { keyquote: 1, type, data };
}
