/** A push that cannot start (no URL, no token, a damaged outbox): exit 2 with what to fix. */
export class PushError extends Error {}
