// Password length limits, shared by forms, the command line and the hashing code. Pure.
export const MIN_PASSWORD_LENGTH = 10;
/** Long enough for any passphrase, short enough that hashing it cannot be used to tie up the server. */
export const MAX_PASSWORD_LENGTH = 200;
