import { listChannels } from '../../shared/ipc/channels';
import { fail, type Result } from '../../shared/ipc/result';
import type { Dispatch } from './dispatch';
import type { SenderFrame } from './trustedSender';

/** The part of Electron's ipcMain used here, so this module stays free of Electron. */
export interface IpcLike {
  handle(channel: string, listener: (event: { readonly senderFrame: SenderFrame | null }, input: unknown) => Promise<Result<unknown>>): void;
}

/**
 * Answers every channel of the contract through `dispatch`, after checking who is asking: a call
 * from any frame but our renderer's gets 'forbidden-sender' and never reaches a handler.
 */
export function registerIpc(ipc: IpcLike, dispatch: Dispatch, isTrustedSender: (frame: SenderFrame | null) => boolean): void {
  for (const { channel } of listChannels()) {
    ipc.handle(channel, async (event, input) => {
      if (!isTrustedSender(event.senderFrame)) {
        return fail('forbidden-sender', `${channel} was refused: it did not come from the News Archive window.`);
      }
      return dispatch(channel, input);
    });
  }
}
