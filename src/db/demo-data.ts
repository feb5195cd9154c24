// "Dữ liệu mẫu": a realistic demo dataset (two plan-99 campaigns sharing units and staff: one
// finished, with its council, results and decision; one at evaluation with evidence,
// nominations and a council to practise on) loaded and removed in one click each. Every demo record's id
// is remembered in meta, so removing the demo never touches what the officer entered.
import type { z } from 'zod';
import { campaignSchema, participantSchema, type Campaign } from '../domain/campaign';
import { personSchema, unitSchema, type Person, type PersonKind, type Unit, type UnitKind } from '../domain/register';
import { appraisalSchema, complaintSchema, evidenceSchema } from '../domain/evidence';
import { nominationSchema } from '../domain/nomination';
import { councilMemberSchema, sessionSchema, type CouncilRole } from '../domain/council';
import { DEFAULT_VOTING_RULES } from '../domain/rules';
import { DEFAULT_SETTINGS, SETTINGS_ID, settingsSchema } from '../domain/settings';
import { plan99Template } from '../domain/templates/plan-99';
import { DISTRICT_TIER_END, PROVINCE_TIER_START } from '../domain/legal-bases';
import { StateError } from '../domain/errors';
import { newId } from '../lib/ids';
import { db, type BinhXetDatabase, type RecordTableName } from './database';
import { appendAudit, writeTransaction } from './repository';
import { rebuildLedgerPages } from './ledger-pages-repo';
import { rebuildCampaignSummaries } from './participant-summaries-repo';
import { transitionCampaign } from './campaign-ops';
import { saveCampaignDocuments } from './campaign-documents-repo';
import { setAttendance, setRecusal, setWrittenOpinion } from './council-repo';
import { closeRound, createRound, enterTally, openRound, publishRound } from './round-repo';
import { saveDecision } from './decision-repo';

import { DEMO_KEY } from './demo-status';

interface DemoManifest {
  loadedAt: string;
  /** The practice campaign (the only one before the finished campaign was added). */
  campaignId: string;
  /** Every demo campaign; absent in a manifest written before there were two. */
  campaignIds?: string[];
  records: Partial<Record<RecordTableName, string[]>>;
}

// [name, kind, head's name, head's position, index in PEOPLE of the head when they are in the
// register]. The Bộ phận Một cửa is headed by a vice-chair of the commune (Decree 61/2018), who
// sits on the council: the demo proposes her recusal.
const UNITS: [string, UnitKind, string, string, number?][] = [
  ['Văn phòng - Thống kê', 'bo-phan', 'Nguyễn Văn Thành', 'Chủ tịch UBND xã'],
  ['Bộ phận Tiếp nhận và Trả kết quả', 'bo-phan', 'Lê Thị Mỹ Linh', 'Phó Chủ tịch UBND xã', 2],
  ['Công an xã', 'co-quan', 'Trương Minh Tâm', 'Trưởng Công an xã', 10],
  ['Ban Chỉ huy Quân sự xã', 'co-quan', 'Lý Văn Phước', 'Chỉ huy trưởng Quân sự xã', 11],
  ['Ấp Sơn Đông', 'ap', 'Chau Sóc Kha', 'Trưởng ấp Sơn Đông', 15],
  ['Ấp Voi 1', 'ap', 'Bùi Văn Lộc', 'Trưởng ấp Voi 1', 17],
  ['Hội Liên hiệp Phụ nữ xã', 'doan-the', 'Huỳnh Thị Diễm', 'Chủ tịch Hội Liên hiệp Phụ nữ xã', 12],
  ['Đoàn Thanh niên xã', 'doan-the', 'Đỗ Văn Khánh', 'Bí thư Đoàn Thanh niên xã', 13],
];

