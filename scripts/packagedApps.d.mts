// Types for packagedApps.mjs, so the TypeScript tests can import it.
export function packagedApps(distDir: string, names: { productName: string; executableName: string }): string[];
