// The whole journey of plan 99/KH-UBND, as a new officer does it on an empty app: the
// office's settings; the campaign from the template; staff from a spreadsheet; evidence with
// files; a complaint that disqualifies one person; both gates; 2 collectives and 5
// individuals nominated, their dossiers appraised; a council of 9 with one absent member's
// written opinion; a paper ballot tied at the edge, a run-off, results on the projector; the
// decision with its amounts; every document downloaded; a backup restored into a fresh
// browser profile with everything equal.
import { readFileSync, writeFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import writeXlsxFile from 'write-excel-file/node';
import type { Locator, Page } from '@playwright/test';
import { criterion, moveCampaign, proposeSevenOverQuota, recordSubstantiatedComplaint, saveDecision125 } from './steps';
import { test, expect, watchNetwork } from './fixtures';

const SHOTS = process.env.SHOTS_DIR; // set to keep a screenshot of each step
async function shot(page: Page, name: string) {
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/journey-${name}.png` });
}

const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
const pdf = (text: string) => Buffer.from(`%PDF-1.4\n% ${text}\n%%EOF\n`);

/** The office's staff list as it comes out of Excel: a title row, then the header. */
const STAFF: [string, 'Nam' | 'Nữ', string, string, string][] = [
  ['Nguyễn Văn An', 'Nam', 'Công chức Tư pháp - Hộ tịch', 'Công chức', 'Bộ phận Một cửa'],
  ['Trần Thị Bích', 'Nữ', 'Công chức Văn phòng - Thống kê', 'Công chức', 'Bộ phận Một cửa'],
  ['Lê Văn Cường', 'Nam', 'Công chức Địa chính - Xây dựng', 'Công chức', 'Bộ phận Một cửa'],
  ['Phạm Thị Dung', 'Nữ', 'Công chức Văn hóa - Xã hội', 'Công chức', 'Bộ phận Một cửa'],
  ['Võ Văn Em', 'Nam', 'Công chức Tài chính - Kế toán', 'Công chức', 'Bộ phận Một cửa'],
  ['Huỳnh Thị Giang', 'Nữ', 'Trưởng ấp', 'Người hoạt động không chuyên trách', 'Ấp Mới'],
  ['Đặng Văn Hùng', 'Nam', 'Phó trưởng ấp', 'Người hoạt động không chuyên trách', 'Ấp Mới'],
  ['Bùi Thị Lan', 'Nữ', 'Công an viên', 'Người hoạt động không chuyên trách', 'Ấp Mới'],
];
const INDIVIDUALS = ['Nguyễn Văn An', 'Trần Thị Bích', 'Lê Văn Cường', 'Phạm Thị Dung', 'Võ Văn Em'];
const COLLECTIVES = ['Bộ phận Một cửa', 'Ấp Mới'];
const DISQUALIFIED = 'Huỳnh Thị Giang';

async function staffSheet(): Promise<Buffer> {
  const rows = STAFF.map(([name, sex, position, kind, unit], i) => [i + 1, name, sex, `0${(i % 9) + 1}/05/198${i}`, position, kind, unit]);
  const data = [[{ value: 'DANH SÁCH CÁN BỘ, CÔNG CHỨC XÃ VĂN GIÁO NĂM 2024', columnSpan: 7 }], ['STT', 'Họ và tên', 'Giới tính', 'Ngày sinh', 'Chức vụ', 'Đối tượng', 'Đơn vị'], ...rows];
  return (await writeXlsxFile(data as never).toBuffer()) as Buffer;
}

const COUNCIL: [string, string, string][] = [
  ['Lê Văn Tám', 'Chủ tịch UBND xã', 'Chủ tịch Hội đồng'],
  ['Hồ Văn Đức', 'Phó Chủ tịch UBND xã', 'Phó Chủ tịch Hội đồng'],
  ['Trần Thị Thu Hà', 'Công chức Văn phòng - Thống kê', 'Thư ký'],
  ['Nguyễn Văn Phúc', 'Chủ tịch UB MTTQ xã', 'Ủy viên'],
  ['Phan Thị Mai', 'Chủ tịch Hội LHPN xã', 'Ủy viên'],
  ['Lâm Văn Sơn', 'Chỉ huy trưởng Quân sự', 'Ủy viên'],
  ['Ngô Văn Tài', 'Trưởng Công an xã', 'Ủy viên'],
  ['Dương Thị Yến', 'Bí thư Đoàn xã', 'Ủy viên'],
  ['Tạ Văn Quang', 'Chủ tịch Hội Nông dân xã', 'Ủy viên'],
];
const ABSENT = 'Tạ Văn Quang';

const DOCUMENTS = ['to-trinh', 'bao-cao-thanh-tich', 'phieu-bau', 'bien-ban-kiem-phieu', 'bien-ban-hop', 'quyet-dinh', 'giay-khen', 'bao-cao-tong-ket'];

/** Every record of every data store, blobs as their SHA-256, sorted by id. */
async function dumpDatabase(page: Page): Promise<Record<string, unknown[]>> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open('binh-xet');
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    const skip = new Set(['audit', 'meta', 'snapshots']); // this PC's own history and state
    const out: Record<string, unknown[]> = {};
    for (const name of Array.from(db.objectStoreNames)) {
      if (skip.has(name)) continue;
      const rows = await new Promise<Record<string, unknown>[]>((resolve, reject) => {
        const req = db.transaction(name).objectStore(name).getAll();
        req.onsuccess = () => resolve(req.result as Record<string, unknown>[]);
        req.onerror = () => reject(req.error);
      });
      const plain: unknown[] = [];
      for (const row of rows) {
        const copy: Record<string, unknown> = {};
        for (const [key, value] of Object.entries(row)) {
          if (value instanceof Blob) {
            const digest = await crypto.subtle.digest('SHA-256', await value.arrayBuffer());
            copy[key] = `blob:${value.size}:${Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('')}`;
          } else copy[key] = value;
        }
        plain.push(copy);
      }
      out[name] = plain.sort((a, b) => String((a as { id?: string }).id ?? (a as { key?: string }).key).localeCompare(String((b as { id?: string }).id)));
    }
    db.close();
    return out;
  });
}

async function download(page: Page, click: () => Promise<void>): Promise<{ name: string; buffer: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download'), click()]);
  return { name: file.suggestedFilename(), buffer: readFileSync(await file.path()) };
}

const docxText = (buffer: Buffer) => strFromU8(unzipSync(new Uint8Array(buffer))['word/document.xml'] ?? new Uint8Array());

async function appraiseAll(page: Page) {
  for (const n of [1, 2, 3, 4]) {
    const box = criterion(page, n).getByRole('region', { name: `Đánh giá tiêu chí ${n}` });
    await box.getByRole('radio', { name: 'Đạt', exact: true }).check();
    await box.getByRole('button', { name: 'Lưu đánh giá' }).click();
    await expect(box.getByRole('button', { name: 'Lưu đánh giá' })).toBeDisabled();
  }
}

async function addEvidence(page: Page, n: number, description: string, file: { name: string; mimeType: string; buffer: Buffer }) {
  const section = criterion(page, n);
  await section.getByRole('button', { name: `Thêm minh chứng cho tiêu chí ${n}` }).click();
  const form = section.getByRole('form', { name: 'Thêm minh chứng' });
  await form.getByLabel('Nội dung minh chứng').fill(description);
  await form.getByLabel('Ngày', { exact: true }).fill('15/11/2024');
  await form.getByRole('button', { name: 'Thêm minh chứng' }).click();
  const item = section.getByRole('article').last();
  await expect(item).toContainText(description);
  const chooser = page.waitForEvent('filechooser');
  await item.getByRole('button', { name: 'Đính kèm tệp' }).click();
  await (await chooser).setFiles([file]);
  await expect(item.getByText(file.name)).toBeVisible();
}

async function openEvidenceOf(page: Page, campaign: string, name: string) {
  await page.goto(`${campaign}/evidence`);
  await page.getByPlaceholder('Tìm tên, không cần gõ dấu').fill(name);
  await page.getByRole('link', { name: new RegExp(`^${name}, tiêu chí`) }).first().click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
}

async function enterPaperTally(round: Locator, present: number, agrees: Record<string, number>) {
  for (const [label, n] of [['Số phiếu phát ra', present], ['Số phiếu thu về', present], ['Số phiếu hợp lệ', present], ['Số phiếu không hợp lệ', 0]] as const) {
    await round.getByLabel(label, { exact: true }).fill(String(n));
  }
  for (const [name, n] of Object.entries(agrees)) {
    await round.getByLabel(`Đồng ý: ${name}`, { exact: true }).fill(String(n));
    await round.getByLabel(`Không đồng ý: ${name}`, { exact: true }).fill(String(present - n));
  }
  await expect(round.getByText('Các con số khớp nhau.')).toBeVisible();
}

// A step that cannot happen fails in seconds, not at the end of the whole journey's time.
test.use({ actionTimeout: 20_000 });

test('plan 99 from an empty app to a signed decision and a backup restored on another PC', async ({ page, context, browser }) => {
  test.setTimeout(420_000);

  await test.step('an empty app says what to do first; the office fills in its settings', async () => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await shot(page, '01-empty');
    await page.goto('/settings');
    await page.getByLabel('Tên cơ quan').fill('Ủy ban nhân dân xã Văn Giáo');
    await page.getByLabel('Địa danh ghi trên văn bản').fill('Văn Giáo');
    await page.getByLabel('Người đang thao tác').fill('Trần Thị Thu Hà');
    await page.getByRole('button', { name: 'Lưu cài đặt' }).click();
    await expect(page.getByText('Đã lưu cài đặt')).toBeVisible();
  });

  let campaign = '';
  await test.step('the campaign from the plan-99 template, launched and under evaluation', async () => {
    await page.goto('/campaigns');
    await page.getByRole('button', { name: 'Tạo từ mẫu Kế hoạch 99/KH-UBND' }).first().click();
    await expect(page.getByText('Đã tạo phong trào từ mẫu Kế hoạch 99/KH-UBND')).toBeVisible();
    await expect(page).toHaveURL(/\/campaigns\/[0-9a-f-]{36}$/);
    campaign = new URL(page.url()).pathname;
    await page.getByRole('button', { name: 'Phát động phong trào' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Phát động phong trào' }).click();
    await expect(page.getByText('Phong trào đã chuyển sang “Đã phát động”')).toBeVisible();
    await shot(page, '02-campaign');
  });

  await test.step('staff imported from a spreadsheet and registered into the campaign', async () => {
    await page.goto('/register/import');
    await page.locator('input[type=file]').setInputFiles({ name: 'can-bo-2024.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: await staffSheet() });
    await page.getByRole('button', { name: 'Xem trước kết quả' }).click();
    await page.getByRole('button', { name: `Nhập ${STAFF.length} người mới, cập nhật 0 người` }).click();
    await expect(page.getByText(`Đã nhập xong: ${STAFF.length} người mới, 0 người được cập nhật, 2 đơn vị mới.`)).toBeVisible();
    await page.goto(`${campaign}/participants`);
    await page.getByRole('button', { name: `Đăng ký theo phạm vi (${STAFF.length + 2})` }).click();
    await expect(page.getByText(`Đã đăng ký 2 tập thể, ${STAFF.length} cá nhân`)).toBeVisible();
    await shot(page, '03-participants');
  });

  await test.step('evidence with files, each criterion appraised; a complaint disqualifies one person', async () => {
    for (const [i, name] of [...COLLECTIVES, ...INDIVIDUALS, DISQUALIFIED].entries()) {
      await openEvidenceOf(page, campaign, name);
      const file = i % 2 ? { name: `anh-${i}.png`, mimeType: 'image/png', buffer: PNG } : { name: `bao-cao-${i}.pdf`, mimeType: 'application/pdf', buffer: pdf(name) };
      await addEvidence(page, 2, `Hoàn thành nhiệm vụ cải cách hành chính năm 2024 (${name})`, file);
      await appraiseAll(page);
      await expect(page.getByText('Đủ điều kiện xét khen thưởng')).toBeVisible();
    }
    await shot(page, '04-evidence');
    await recordSubstantiatedComplaint(page);
    await page.goto(`${campaign}/evidence`);
    await page.getByRole('checkbox', { name: 'Bị loại' }).check();
    await expect(page.getByRole('row')).toHaveCount(2);
    await expect(page.getByRole('row', { name: new RegExp(DISQUALIFIED) })).toBeVisible();
  });

  await test.step('evaluation begins and both gates are recorded', async () => {
    await page.goto(campaign);
    await page.getByRole('button', { name: 'Bắt đầu đánh giá' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Bắt đầu đánh giá' }).click();
    await page.getByRole('button', { name: 'Ghi nhận kết quả điều kiện 1' }).click();
    await page.getByRole('dialog').getByLabel('Kết quả').selectOption('yes');
    await page.getByRole('dialog').getByRole('button', { name: 'Lưu kết quả' }).click();
    await page.getByRole('button', { name: 'Ghi nhận kết quả điều kiện 2' }).click();
    await page.getByRole('dialog').getByLabel('Thứ hạng đạt được').fill('2');
    await page.getByRole('dialog').getByLabel('Số văn bản làm căn cứ').fill('45/TB-PNV');
    await page.getByRole('dialog').getByLabel('Ngày văn bản').fill('08/01/2025');
    await page.getByRole('dialog').getByRole('button', { name: 'Lưu kết quả' }).click();
    await expect(page.getByText('Đã đủ điều kiện: có thể lập đề xuất khen thưởng.')).toBeVisible();
    await shot(page, '05-gates');
  });

  await test.step('2 collectives and 5 individuals nominated; the disqualified person is refused without a reason', async () => {
    await page.goto(`${campaign}/nominations`);
    const search = page.getByRole('searchbox', { name: 'Tìm trong bảng' });
    for (const name of [...COLLECTIVES, ...INDIVIDUALS]) {
      await search.fill(name);
      await page.getByRole('checkbox', { name: `Chọn ${name}`, exact: true }).check();
    }
    await search.fill('');
    await proposeSevenOverQuota(page);
    await shot(page, '06-nominations');
  });

  await test.step('each dossier completed and appraised', async () => {
    for (const name of [...COLLECTIVES, ...INDIVIDUALS]) {
      await page.goto(`${campaign}/nominations`);
      await page.getByRole('searchbox', { name: 'Tìm trong bảng' }).fill(name);
      await page.getByRole('grid', { name: 'Bảng đối tượng và đề xuất' }).locator('tbody .nt-link').filter({ hasText: new RegExp(`^${name}$`) }).click();
      await expect(page.getByRole('heading', { name: `Hồ sơ: ${name}` })).toBeVisible();
      for (const item of ['Tờ trình / văn bản đề nghị', 'Báo cáo thành tích']) await page.getByLabel(item, { exact: true }).check();
      await page.getByRole('button', { name: 'Xác nhận đủ hồ sơ' }).click();
      await expect(page.getByText('Đã chuyển sang “Đủ hồ sơ”')).toBeVisible();
      await page.getByLabel('Kết quả thẩm định').selectOption('dat');
      await page.getByLabel('Ngày thẩm định').fill('10/12/2024');
      await page.getByLabel('Ý kiến thẩm định').fill('Hồ sơ đầy đủ, đúng quy định.');
      await page.getByLabel('Thành tích ghi trên Giấy khen').fill('Đã có thành tích xuất sắc trong phong trào thi đua đẩy mạnh cải cách hành chính năm 2024');
      await page.getByRole('button', { name: 'Xác nhận đã thẩm định' }).click();
      await expect(page.getByText('Đã chuyển sang “Đã thẩm định”')).toBeVisible();
    }
    await shot(page, '07-dossier');
  });

  const [A, B, C, D, E] = INDIVIDUALS as [string, string, string, string, string];
  await test.step('the council of 9 meets; one member is absent and sends a written opinion', async () => {
    // The nominees are settled: the officer moves the campaign to the council's stage.
    await page.goto(campaign);
    await moveCampaign(page, 'Chuyển Hội đồng xét');
    await page.goto(`${campaign}/council`);
    const add = page.getByRole('form', { name: 'Thêm thành viên' });
    for (const [name, position, role] of COUNCIL) {
      await add.getByLabel('Họ và tên').fill(name);
      await add.getByLabel('Chức vụ').fill(position);
      await add.getByLabel('Vai trò').selectOption({ label: role });
      await add.getByRole('button', { name: 'Thêm thành viên' }).click();
      await expect(add.getByLabel('Họ và tên')).toHaveValue('');
    }
    await expect(page.getByRole('heading', { name: /Thành viên Hội đồng \(9\)/ })).toBeVisible();
    const session = page.getByRole('form', { name: 'Tạo phiên họp' });
    await session.getByLabel('Ngày họp').fill('18/12/2024');
    await session.getByLabel('Giờ bắt đầu').fill('8:00');
    await session.getByLabel('Địa điểm').fill('Hội trường UBND xã Văn Giáo');
    await session.getByRole('button', { name: 'Tạo phiên họp' }).click();
    await expect(page.getByTestId('quorum')).toContainText('Có mặt 9/9');
    await page.getByLabel(`Điểm danh ${ABSENT}`).selectOption({ label: 'Vắng, có ý kiến bằng văn bản' });
    for (const chosen of [A, COLLECTIVES[0] ?? '']) {
      const box = page.getByRole('group', { name: `Ý kiến của ${ABSENT}` }).getByLabel(chosen, { exact: true });
      await box.click();
      await expect(box).toBeChecked();
    }
    await expect(page.getByTestId('quorum')).toContainText('Có mặt 8/9');
  });

  let projector: Page | undefined;
  await test.step('a paper ballot ties at the edge; the run-off decides; results shown on the projector', async () => {
    [projector] = await Promise.all([context.waitForEvent('page'), page.getByRole('button', { name: /Mở màn hình chiếu/ }).click()]);
    await projector.waitForLoadState();
    await expect(projector.getByRole('heading', { name: 'Phiên họp bình xét khen thưởng' })).toBeVisible();

    const form = page.getByRole('form', { name: 'Chuẩn bị vòng bỏ phiếu mới' });
    await form.getByLabel('Xét khen thưởng').selectOption({ label: 'Giấy khen của Chủ tịch Ủy ban nhân dân xã (cá nhân)' });
    await expect(form.getByLabel('Số lượng được chọn')).toHaveValue('3');
    await form.getByRole('button', { name: 'Chuẩn bị vòng bỏ phiếu' }).click();
    const round1 = page.getByTestId('round-1');
    await round1.getByRole('button', { name: 'Chiếu ứng viên' }).click();
    await expect(projector.locator('.slide-candidates .name', { hasText: E })).toBeVisible();
    await round1.getByRole('button', { name: 'Mở vòng bỏ phiếu' }).click();
    // A: 7 + 1 written = 8; B: 6; C and D tie at 5 for the third place.
    await enterPaperTally(round1, 8, { [A]: 7, [B]: 6, [C]: 5, [D]: 5, [E]: 1 });
    await round1.getByRole('button', { name: 'Kết thúc vòng bỏ phiếu' }).click();
    await expect(round1.getByText('Bằng phiếu ở vị trí cuối cùng')).toBeVisible();
    await round1.getByRole('button', { name: 'Công bố kết quả' }).click();
    await expect(projector.getByRole('heading', { name: /Kết quả vòng 1/ })).toBeVisible();
    await expect(projector.locator('.slide-results li', { hasText: A })).toContainText('8/9');
    await expect(projector.locator('.slide-results li', { hasText: C })).toContainText('BẰNG PHIẾU');

    await round1.getByRole('button', { name: 'Bầu lại giữa những người bằng phiếu' }).click();
    const round2 = page.getByTestId('round-2');
    await round2.getByRole('button', { name: 'Mở vòng bỏ phiếu' }).click();
    await enterPaperTally(round2, 8, { [C]: 6, [D]: 2 });
    await round2.getByRole('button', { name: 'Kết thúc vòng bỏ phiếu' }).click();
    await round2.getByRole('button', { name: 'Công bố kết quả' }).click();
    await expect(projector.getByRole('heading', { name: /Kết quả vòng 2/ })).toBeVisible();
    await expect(projector.getByText(`Được chọn: ${C}`)).toBeVisible();

    await form.getByLabel('Xét khen thưởng').selectOption({ label: 'Giấy khen của Chủ tịch Ủy ban nhân dân xã (tập thể)' });
    await expect(form.getByLabel('Số lượng được chọn')).toHaveValue('1');
    await form.getByRole('button', { name: 'Chuẩn bị vòng bỏ phiếu' }).click();
    const round3 = page.getByTestId('round-3');
    await round3.getByRole('button', { name: 'Mở vòng bỏ phiếu' }).click();
    await enterPaperTally(round3, 8, { [COLLECTIVES[0] ?? '']: 6, [COLLECTIVES[1] ?? '']: 2 });
    await round3.getByRole('button', { name: 'Kết thúc vòng bỏ phiếu' }).click();
    await round3.getByRole('button', { name: 'Công bố kết quả' }).click();
    await expect(projector.getByText(`Được chọn: ${COLLECTIVES[0]}`)).toBeVisible();
    await projector.setViewportSize({ width: 1920, height: 1080 });
    await shot(projector, '08-projector');
    await shot(page, '08-council');
    await projector.close();

    // The nomination table now says who the council chose.
    await page.goto(`${campaign}/nominations`);
    await page.getByRole('combobox', { name: 'Lọc theo đã đề xuất' }).selectOption('Đã đề xuất');
    const rowOf = (name: string) => page.getByRole('grid', { name: 'Bảng đối tượng và đề xuất' }).locator('tbody tr').filter({ has: page.locator('.nt-link', { hasText: new RegExp(`^${name}$`) }) });
    for (const name of [A, B, C, COLLECTIVES[0] ?? '']) await expect(rowOf(name)).toContainText('Được chọn');
    for (const name of [D, E, COLLECTIVES[1] ?? '']) await expect(rowOf(name)).toContainText('Không được chọn');
  });

  await test.step('the decision with its amounts, and every document downloaded as Word', async () => {
    await saveDecision125(page, campaign.split('/').pop() ?? '');
    await shot(page, '09-documents');

    const expected: Record<string, string[]> = {
      'to-trinh': ['TỜ TRÌNH', 'UBND XÃ VĂN GIÁO', A, B, C, COLLECTIVES[0] ?? ''],
      'bao-cao-thanh-tich': ['BÁO CÁO THÀNH TÍCH'],
      'phieu-bau': ['PHIẾU BẦU', 'Đồng ý', 'Không đồng ý'],
      'bien-ban-kiem-phieu': ['BIÊN BẢN KIỂM PHIẾU', 'Số phiếu phát ra: 8'],
      'bien-ban-hop': [
        'BIÊN BẢN', 'Có mặt 8/9 thành viên', ABSENT, 'Lê Văn Tám', 'Trần Thị Thu Hà',
        // The council's result: the written opinion counted, the tie sent to the run-off, the run-off deciding.
        `${A}: 8/9 phiếu đồng ý (88,89%, gồm 1 ý kiến bằng văn bản) — được chọn`,
        `${C}: 5/9 phiếu đồng ý (55,56%) — bằng phiếu ở vị trí cuối cùng, bầu lại`,
        `${C}: 6/9 phiếu đồng ý (66,67%) — được chọn`,
        `${D}: 2/9 phiếu đồng ý (22,22%) — không đạt tỷ lệ, không được chọn`,
      ],
      'quyet-dinh': ['QUYẾT ĐỊNH', 'Số: 125/QĐ-UBND', 'Văn Giáo, ngày 20 tháng 12 năm 2024', A, B, C, COLLECTIVES[0] ?? '', '1.410.000 đ', '710.000 đ', '3.540.000 đ', 'Bằng chữ: Ba triệu năm trăm bốn mươi nghìn đồng'],
      'giay-khen': ['GIẤY KHEN', 'CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ VĂN GIÁO', A, C, 'Quyết định số 125/QĐ-UBND, ngày 20/12/2024'],
      'bao-cao-tong-ket': ['BÁO CÁO', '3.540.000 đ'],
    };
    for (const slug of DOCUMENTS) {
      await page.goto(`${campaign}/documents/${slug}`);
      await expect(page.getByRole('article').first()).toBeVisible();
      const file = await download(page, () => page.getByRole('button', { name: 'Tải tệp Word' }).click());
      expect(file.name).toMatch(/\.docx$/);
      if (SHOTS) writeFileSync(`${SHOTS}/${file.name}`, file.buffer);
      const xml = docxText(file.buffer);
      for (const text of expected[slug] ?? []) expect(xml.includes(text), `${slug}: “${text}” in the Word file`).toBe(true);
    }
    // Those not chosen are in no award.
    await page.goto(`${campaign}/documents/quyet-dinh`);
    const decision = page.getByRole('article').first();
    await expect(decision).toContainText(A);
    for (const name of [D, E, COLLECTIVES[1] ?? '', DISQUALIFIED]) await expect(decision).not.toContainText(name);
    await shot(page, '10-decision');
  });

  await test.step('a backup restored into a fresh browser profile holds everything, equal', async () => {
    await page.goto('/backup');
    const backup = await download(page, () => page.getByRole('button', { name: 'Tải bản sao lưu' }).click());
    expect(backup.name).toMatch(/^binh-xet-van-giao-\d{4}-\d{2}-\d{2}-\d{4}\.json$/);
    const before = await dumpDatabase(page);

    const fresh = await browser.newContext();
    const outside = watchNetwork(fresh);
    const other = await fresh.newPage();
    await other.goto('/backup');
    await other.getByLabel('Chọn tệp sao lưu').setInputFiles({ name: backup.name, mimeType: 'application/json', buffer: backup.buffer });
    await other.getByRole('button', { name: 'Khôi phục dữ liệu' }).click();
    await other.getByRole('button', { name: 'Xác nhận khôi phục' }).click();
    await expect(other.getByText('Đã khôi phục dữ liệu từ tệp')).toBeVisible();
    const after = await dumpDatabase(other);
    expect(Object.keys(after).sort()).toEqual(Object.keys(before).sort());
    for (const store of Object.keys(before)) expect(after[store], `store “${store}” after restoring`).toEqual(before[store]);
    expect((before.attachments ?? []).length).toBe(8);

    // And as the chairman would see it on that PC: the decision, with its amounts.
    await other.goto(`${campaign}/documents/quyet-dinh`);
    await expect(other.getByRole('article').first()).toContainText('Bằng chữ: Ba triệu năm trăm bốn mươi nghìn đồng');
    await fresh.close();
    expect(outside, 'requests that left 127.0.0.1 on the second PC').toEqual([]);
  });
});