// [full name, gender, position, kind, unit index]
const PEOPLE: [string, 'nam' | 'nu', string, PersonKind, number][] = [
  ['Nguyễn Văn Thành', 'nam', 'Chủ tịch UBND xã', 'can-bo', 0],
  ['Hồ Văn Đức', 'nam', 'Phó Chủ tịch UBND xã', 'can-bo', 0],
  ['Lê Thị Mỹ Linh', 'nu', 'Phó Chủ tịch UBND xã', 'can-bo', 0],
  ['Trần Thị Thu Hà', 'nu', 'Công chức Văn phòng - Thống kê (Nội vụ)', 'cong-chuc', 0],
  ['Phạm Văn Hùng', 'nam', 'Công chức Văn phòng - Thống kê', 'cong-chuc', 0],
  ['Nguyễn Thị Ánh', 'nu', 'Công chức Tư pháp - Hộ tịch', 'cong-chuc', 1],
  ['Võ Văn An', 'nam', 'Công chức Tư pháp - Hộ tịch', 'cong-chuc', 1],
  ['Đặng Thị Bích', 'nu', 'Công chức Tài chính - Kế toán', 'cong-chuc', 0],
  ['Châu Văn Sang', 'nam', 'Công chức Địa chính - Xây dựng', 'cong-chuc', 1],
  ['Néang Sóc Thy', 'nu', 'Công chức Văn hóa - Xã hội', 'cong-chuc', 1],
  ['Trương Minh Tâm', 'nam', 'Trưởng Công an xã', 'can-bo', 2],
  ['Lý Văn Phước', 'nam', 'Chỉ huy trưởng Quân sự xã', 'can-bo', 3],
  ['Huỳnh Thị Diễm', 'nu', 'Chủ tịch Hội Liên hiệp Phụ nữ', 'can-bo', 6],
  ['Đỗ Văn Khánh', 'nam', 'Bí thư Đoàn Thanh niên', 'can-bo', 7],
  ['Nguyễn Hoàng Nam', 'nam', 'Công chức Văn hóa - Xã hội', 'cong-chuc', 1],
  ['Chau Sóc Kha', 'nam', 'Trưởng ấp Sơn Đông', 'nhdkct', 4],
  ['Phan Thị Kim Ngân', 'nu', 'Nhân viên Bộ phận Một cửa', 'nhdkct', 1],
  ['Bùi Văn Lộc', 'nam', 'Trưởng ấp Voi 1', 'nhdkct', 5],
  ['Trần Văn Bình', 'nam', 'Phó Chỉ huy trưởng Quân sự', 'nhdkct', 3],
  ['Lâm Thị Hồng', 'nu', 'Phó Chủ tịch Hội Phụ nữ', 'nhdkct', 6],
  ['Dương Văn Tài', 'nam', 'Phó Bí thư Đoàn', 'nhdkct', 7],
  ['Ngô Thị Yến', 'nu', 'Văn thư - Lưu trữ', 'nhdkct', 0],
  ['Mai Văn Trí', 'nam', 'Công an viên', 'nhdkct', 2],
  ['Tô Thị Hạnh', 'nu', 'Thủ quỹ', 'nhdkct', 0],
];

const COUNCIL: [string, string, CouncilRole, 'nam' | 'nu'][] = [
  ['Nguyễn Văn Thành', 'Chủ tịch UBND xã', 'chu-tich', 'nam'],
  ['Hồ Văn Đức', 'Phó Chủ tịch UBND xã', 'pho-chu-tich', 'nam'],
  ['Lê Thị Mỹ Linh', 'Phó Chủ tịch UBND xã', 'uy-vien', 'nu'],
  ['Trương Minh Tâm', 'Trưởng Công an xã', 'uy-vien', 'nam'],
  ['Lý Văn Phước', 'Chỉ huy trưởng Quân sự xã', 'uy-vien', 'nam'],
  ['Huỳnh Thị Diễm', 'Chủ tịch Hội Liên hiệp Phụ nữ xã', 'uy-vien', 'nu'],
  ['Đỗ Văn Khánh', 'Bí thư Đoàn Thanh niên xã', 'uy-vien', 'nam'],
  ['Đặng Thị Bích', 'Công chức Tài chính - Kế toán', 'uy-vien', 'nu'],
  ['Trần Thị Thu Hà', 'Công chức Văn phòng - Thống kê', 'thu-ky', 'nu'],
];

/** Every table the demo writes, the council's and the decision's included. */
const DEMO_TABLES = ['units', 'people', 'campaigns', 'participants', 'evidence', 'appraisals', 'complaints', 'nominations', 'councilMembers', 'sessions', 'rounds', 'ballots', 'decisions', 'awards', 'ledgerPages', 'participantSummaries'] as const;

