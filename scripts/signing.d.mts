// Types for signing.mjs, so the TypeScript tests can import it.
export interface SigningPlan {
  signed: boolean;
  notarized: boolean;
  builderArgs: string[];
  summary: string;
}
export function signingPlan(platform: NodeJS.Platform, env: Record<string, string | undefined>): SigningPlan;
