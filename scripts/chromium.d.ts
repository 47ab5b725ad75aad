/** Types for scripts/chromium.js (plain JS so the benchmark can run it without a build). */
export declare const CHROMIUM_PATH: string;
export declare const CHROMIUM_ARGS: string[];