/** The finished campaign's own papers: the council met on 14/01/2025, the chair decided on 20/01/2025. */
const FINISHED = {
  sessionDate: '2025-01-14',
  reportDate: '2025-01-06',
  decision: { documentNumber: '125/QĐ-UBND', date: '2025-01-20', signature: { prefix: 'KT.', position: 'Phó Chủ tịch', signerName: 'Hồ Văn Đức' } },
  proposal: { number: '02/TTr-HĐTĐKT', date: '2025-01-15' },
  /** The plan lets the commune propose its best for the town's Giấy khen: the town still existed in January 2025. */
  upward: { number: '09/TTr-UBND', date: '2025-01-22', award: 'Giấy khen của Chủ tịch Ủy ban nhân dân thị xã' },
  summary: {
    number: '18/BC-UBND',
    date: '2025-01-24',
    assessment:
      'Phong trào được triển khai đồng bộ, thu hút đông đảo cán bộ, công chức và người lao động tham gia; tỷ lệ hồ sơ giải quyết đúng hạn đạt 100%, mức độ hài lòng của người dân tăng so với năm 2023. ' +
      'Hạn chế: việc ứng dụng dịch vụ công trực tuyến ở một số ấp còn thấp. Kiến nghị năm 2025 tiếp tục phát động phong trào, gắn với chuyển đổi số.',
  },
} as const;

type Put = <T extends { id: string }>(table: RecordTableName, schema: z.ZodType<T, unknown>, fields: object) => Promise<T>;

/**
 * Loads the demo dataset; refuses when it is already there. Two campaigns of plan 99 share the
 * register: one finished (council met, results published, decision signed, campaign closed), so
 * every paper can be seen filled in, and one still being evaluated, to practise on. Returns the
 * practice campaign's id.
 */
export async function loadDemoData(): Promise<string> {
  return writeTransaction([...DEMO_TABLES], async (database) => {
    if (await database.meta.get(DEMO_KEY)) throw new StateError('Dữ liệu mẫu đã có sẵn.');
    const at = new Date().toISOString();
    const records: DemoManifest['records'] = {};
    const put: Put = async (table, schema, fields) => {
      const record = schema.parse({ ...fields, id: newId(), createdAt: at, updatedAt: at, rev: 1 });
      await (database[table] as unknown as { add: (r: typeof record) => Promise<unknown> }).add(record);
      (records[table] ??= []).push(record.id);
      return record;
    };

    if (!(await database.settings.get(SETTINGS_ID))) {
      await database.settings.add(
        settingsSchema.parse({
          ...DEFAULT_SETTINGS,
          organisationName: 'Ủy ban nhân dân xã Văn Giáo',
          higherBody: 'Ủy ban nhân dân tỉnh An Giang',
          placeName: 'Văn Giáo',
          operatorName: 'Trần Thị Thu Hà',
          signers: [
            { prefix: 'KT.', position: 'Phó Chủ tịch', signerName: 'Hồ Văn Đức' },
            { prefix: '', position: 'Chủ tịch', signerName: 'Nguyễn Văn Thành' },
          ],
          // The bodies of the demo's town and province, with the dates they were in force.
          higherBodies: [
            { text: 'Phòng Nội vụ thị xã Tịnh Biên', source: 'Kế hoạch 99/KH-UBND (nơi nhận)', validTo: DISTRICT_TIER_END },
            { text: 'Sở Nội vụ tỉnh An Giang', source: 'Luật Tổ chức chính quyền địa phương 72/2025/QH15', validFrom: PROVINCE_TIER_START },
          ],
          proposal: { by: 'vice-chair', officerPosition: 'Công chức Văn phòng - Thống kê', officerName: 'Trần Thị Thu Hà', addressee: '', addresseeName: 'Nguyễn Văn Thành' },
          id: SETTINGS_ID,
          createdAt: at,
          updatedAt: at,
          rev: 1,
        }),
      );
      records.settings = [SETTINGS_ID];
    }

    const units = [];
    for (const [name, kind, headName, headPosition] of UNITS) units.push(await put('units', unitSchema, { name, kind, note: '', headName, headPosition }));
    const people = [];
    for (const [fullName, gender, position, kind, unit] of PEOPLE) {
      people.push(await put('people', personSchema, { fullName, gender, position, kind, unitId: units[unit]?.id, active: true }));
    }
    for (const [i, [, , , , head]] of UNITS.entries()) {
      const unit = units[i];
      const headPersonId = head === undefined ? undefined : people[head]?.id;
      if (unit && headPersonId) await database.units.put(unitSchema.parse({ ...unit, headPersonId }));
    }

    // The finished campaign's papers read as real ones; the lists mark both campaigns "Mẫu".
    const finished = await seedCampaign(put, units, people, '');
    const practice = await seedCampaign(put, units, people, ' (dữ liệu mẫu)');
    await finishCampaign(database, finished);

    // The summaries of the demo's evidence, appraisals and complaints, written past the repositories above.
    for (const campaignId of [practice.id, finished.id]) await rebuildCampaignSummaries(database, campaignId);
    const manifest: DemoManifest = { loadedAt: at, campaignId: practice.id, campaignIds: [practice.id, finished.id], records };
    await database.meta.put({ key: DEMO_KEY, value: manifest });
    await appendAudit(database, { action: 'import', entity: 'demo', entityId: practice.id, campaignId: practice.id, summary: 'Nạp dữ liệu mẫu' });
    return practice.id;
  });
}

