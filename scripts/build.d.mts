// Types for scripts/build.mjs (plain JavaScript so that `npm start` needs no TypeScript), for the bench and tests.
export declare const root: string;
export declare const STAMP: string;
export declare function inputsFingerprint(base?: string): string;
export declare function isStale(base?: string, outdir?: string): boolean;
export declare function build(base?: string, outdir?: string): Promise<{ files: number; ms: number }>;
