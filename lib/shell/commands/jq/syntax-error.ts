/** A jq program that does not parse; the message is jq's (`syntax error, unexpected ...`). */
export class JqSyntaxError extends Error {}
