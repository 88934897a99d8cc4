export const REQUIRED: string[];
export const NATIVE: string;
export const FORBIDDEN: [RegExp, string][];
export function findProblems(entries: string[], unpacked: Set<string>): string[];
