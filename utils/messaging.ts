// Typed request/response messaging over runtime messages; handler errors are re-thrown at the caller.
import { browser, type Browser } from 'wxt/browser';
import { t } from './i18n';
import { KeyquoteError, errorData, type ErrorData } from './errors';
import { requestChecks, type MessageType, type RequestOf, type ResponseOf } from './protocol';
import { envelope, type Envelope } from './message-envelope';
type Reply = { ok: true; value: unknown } | ({ ok: false } & ErrorData);

type Handler<T extends MessageType> = (
  data: RequestOf<T>,
  sender: Browser.runtime.MessageSender,
) => ResponseOf<T> | Promise<ResponseOf<T>>;

const handlers = new Map<MessageType, Handler<never>>();

function isEnvelope(msg: unknown): msg is Envelope {
  if (typeof msg !== 'object' || msg === null) return false;
  const m = msg as Record<string, unknown>;
  return m.keyquote === 1 && typeof m.type === 'string' && Object.hasOwn(requestChecks, m.type);
}

/** True only for Keyquote's own extension pages (popup, side panel, options): never a web page. */
export function isOwnExtensionPage(sender: Browser.runtime.MessageSender): boolean {
  if (sender.id !== browser.runtime.id) return false;
  const base = browser.runtime.getURL('/');
  return typeof sender.url === 'string' && sender.url.startsWith(base) && !sender.tab?.url?.startsWith('http');
}

/** Sends one typed request; resolves with the handler's value or throws its KeyquoteError. */
export async function sendMessage<T extends MessageType>(type: T, data: RequestOf<T>): Promise<ResponseOf<T>> {
  return decodeReply<ResponseOf<T>>(browser.runtime.sendMessage(envelope(type, data)));
}

/** A reply as it comes off the channel (the popup's first script sends without this module) → its value, or its error thrown. */
export async function decodeReply<R>(sent: Promise<unknown>): Promise<R> {
  // The worker stopped before it answered (the browser stops idle workers; a crash): the channel
  // closes with a browser message that means nothing to the user. Say what happened instead.
  const noAnswer = () => new KeyquoteError('internal', t('errNoAnswer'));
  const reply = (await sent.catch((err: unknown) => {
    console.warn('Keyquote: no answer from the worker:', err);
    throw noAnswer();
  })) as Reply | undefined;
  if (!reply) throw noAnswer();
  if (!reply.ok) throw new KeyquoteError(reply.error.code, reply.error.message);
  return reply.value as R;
}

/** Registers the handler of one message type (in the background worker). */
export function onMessage<T extends MessageType>(type: T, handler: Handler<T>): void {
  handlers.set(type, handler as Handler<never>);
}

async function dispatch(msg: Envelope, sender: Browser.runtime.MessageSender): Promise<Reply> {
  try {
    if (!isOwnExtensionPage(sender)) throw new KeyquoteError('bad-message', 'Message refused: not from Keyquote.');
    if (!requestChecks[msg.type](msg.data)) throw new KeyquoteError('bad-message', `Malformed ${msg.type} request.`);
    const handler = handlers.get(msg.type);
    if (!handler) throw new KeyquoteError('internal', `No handler for ${msg.type}.`);
    return { ok: true, value: await handler(msg.data as never, sender) };
  } catch (err) {
    return { ok: false, ...errorData(err) };
  }
}

/** Installs the one runtime listener; messages that are not Keyquote envelopes are ignored. */
export function listenForMessages(): void {
  browser.runtime.onMessage.addListener((msg: unknown, sender: Browser.runtime.MessageSender) => {
    if (!isEnvelope(msg)) return undefined;
    return dispatch(msg, sender);
  });
}
