import { describe, expect, it } from 'vitest';
import { signingPlan } from '../../../scripts/signing.mjs';

const appleNotary = { APPLE_ID: 'me@example.com', APPLE_APP_SPECIFIC_PASSWORD: 'abcd-efgh', APPLE_TEAM_ID: 'TEAM123' };

describe('signingPlan', () => {
  it('builds an honest unsigned macOS app without a certificate: no keychain identity, no notarisation', () => {
    const plan = signingPlan('darwin', { ...appleNotary });
    expect(plan).toMatchObject({ signed: false, notarized: false, builderArgs: ['-c.mac.identity=null', '-c.mac.notarize=false'] });
    expect(plan.summary).toBe('Unsigned build: CSC_LINK is not set, so macOS will warn on first launch.');
  });

  it('signs and notarises on macOS when the certificate and all three Apple variables are set', () => {
    const plan = signingPlan('darwin', { CSC_LINK: '/secrets/dev-id.p12', CSC_KEY_PASSWORD: 'x', ...appleNotary });
    expect(plan).toMatchObject({ signed: true, notarized: true, builderArgs: ['-c.mac.notarize=true'], summary: 'Signed and notarised.' });
  });

  it('signs without notarising, and says what is missing, when an Apple variable is absent or blank', () => {
    const plan = signingPlan('darwin', { CSC_LINK: '/secrets/dev-id.p12', APPLE_ID: 'me@example.com', APPLE_TEAM_ID: ' ' });
    expect(plan).toMatchObject({ signed: true, notarized: false, builderArgs: ['-c.mac.notarize=false'] });
    expect(plan.summary).toBe('Signed but not notarised (APPLE_APP_SPECIFIC_PASSWORD, APPLE_TEAM_ID missing).');
  });

  it('signs on Windows with WIN_CSC_LINK or CSC_LINK, and says so when neither is set', () => {
    expect(signingPlan('win32', { WIN_CSC_LINK: 'cert.pfx' })).toMatchObject({ signed: true, summary: 'Signed.' });
    expect(signingPlan('win32', { CSC_LINK: 'cert.pfx' }).signed).toBe(true);
    expect(signingPlan('win32', {})).toMatchObject({
      signed: false,
      builderArgs: [],
      summary: 'Unsigned build: WIN_CSC_LINK is not set, so SmartScreen will warn on first launch.',
    });
  });

  it('never signs Linux packages, and says so', () => {
    expect(signingPlan('linux', { CSC_LINK: 'cert.p12' })).toMatchObject({ signed: false, summary: 'Unsigned build: AppImage and .deb packages are not code-signed.' });
  });
});
