export * from './types.ts';
export * from './errors.ts';
export * from './crc32.ts';
export * from './decimal.ts';
export * from "./bytes.ts";
export * from "./book-checksum.ts";
export * from "./time.ts";
export * from "./text.ts";
