import { beforeEach, expect, it } from 'vitest';
import { freshDatabase } from '../../db/test-db';
import { loadDemoData } from '../../db/demo-data';
import { loadCouncilData } from './use-council';

let campaignId: string;
beforeEach(async () => {
  freshDatabase();
  campaignId = await loadDemoData();
});

it('lists the candidates as the nomination table does: units first, then people by given name', async () => {
  const { candidates } = await loadCouncilData(campaignId);
  expect(candidates.map((c) => c.name)).toEqual([
    'Bộ phận Tiếp nhận và Trả kết quả', 'Văn phòng - Thống kê',
    'Võ Văn An', 'Nguyễn Thị Ánh', 'Đặng Thị Bích', 'Trần Thị Thu Hà', 'Phạm Văn Hùng',
  ]);
});