/**
 * One plan-99 campaign at the evaluation stage: every unit and person registered, full evidence
 * appraised "đạt" for three units and seven people (one of them disqualified by a complaint),
 * seven appraised nominations and a council of nine linked to the register.
 */
async function seedCampaign(put: Put, units: Unit[], people: Person[], suffix: string): Promise<Campaign> {
  const template = plan99Template();
  const campaign: Campaign = await put('campaigns', campaignSchema, {
    ...template,
    shortName: `${template.shortName}${suffix}`,
    status: 'evaluating',
    gates: template.gates.map((g, i) =>
      i === 0
        ? { ...g, value: true, proof: { documentNumber: '3150/QĐ-UBND', documentDate: '2024-12-20', issuer: 'Ủy ban nhân dân thị xã Tịnh Biên', note: '' } }
        : { ...g, value: 2, score: 91.5, proof: { documentNumber: '45/TB-PNV', documentDate: '2025-01-08', issuer: 'Phòng Nội vụ thị xã Tịnh Biên', note: 'Xếp hạng 2/14 xã, phường' } },
    ),
  });

  const participants = [];
  for (const u of units) participants.push(await put('participants', participantSchema, { campaignId: campaign.id, category: 'collective', unitId: u.id, displayName: u.name }));
  for (const p of people) participants.push(await put('participants', participantSchema, { campaignId: campaign.id, category: 'individual', personId: p.id, displayName: p.fullName }));

  const documented = [...participants.slice(0, 3), ...participants.slice(UNITS.length + 3, UNITS.length + 10)];
  for (const participant of documented) {
    for (const [i, criterion] of campaign.criteria.entries()) {
      await put('evidence', evidenceSchema, {
        campaignId: campaign.id,
        participantId: participant.id,
        criterionId: criterion.id,
        description: DEMO_EVIDENCE[i] ?? 'Hoàn thành nhiệm vụ được giao.',
        date: '2024-11-15',
        documentNumber: '',
        attachmentIds: [],
        selfAssessment: 'dat',
        selfComment: '',
      });
      await put('appraisals', appraisalSchema, {
        campaignId: campaign.id,
        participantId: participant.id,
        criterionId: criterion.id,
        result: 'dat',
        note: '',
        appraisedBy: 'Trần Thị Thu Hà',
        appraisedAt: '2025-01-09T02:00:00.000Z',
      });
    }
  }
  const complained = documented[documented.length - 1];
  if (complained) {
    await put('complaints', complaintSchema, {
      campaignId: campaign.id,
      participantId: complained.id,
      date: '2024-09-12',
      content: 'Công dân phản ánh thái độ thiếu hòa nhã, gây phiền hà khi giải quyết hồ sơ chứng thực.',
      source: 'Hộp thư góp ý Bộ phận Một cửa',
      substantiated: true,
      verificationNote: 'Đã xác minh, có căn cứ (Biên bản làm việc ngày 20/9/2024).',
    });
  }

  const [collectiveReward, individualReward] = campaign.rewards;
  const nominees = [...documented.slice(0, 2), ...documented.slice(3, 8)];
  for (const participant of nominees) {
    const reward = participant.category === 'collective' ? collectiveReward : individualReward;
    if (!reward) continue;
    await put('nominations', nominationSchema, {
      campaignId: campaign.id,
      participantId: participant.id,
      rewardId: reward.id,
      category: participant.category,
      rationale: 'Tiêu biểu xuất sắc trong công tác cải cách hành chính năm 2024.',
      overQuotaReason: 'Đề xuất nhiều hơn số lượng để Hội đồng bình xét, bỏ phiếu chọn.',
      status: 'appraised',
      dossier: {
        // The council's minutes join the dossier when its result is published, not before.
        checklist: { 'to-trinh': true, 'bao-cao-thanh-tich': true, 'bien-ban': false },
        report: {
          summary: `${participant.displayName} hoàn thành xuất sắc nhiệm vụ cải cách hành chính năm 2024.`,
          sections: [
            { heading: 'Thành tích đạt được', body: 'Giải quyết hồ sơ đúng hạn 100%; không có hồ sơ trễ hẹn; tích cực ứng dụng dịch vụ công trực tuyến.' },
          ],
        },
        appraisalResult: 'dat',
        appraisalDate: '2025-01-10',
        appraisalNote: 'Hồ sơ đầy đủ, đúng quy định.',
        achievement: 'Đã có thành tích xuất sắc trong công tác cải cách hành chính năm 2024',
      },
    });
  }

  for (const [order, [fullName, position, role, gender]] of COUNCIL.entries()) {
    // Linked to the register, so a member who is also a nominee is proposed as not voting on it.
    const personId = people.find((p) => p.fullName === fullName)?.id;
    await put('councilMembers', councilMemberSchema, { campaignId: campaign.id, fullName, position, role, gender, order, personId });
  }
  return campaign;
}

