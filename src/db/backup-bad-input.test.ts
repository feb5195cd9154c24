// Every kind of bad file gets a Vietnamese message naming the problem and where it is,
// and the database is exactly as it was before.
import { beforeEach, describe, expect, it } from 'vitest';
import { BackupFormatError } from '../domain/backup-format';
import { entryFor, fullDataset, dumpDatabase, sealFile, writeDataset, type Dataset } from './backup-fixtures';
import { exportBackup, mergeBackup, previewBackup, restoreBackup } from './backup-repo';
import { freshDatabase } from './test-db';
import { keysOf, unplainReasons } from '../domain/backup-wording.testing';
import type { BinhXetDatabase } from './database';

let database: BinhXetDatabase;
let dataset: Dataset;
let good: Record<string, unknown>;

beforeEach(async () => {
  database = freshDatabase();
  dataset = await fullDataset();
  await writeDataset(database, dataset);
  good = JSON.parse(await (await exportBackup()).blob.text());
});

const blobOf = (value: unknown) => new Blob([typeof value === 'string' ? value : JSON.stringify(value)]);
const clone = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;

/** The preview refuses the file with `message`, in plain Vietnamese; nothing in the database changes. */
async function refused(file: Blob, message: RegExp, maxBytes?: number) {
  const before = await dumpDatabase(database);
  const error = await previewBackup(file, maxBytes ? { maxBytes } : {}).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(BackupFormatError);
  expect((error as Error).message).toMatch(message);
  for (const text of [(error as BackupFormatError).message, ...(error as BackupFormatError).details]) expect(unplainReasons(text, keysOf(good)), text).toEqual([]);
  expect(await dumpDatabase(database)).toEqual(before);
}

