// Types for after-pack.mjs, so the TypeScript tests can call the hook with a context of their own.
export interface AfterPackContextSubset {
  appOutDir: string;
  electronPlatformName: string;
  arch: number;
  packager: { appInfo: { productFilename: string }; executableName?: string };
}
export default function afterPack(context: AfterPackContextSubset): Promise<void>;