/**
 * Takes a seeded campaign to its end through the same repositories the screens use: to the
 * council, the meeting of 14/01/2025 with its counts published, the decision of 20/01/2025, the
 * papers' numbers and dates, and the campaign closed.
 */
async function finishCampaign(database: BinhXetDatabase, seeded: Campaign): Promise<void> {
  let campaign = await transitionCampaign(seeded.id, seeded.rev, 'council');
  // Publishing each round puts its minutes into its candidates' dossiers (round-repo.ts).
  await demoCouncilMeets(seeded.id, FINISHED.sessionDate);
  await saveDecision(seeded.id, FINISHED.decision, 0);
  campaign = await transitionCampaign(seeded.id, campaign.rev, 'decided');
  const nominations = await database.nominations.where('campaignId').equals(seeded.id).toArray();
  campaign = await saveCampaignDocuments(campaign, () => ({
    proposal: FINISHED.proposal,
    summary: FINISHED.summary,
    reportDates: Object.fromEntries(nominations.map((n) => [n.id, FINISHED.reportDate])),
    upward: {
      number: FINISHED.upward.number,
      date: FINISHED.upward.date,
      items: nominations.filter((n) => n.category === 'collective' && (n.status === 'selected' || n.status === 'awarded')).map((n) => ({ nominationId: n.id, award: FINISHED.upward.award })),
    },
  }));
  await transitionCampaign(seeded.id, campaign.rev, 'closed');
}

/**
 * The council meets on `date` and counts through the repositories, as the council screen does:
 * one member absent with a written opinion, one member recused on a nominee, one round per
 * category (1 collective and 3 individuals chosen), each closed and published. The rounds'
 * times are then set within the session (8:00–10:30 that day), as if counted there.
 */
