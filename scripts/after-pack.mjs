// electron-builder afterPack hook: sets the fuses (scripts/fuses.mjs) in the freshly packed app,
// before electron-builder signs it and wraps it into installers.
import { flipFuses } from '@electron/fuses';
import { fuseConfig } from './fuses.mjs';
import { packagedBinary } from './packagedBinary.mjs';

const ARM64 = 3; // electron-builder's Arch.arm64

export default async function afterPack(context) {
  const { packager, appOutDir, electronPlatformName: platform, arch } = context;
  const binary = packagedBinary({
    platform,
    appOutDir,
    productFilename: packager.appInfo.productFilename,
    executableName: packager.executableName,
  });
  // Apple silicon refuses a binary whose ad-hoc signature no longer matches; a real signature comes later when configured.
  const resetAdHocDarwinSignature = platform === 'darwin' && arch === ARM64;
  await flipFuses(binary, fuseConfig({ resetAdHocDarwinSignature }));
  console.log(`  • fuses set in ${binary}`);
}
