// Makes the store packages byte-for-byte reproducible. WXT's zips stamp each file with the time it
// was zipped and list files in the order a parallel directory walk found them; this rewrites each
// zip with entries sorted by name and every date set to 1980-01-01 00:00 (the format's epoch).
import { readFileSync, writeFileSync } from 'node:fs';

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const DOS_EPOCH_DATE = (0 << 9) | (1 << 5) | 1; // 1980, January, 1st
const HAS_DATA_DESCRIPTOR = 0x08;

interface Entry {
  name: string;
  central: Buffer;
  local: Buffer;
}

function readEntries(zip: Buffer, file: string): { entries: Entry[]; eocd: Buffer } {
  let end = zip.length - 22;
  while (end >= 0 && zip.readUInt32LE(end) !== EOCD) end--;
  if (end < 0) throw new Error(`${file}: not a zip`);
  const entries: Entry[] = [];
  let at = zip.readUInt32LE(end + 16);
  for (let i = zip.readUInt16LE(end + 10); i > 0; i--) {
    if (zip.readUInt32LE(at) !== CENTRAL) throw new Error(`${file}: bad central directory`);
    const nameLen = zip.readUInt16LE(at + 28);
    const centralLen = 46 + nameLen + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
    const start = zip.readUInt32LE(at + 42);
    if (zip.readUInt32LE(start) !== LOCAL) throw new Error(`${file}: bad local header`);
    const descriptor = zip.readUInt16LE(start + 6) & HAS_DATA_DESCRIPTOR ? 16 : 0;
    const localLen = 30 + zip.readUInt16LE(start + 26) + zip.readUInt16LE(start + 28) + zip.readUInt32LE(at + 20) + descriptor;
    entries.push({
      name: zip.toString('utf8', at + 46, at + 46 + nameLen),
      central: Buffer.from(zip.subarray(at, at + centralLen)),
      local: Buffer.from(zip.subarray(start, start + localLen)),
    });
    at += centralLen;
  }
  return { entries, eocd: Buffer.from(zip.subarray(end)) };
}

export function normalizeZip(file: string): void {
  const { entries, eocd } = readEntries(readFileSync(file), file);
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  let offset = 0;
  for (const e of entries) {
    for (const [buf, at] of [[e.central, 12], [e.local, 10]] as const) {
      buf.writeUInt16LE(0, at);
      buf.writeUInt16LE(DOS_EPOCH_DATE, at + 2);
    }
    e.central.writeUInt32LE(offset, 42);
    offset += e.local.length;
  }
  eocd.writeUInt32LE(offset, 16);
  writeFileSync(file, Buffer.concat([...entries.map((e) => e.local), ...entries.map((e) => e.central), eocd]));
}
