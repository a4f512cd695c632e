/**
 * A capture error's message as the command line says it. Messages are written for the app, whose
 * Settings allow the local network; here the flag does, so the message says that too.
 */
export function cliMessage({ code, message }: { code: string; message: string }): string {
  return code === 'blocked-address' ? `${message} On the command line, add --allow-local-network.` : message;
}