export async function demoCouncilMeets(campaignId: string, date: string): Promise<void> {
  const database = db();
  const at = new Date().toISOString();
  const members = (await database.councilMembers.where('campaignId').equals(campaignId).toArray()).sort((a, b) => a.order - b.order);
  const nominations = await database.nominations.where('campaignId').equals(campaignId).toArray();
  const session = sessionSchema.parse({
    id: newId(), createdAt: at, updatedAt: at, rev: 1, campaignId, date, startTime: '8:00', endTime: '10:30', place: 'Hội trường UBND xã Văn Giáo',
    chairId: members.find((m) => m.role === 'chu-tich')?.id, secretaryId: members.find((m) => m.role === 'thu-ky')?.id,
    agenda: ['Bình xét, bỏ phiếu khen thưởng tập thể, cá nhân'], attendance: Object.fromEntries(members.map((m) => [m.id, 'present'])), notes: '',
    countingCommittee: { headId: members[3]?.id, memberIds: [members[3]?.id, members[4]?.id].filter(Boolean) },
  });
  await database.sessions.add(session);
  const individuals = nominations.filter((n) => n.category === 'individual');
  const absent = members.at(-2);
  const recused = members[1];
  if (absent && individuals[0]) {
    await setAttendance(session.id, absent, 'absent-written');
    await setWrittenOpinion(session.id, absent, [individuals[0].id]);
  }
  if (recused && individuals[1]) await setRecusal(session.id, recused, individuals[1].id, true);
  const present = members.length - (absent ? 1 : 0);
  for (const [index, [category, quota]] of ([['collective', 1], ['individual', 3]] as const).entries()) {
    const candidates = nominations.filter((n) => n.category === category);
    const perCandidate = Object.fromEntries(
      candidates.map((n, i) => {
        const entitled = category === 'individual' && i === 1 && recused ? present - 1 : present;
        const agree = i < quota ? entitled - 1 : 1;
        return [n.id, { agree, disagree: entitled - agree }];
      }),
    );
    const round = await createRound({ campaignId, sessionId: session.id, category, candidateIds: candidates.map((n) => n.id), quota, rules: DEFAULT_VOTING_RULES });
    await openRound(round.id);
    await enterTally(round.id, { issued: present, returned: present, valid: present, invalid: 0, perCandidate });
    await closeRound(round.id);
    await publishRound(round.id);
    // Opened at 8:30 (+40 minutes a round), counted 20 minutes later, published 5 minutes after.
    const time = (minutes: number) => new Date(Date.parse(`${date}T08:30:00+07:00`) + (index * 40 + minutes) * 60_000).toISOString();
    const done = await database.rounds.get(round.id);
    if (done?.result) {
      await database.rounds.put({ ...done, openedAt: time(0), closedAt: time(20), publishedAt: time(25), result: { ...done.result, computedAt: time(20) } });
    }
  }
}

const DEMO_EVIDENCE = [
  'Chấp hành tốt chủ trương, chính sách, pháp luật và kỷ luật, kỷ cương hành chính; nhận xét của chi bộ ngày 15/11/2024.',
  'Hoàn thành đúng tiến độ 12/12 nhiệm vụ được giao tại Kế hoạch 35a/KH-UBND (báo cáo ngày 15/11/2024).',
  'Tham gia tuyên truyền dịch vụ công trực tuyến tại 2 ấp; hỗ trợ 150 lượt người dân nộp hồ sơ trực tuyến.',
  'Đề xuất mô hình "Một cửa thân thiện" được UBND xã ghi nhận và nhân rộng.',
];

/** Removes every demo record (and only those), including ones the demo's users edited. */
/** What removing the demo kept because real data uses it. */
export interface DemoRemoval {
  /** Demo units and people that a campaign of the office's own registered, or that its own people belong to. */
  keptUnits: number;
  keptPeople: number;
  /** The demo wrote the office's settings on an empty app and the officer has since changed them. */
  keptSettings: boolean;
}

/**
 * Removes the demo campaign and everything made inside it. Demo units and people that real
 * data now points to (registered into another campaign, or a real person placed in a demo
 * unit) stay, as do settings the officer edited after the demo wrote them: nothing real is
 * left pointing at a record that no longer exists.
 */
