export const PENDING: Record<string, string> = {};
