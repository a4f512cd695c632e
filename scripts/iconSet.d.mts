// Types for iconSet.mjs, so the TypeScript tests can import it.
export const iconSource: string;
export const iconDir: string;
export const pngSizes: number[];
export const pngDir: string;
export function pngPath(size: number): string;
export const icoPath: string;
export const icnsPath: string;
export const sourceHashPath: string;
export function sourceHash(svg: Buffer | string): string;