export async function removeDemoData(): Promise<DemoRemoval> {
  return writeTransaction(
    ['settings', 'units', 'people', 'campaigns', 'participants', 'evidence', 'appraisals', 'complaints', 'nominations', 'councilMembers', 'sessions', 'rounds', 'decisions', 'attachments', 'ballots', 'blobs', 'awards', 'ledgerPages', 'participantSummaries'],
    async (database) => {
      const removal: DemoRemoval = { keptUnits: 0, keptPeople: 0, keptSettings: false };
      const entry = await database.meta.get(DEMO_KEY);
      if (!entry) return removal;
      const manifest = entry.value as DemoManifest;
      // A manifest written before the finished campaign existed names one campaign; its records list them all.
      const campaignIds = [...new Set([manifest.campaignId, ...(manifest.campaignIds ?? []), ...(manifest.records.campaigns ?? [])])];
      const demoCampaign = new Set(campaignIds);

      const demoPeople = new Set(manifest.records.people ?? []);
      const realParticipants = (await database.participants.toArray()).filter((p) => !demoCampaign.has(p.campaignId) && !p.deletedAt);
      const keepPeople = new Set(realParticipants.flatMap((p) => (p.personId && demoPeople.has(p.personId) ? [p.personId] : [])));
      const peopleStaying = (await database.people.toArray()).filter((p) => !p.deletedAt && (!demoPeople.has(p.id) || keepPeople.has(p.id)));
      const keepUnits = new Set([...realParticipants.map((p) => p.unitId), ...peopleStaying.map((p) => p.unitId)].filter((id): id is string => Boolean(id)));
      const settings = await database.settings.get(SETTINGS_ID);
      const keep = (table: RecordTableName, id: string) =>
        (table === 'people' && keepPeople.has(id)) || (table === 'units' && keepUnits.has(id)) || (table === 'settings' && (settings?.rev ?? 1) > 1);

      for (const [table, ids] of Object.entries(manifest.records) as [RecordTableName, string[]][]) {
        const going = ids.filter((id) => !keep(table, id));
        if (table === 'units') removal.keptUnits = ids.length - going.length;
        if (table === 'people') removal.keptPeople = ids.length - going.length;
        if (table === 'settings') removal.keptSettings = going.length < ids.length;
        await database[table].bulkDelete(going);
      }
      // Records made later inside a demo campaign (sessions, rounds, ballots, files…) go with it.
      const roundIds = (await database.rounds.where('campaignId').anyOf(campaignIds).primaryKeys()) as string[];
      await database.ballots.where('roundId').anyOf(roundIds).delete();
      const attachmentIds = (await database.attachments.where('campaignId').anyOf(campaignIds).primaryKeys()) as string[];
      await database.blobs.bulkDelete(attachmentIds);
      // The demo's award history goes with it: every entry written by its decision, and any correction of one.
      for (const table of ['participants', 'evidence', 'appraisals', 'complaints', 'nominations', 'councilMembers', 'sessions', 'rounds', 'decisions', 'attachments', 'awards'] as const) {
        await database[table].where('campaignId').anyOf(campaignIds).delete();
      }
      await rebuildLedgerPages(database);
      for (const campaignId of campaignIds) await rebuildCampaignSummaries(database, campaignId);
      await database.meta.delete(DEMO_KEY);
      const kept = removal.keptUnits + removal.keptPeople;
      await appendAudit(database, { action: 'delete', entity: 'demo', entityId: manifest.campaignId, summary: kept ? `Xoá dữ liệu mẫu (giữ lại ${kept} đơn vị, cán bộ mẫu đang được dùng)` : 'Xoá dữ liệu mẫu' });
      return removal;
    },
  );
}

/** The message after removal, saying what stayed and why. */
export function demoRemovalMessage(removal: DemoRemoval): string {
  const kept = [
    removal.keptUnits ? `${removal.keptUnits} đơn vị` : '',
    removal.keptPeople ? `${removal.keptPeople} cán bộ` : '',
  ].filter(Boolean);
  const parts = ['Đã xoá dữ liệu mẫu.'];
  if (kept.length) parts.push(`Giữ lại ${kept.join(' và ')} của dữ liệu mẫu vì phong trào hoặc cán bộ của bạn đang dùng.`);
  if (removal.keptSettings) parts.push('Giữ lại phần Cài đặt vì bạn đã sửa.');
  return parts.join(' ');
}
