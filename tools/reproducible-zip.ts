// Makes the store packages byte-for-byte reproducible: WXT's zips stamp each file with the time it
// was zipped; this sets every entry's DOS date and time to 1980-01-01 00:00 (the format's epoch).
import { readFileSync, writeFileSync } from 'node:fs';

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const DOS_EPOCH_DATE = (0 << 9) | (1 << 5) | 1; // 1980, January, 1st

export function normalizeZipTimes(file: string): void {
  const zip = readFileSync(file);
  let end = zip.length - 22;
  while (end >= 0 && zip.readUInt32LE(end) !== EOCD) end--;
  if (end < 0) throw new Error(`${file}: not a zip`);
  const entries = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  for (let i = 0; i < entries; i++) {
    if (zip.readUInt32LE(at) !== CENTRAL) throw new Error(`${file}: bad central directory`);
    zip.writeUInt16LE(0, at + 12);
    zip.writeUInt16LE(DOS_EPOCH_DATE, at + 14);
    const local = zip.readUInt32LE(at + 42);
    if (zip.readUInt32LE(local) !== LOCAL) throw new Error(`${file}: bad local header`);
    zip.writeUInt16LE(0, local + 10);
    zip.writeUInt16LE(DOS_EPOCH_DATE, local + 12);
    at += 46 + zip.readUInt16LE(at + 28) + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  writeFileSync(file, zip);
}