describe('bad backup files', () => {
  it('not JSON', () => refused(blobOf('Đây là một tệp Word'), /không phải bản sao lưu của Bình Xét/));
  it('empty', () => refused(blobOf(''), /Tệp rỗng/));
  it('only spaces', () => refused(blobOf('  \n '), /Tệp rỗng/));
  it('truncated', async () => {
    const text = JSON.stringify(good);
    await refused(blobOf(text.slice(0, Math.floor(text.length * 0.6))), /bị cắt cụt.*ở phần dữ liệu/);
  });
  it('broken JSON inside a member', () => refused(blobOf('{"format":"binh-xet-backup","data":{"units":[,]}}'), /bị hỏng ở phần dữ liệu/));
  it('wrong format name', () => refused(blobOf({ ...good, format: 'excel-export' }), /không phải bản sao lưu của Bình Xét: phần nhận dạng tệp cho biết tệp do một chương trình khác tạo ra/));
  it('no format at all', () => refused(blobOf({ hello: 1 }), /thiếu phần nhận dạng tệp/));
  it('a newer format version asks to update the app', () => refused(blobOf({ ...good, formatVersion: 99 }), /cập nhật ứng dụng/));
  it('digest mismatch', async () => {
    const tampered = clone(good) as { data: { units: { name: string }[] } };
    (tampered.data.units[0] as { name: string }).name = 'Đơn vị bị sửa';
    await refused(blobOf(tampered), /Mã kiểm tra toàn vẹn không khớp/);
  });
  it('wrong types, with collection, position and field', async () => {
    const data = clone(good.data) as { units: Record<string, unknown>[] };
    (data.units[0] as Record<string, unknown>).archived = 'có';
    await refused(blobOf(await sealFile(data, good.attachments as never)), /hỏng ở phần danh sách đơn vị: Đơn vị thứ 1 \(mã [0-9a-f-]+\): một thông tin bị thiếu hoặc sai/);
  });
  it('two damaged parts: the first is named, each is listed', async () => {
    const data = clone(good.data) as Record<string, unknown>;
    data.nominations = 'không phải danh sách';
    (data.councilMembers as Record<string, unknown>[]).forEach((m) => delete m.id);
    const before = await dumpDatabase(database);
    const error = (await previewBackup(blobOf(await sealFile(data, good.attachments as never))).catch((e: unknown) => e)) as BackupFormatError;
    expect(error.message).toMatch(/^Tệp sao lưu bị hỏng ở phần đề xuất khen thưởng: Phần đề xuất khen thưởng không đúng dạng một danh sách\. Hãy chọn lại/);
    expect(error.details).toEqual(['Phần đề xuất khen thưởng không đúng dạng một danh sách.', 'Thành viên Hội đồng thứ 1: thiếu mã định danh.']);
    expect(await dumpDatabase(database)).toEqual(before);
  });
  it('missing id', async () => {
    const data = clone(good.data) as { people: Record<string, unknown>[] };
    delete (data.people[0] as Record<string, unknown>).id;
    await refused(blobOf(await sealFile(data, good.attachments as never)), /hỏng ở phần danh sách cá nhân: Cán bộ, công chức thứ 1: thiếu mã định danh/);
  });
  it('duplicate ids', async () => {
    const data = clone(good.data) as { units: unknown[] };
    data.units.push(clone(data.units[0]));
    await refused(blobOf(await sealFile(data, good.attachments as never)), /Đơn vị thứ 2 .*trùng mã định danh/);
  });
  it('a reference to a record that does not exist', async () => {
    const data = clone(good.data) as { participants: Record<string, unknown>[] };
    (data.participants[0] as Record<string, unknown>).personId = '01900000-0000-7000-8000-000000000999';
    await refused(blobOf(await sealFile(data, good.attachments as never)), /thiếu dữ liệu ở phần danh sách đối tượng thi đua: Đối tượng thi đua thứ 1 .*nhắc tới cán bộ, công chức mã 01900000-0000-7000-8000-000000000999/);
  });
  it('attachment bytes that do not match their hash', async () => {
    const entries = clone(good.attachments) as { base64: string }[];
    (entries[0] as { base64: string }).base64 = btoa('nội dung khác'.normalize('NFD').replace(/[^\x20-\x7e]/g, 'x'));
    await refused(blobOf({ ...good, attachments: entries }), /hỏng ở phần danh sách tệp đính kèm \(tệp đính kèm thứ 1\): nội dung tệp đính kèm thứ 1 \(“bien-ban.pdf”\) không khớp/);
  });
  it('attachment entry for no attachment record', async () => {
    const bytes = new TextEncoder().encode('lạc');
    const { sha256Hex } = await import('../domain/backup-format');
    const stray = entryFor('01900000-0000-7000-8000-000000000abc', 'lac.pdf', bytes, await sha256Hex(bytes));
    await refused(blobOf(await sealFile(good.data, [...(good.attachments as never[]), stray])), /Tệp đính kèm thứ 2 \("lac.pdf"\): không có thông tin của tệp này/);
  });
  it('__proto__ keys', async () => {
    const text = JSON.stringify(good).replace('"data":{', '"data":{"__proto__":{"polluted":true},');
    await refused(blobOf(text), /nội dung lạ, có thể gây hại cho ứng dụng, ở phần dữ liệu/);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
  it('deep nesting', async () => {
    const deep = `${'['.repeat(5000)}${']'.repeat(5000)}`;
    await refused(blobOf(`{"format":"binh-xet-backup","formatVersion":1,"data":{"units":${deep}}}`), /hỏng ở phần dữ liệu: nội dung lồng nhau quá sâu/);
  });
  it('over the size limit, refused before it is read', async () => {
    let read = false;
    const huge = { size: 5 * 1024 * 1024 * 1024, slice: () => ((read = true), new Blob()) } as unknown as Blob;
    await refused(huge, /Tệp quá lớn \(5120 MB, giới hạn 1024 MB\)/);
    expect(read).toBe(false);
    await refused(blobOf(good), /Tệp quá lớn/, 1000);
  });
  it('the list of attachments left out altogether, even though every record is intact', async () => {
    const { attachments: _left, ...rest } = clone(good) as Record<string, unknown>;
    await refused(blobOf(rest), /thiếu phần danh sách tệp đính kèm/);
  });
  it('not UTF-8', () => refused(new Blob([new Uint8Array([0x7b, 0xff, 0xfe, 0x7d])]), /không đọc được như văn bản/));
  it('a strange collection name', async () => {
    await refused(blobOf(await sealFile({ ...(good.data as object), passwords: [] }, good.attachments as never)), /hỏng ở phần dữ liệu: có 1 loại dữ liệu mà Bình Xét không biết/);
  });
  it('a partial file cannot be restored over everything', async () => {
    const packet = await exportBackup({ kind: 'evidence', campaignId: dataset.ids.campaign, participantId: dataset.ids.participant, name: 'Bình' });
    const before = await dumpDatabase(database);
    const preview = await previewBackup(packet.blob);
    await expect(restoreBackup(preview.parsed)).rejects.toThrow(/chỉ chứa một phần dữ liệu/);
    expect(await dumpDatabase(database)).toEqual(before);
  });
});

describe('accepted oddities', () => {
  it('a byte-order mark at the start', async () => {
    const preview = await previewBackup(new Blob(['\uFEFF', JSON.stringify(good)]));
    expect(preview.parsed.data.units).toHaveLength(1);
  });
  it('script text in names is imported as text, unchanged', async () => {
    const data = clone(good.data) as { units: Record<string, unknown>[] };
    Object.assign(data.units[0] as object, { name: '<script>alert("x")</script>', updatedAt: '2030-01-01T00:00:00.000Z', rev: 2 });
    const preview = await previewBackup(blobOf(await sealFile(data, good.attachments as never)));
    await mergeBackup(preview.parsed);
    expect((await database.units.get(dataset.ids.unit))?.name).toBe('<script>alert("x")</script>');
  });
  it('the old emergency dump is upgraded by the restore step', async () => {
    const { emergencyDump } = await import('./emergency-export');
    const dump = await emergencyDump();
    const preview = await previewBackup(dump);
    expect(preview.parsed.warnings[0]).toMatch(/không có mã kiểm tra/);
    database = freshDatabase();
    await restoreBackup(preview.parsed);
    expect(await database.campaigns.count()).toBe(1);
    expect((await database.blobs.get(dataset.ids.attachment))?.blob.size).toBeGreaterThan(0);
  });
});
