import type { ErrorCode } from '../shared/protocol/routes';
import { ERROR_STATUS } from '../shared/protocol/routes';

/** A refusal the API answers with its status and `{error: {code, message}}`. */
export class CenterError extends Error {
  readonly statusCode: number;
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'CenterError';
    this.statusCode = ERROR_STATUS[code];
  }
}
