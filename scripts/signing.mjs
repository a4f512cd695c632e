// Whether this build can be signed (and notarised), from the credentials electron-builder reads in the
// environment; and the electron-builder options that make an unsigned build an honest one.

const NOTARY_VARIABLES = ['APPLE_ID', 'APPLE_APP_SPECIFIC_PASSWORD', 'APPLE_TEAM_ID'];

/**
 * @param {NodeJS.Platform} platform the OS being packaged for (the current one)
 * @param {Record<string, string | undefined>} env
 * @returns {{ signed: boolean, notarized: boolean, builderArgs: string[], summary: string }}
 */
export function signingPlan(platform, env) {
  const has = (name) => Boolean(env[name]?.trim());
  if (platform === 'darwin') {
    const signed = has('CSC_LINK') || has('CSC_NAME');
    const notarized = signed && NOTARY_VARIABLES.every(has);
    if (!signed) {
      // identity=null stops electron-builder picking up whatever certificate the keychain holds.
      return plan(false, false, ['-c.mac.identity=null', '-c.mac.notarize=false'], 'Unsigned build: CSC_LINK is not set, so macOS will warn on first launch.');
    }
    const notarySummary = notarized ? 'and notarised' : `but not notarised (${NOTARY_VARIABLES.filter((name) => !has(name)).join(', ')} missing)`;
    return plan(true, notarized, [`-c.mac.notarize=${notarized}`], `Signed ${notarySummary}.`);
  }
  if (platform === 'win32') {
    const signed = has('WIN_CSC_LINK') || has('CSC_LINK');
    return plan(signed, false, [], signed ? 'Signed.' : 'Unsigned build: WIN_CSC_LINK is not set, so SmartScreen will warn on first launch.');
  }
  return plan(false, false, [], 'Unsigned build: AppImage and .deb packages are not code-signed.');
}

function plan(signed, notarized, builderArgs, summary) {
  return { signed, notarized, builderArgs, summary };
}
