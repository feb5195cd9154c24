// Issue #17 point 10: the demo's finished campaign fills every paper, from its own dates, and
// every paper reads the same counts. Built on a PC whose clock says December 2026.
import { describe, expect, it } from 'vitest';
import { modelText } from '../../domain/document-model';
import { finishedDemo, onThePcOfDecember2026 } from './finished-demo.testing';
import { DOCUMENT_KINDS, kindBySlug } from './document-kinds';
import { buildPlanModel } from './models/plan-doc';
import type { DocumentData } from './models/document-data';

onThePcOfDecember2026();

function text(d: DocumentData, slug: string, choice?: string): string {
  const r = kindBySlug(slug)?.build(d, choice);
  if (!r?.ok) throw new Error(`${slug}: ${r ? r.missing.join(' ') : 'no such kind'}`);
  return modelText(r.model);
}

describe('the finished demo campaign', () => {
  it('fills every paper, none of them dated by the PC’s clock', async () => {
    const d = await finishedDemo();
    const papers = [modelText(buildPlanModel(d.campaign))];
    for (const kind of DOCUMENT_KINDS) {
      const r = kind.build(d, undefined);
      expect(r.ok ? [] : r.missing, kind.name).toEqual([]);
      if (r.ok) papers.push(modelText(r.model));
    }
    expect(papers).toHaveLength(DOCUMENT_KINDS.length + 1);
    for (const paper of papers) expect(paper).not.toMatch(/2026|tháng 12 năm 2026/);
  });

  it('dates each paper by its event: the proposal after the council, the decision, the summary after it', async () => {
    const d = await finishedDemo();
    expect(text(d, 'to-trinh')).toMatch(/Số: 02\/TTr-HĐTĐKT[\s\S]*ngày 15 tháng 01 năm 2025/);
    expect(text(d, 'quyet-dinh')).toMatch(/Số: 125\/QĐ-UBND[\s\S]*ngày 20 tháng 01 năm 2025/);
    const summary = text(d, 'bao-cao-tong-ket');
    expect(summary).toMatch(/Số: 18\/BC-UBND[\s\S]*ngày 24 tháng 01 năm 2025/);
    expect(summary).toContain('gắn với chuyển đổi số');
    expect(summary).not.toMatch(/\.{6,}|…{3,}/);
    expect(text(d, 'bien-ban-hop')).toContain('ngày 14 tháng 01 năm 2025');
    // Counted when the round closed, during the session of 14/01/2025 (the demo-data test checks the hours).
    for (const round of d.rounds) {
      const closed = new Date(round.closedAt ?? '');
      const at = `${String(closed.getHours()).padStart(2, '0')} giờ ${String(closed.getMinutes()).padStart(2, '0')} phút`;
      expect(text(d, 'bien-ban-kiem-phieu', round.id)).toContain(`Vào lúc ${at}, ngày 14 tháng 01 năm 2025`);
    }
  });

  it('names the same four winners with the same counts in the count, the minutes, the proposal and the decision', async () => {
    const d = await finishedDemo();
    const winners = d.rounds.flatMap((r) => r.result?.winners ?? []);
    expect(winners).toHaveLength(4);
    const names = winners.map((id) => d.nominations.find((n) => n.id === id)).map((n) => d.participants.find((p) => p.id === n?.participantId)?.displayName ?? '?');
    const minutes = text(d, 'bien-ban-hop');
    const proposal = text(d, 'to-trinh');
    const decision = text(d, 'quyet-dinh');
    for (const name of names) {
      expect(minutes, name).toContain(name);
      expect(proposal, name).toContain(name);
      expect(decision, name).toContain(name);
    }
    for (const round of d.rounds) {
      const count = text(d, 'bien-ban-kiem-phieu', round.id);
      for (const c of round.result?.candidates ?? []) {
        // "n/base (percent)" as the minutes write it, and the percent in the count's table.
        expect(count).toContain(c.percent);
        expect(minutes).toContain(c.percent);
      }
    }
  });
});
