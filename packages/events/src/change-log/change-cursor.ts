/** Where a reader of a change log stands: the (transaction id, position) of the last change it read. */
export interface ChangeCursor {
  tx: string;
  position: number;
}

/** A cursor a client sent that no change log issued. */
export class ChangeCursorError extends Error {
  constructor(readonly cursor: string) {
    super(
      `"${cursor.length > 80 ? `${cursor.slice(0, 80)}…` : cursor}" is not a change cursor; use one a read returned.`,
    );
    this.name = 'ChangeCursorError';
  }
}

const prefix = 'c1';
const digits = /^(0|[1-9][0-9]{0,19})$/;

export const startOfLog: ChangeCursor = { tx: '0', position: 0 };

export function encodeChangeCursor(cursor: ChangeCursor): string {
  return Buffer.from(`${prefix}:${cursor.tx}:${cursor.position}`).toString('base64url');
}

export function decodeChangeCursor(encoded: string): ChangeCursor {
  if (encoded.length > 200 || !/^[A-Za-z0-9_-]+$/.test(encoded)) throw new ChangeCursorError(encoded);
  const [tag, tx, position, ...rest] = Buffer.from(encoded, 'base64url').toString('utf8').split(':');
  if (tag !== prefix || rest.length > 0 || !tx || !position || !digits.test(tx) || !digits.test(position)) {
    throw new ChangeCursorError(encoded);
  }
  const value = Number(position);
  if (!Number.isSafeInteger(value) || BigInt(tx) > 18446744073709551615n) throw new ChangeCursorError(encoded);
  return { tx, position: value };
}
