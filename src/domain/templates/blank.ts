// A new, nearly empty campaign: the minimum the schema needs (one criterion, a title) and
// the office's name, place and default signer from Settings, ready to fill in the editor.
import type { CampaignInput } from './plan-99';
import { DEFAULT_MONEY_RULES, DEFAULT_VOTING_RULES } from '../rules';
import { newId } from '../../lib/ids';

export interface BlankCampaignOptions {
  year: number;
  organisationName: string;
  higherBody?: string | undefined;
  place: string;
  signature?: { prefix: string; position: string; signerName: string } | undefined;
}

export function blankCampaign(o: BlankCampaignOptions): CampaignInput {
  const title = `Phát động phong trào thi đua năm ${o.year}`;
  return {
    documentNumber: '',
    issuingBody: o.organisationName || 'Ủy ban nhân dân xã',
    higherBody: o.higherBody ?? '',
    place: o.place || 'Văn Giáo',
    documentType: 'Kế hoạch',
    title,
    shortName: `Phong trào thi đua năm ${o.year}`,
    year: o.year,
    intro: '',
    basis: [],
    purposes: { id: newId(), heading: 'Mục đích', items: [] },
    requirements: { id: newId(), heading: 'Yêu cầu', items: [] },
    scope: { unitKinds: [], personKinds: [], text: [] },
    criteria: [{ id: newId(), shortName: 'Hoàn thành tốt nhiệm vụ', text: 'Hoàn thành tốt nhiệm vụ được giao trong năm.', appliesTo: 'both', kind: 'required' }],
    gates: [],
    rewards: [],
    rewardHeading: '',
    rewardText: '',
    procedure: [],
    timeline: { launchText: '', reviewText: '', reviewMonth: '' },
    funding: { level: '', source: '' },
    duties: [],
    closing: '',
    recipients: ['Lưu: VT'],
    signature: o.signature ?? { prefix: 'KT.', position: 'Phó Chủ tịch', signerName: 'Người ký' },
    votingRules: { ...DEFAULT_VOTING_RULES },
    moneyRules: { ...DEFAULT_MONEY_RULES },
    status: 'draft',
  };
}
