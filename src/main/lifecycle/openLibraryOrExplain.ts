import { AppError } from '../../shared/ipc/result';

/**
 * Opens the library, or explains to the user why it cannot be (locked by another instance or the
 * CLI, written by a newer version, damaged beyond repair) and returns undefined so the app quits.
 * Never a stack trace in a dialog: unexpected errors go to the log and get a plain sentence.
 */
export async function openLibraryOrExplain<Opened>(
  open: () => Promise<Opened>,
  showError: (title: string, message: string) => void,
): Promise<Opened | undefined> {
  try {
    return await open();
  } catch (error) {
    if (!(error instanceof AppError)) console.error(error);
    const message =
      error instanceof AppError ? error.message : 'Something went wrong while opening the library; the details were written to the log.';
    showError('News Archive cannot open its library', message);
    return undefined;
  }
}
