// The VFile an article runs through the chain as. Its messages are report lines (rule, reason,
// place): vfile-message builds each as an Error, so V8 captures a stack trace of the stage that
// made it, which VFileMessage then overwrites with '' (or its cause's stack) and nothing reads.
// Dumps make dozens of messages each (every removal, every dropped quote), so the capture is skipped:
// by a limit that is not a number, which V8 reads as "no stack" and skips the capture's machinery
// whole (a limit of 0 still walks into it: 200k messages ~240 ms at 0, ~120 ms at undefined).
import { VFile } from 'vfile';
import type { VFileMessage } from 'vfile-message';

type MessageArgs = Parameters<VFile['message']>;
const message = VFile.prototype.message as (this: VFile, ...args: MessageArgs) => VFileMessage;

export class ArticleFile extends VFile {}

// On the prototype (not a class method) so VFile's own overloads stay the type; info() and fail()
// call this.message, so they take this path too.
ArticleFile.prototype.message = function messageWithoutStack(this: VFile, ...args: MessageArgs): VFileMessage {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = undefined as unknown as number;
  try {
    return message.apply(this, args);
  } finally {
    Error.stackTraceLimit = limit;
  }
} as VFile['message'];
