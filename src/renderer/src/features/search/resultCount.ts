/** "1 result", "23 results". */
export const countResults = (n: number) => (n === 1 ? '1 result' : `${n.toLocaleString()} results`);

/** How long the search took, for the curious: "4 ms", "under 1 ms". */
export const tookLabel = (ms: number) => (ms < 1 ? 'under 1 ms' : `${Math.round(ms).toLocaleString()} ms`);
