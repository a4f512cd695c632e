import { originOf } from '../security/origin';

/** The parts of Electron's WebFrameMain the check reads. */
export interface SenderFrame {
  readonly url: string;
  readonly parent: unknown;
}

/**
 * A bridge call is trusted only from the top frame of a page on our renderer's origin: never from a
 * sub-frame (the reader's article frame included) and never once the frame is gone or elsewhere.
 */
export function trustedSender(rendererOrigin: string): (frame: SenderFrame | null) => boolean {
  return (frame) => frame !== null && frame.parent === null && originOf(frame.url) === rendererOrigin;
}
