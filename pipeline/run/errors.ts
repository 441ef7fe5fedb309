// A run that cannot work (bad input folder, unwritable output, unreadable state, output held by
// another run): the CLI prints the message, which says what to fix, and exits 2.
export class RunError extends Error {}
