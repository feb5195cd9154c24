// Campaign states and their Vietnamese labels, apart from the schema so the first page can show them without zod.
export const CAMPAIGN_STATUSES = ['draft', 'launched', 'evaluating', 'council', 'decided', 'closed'] as const;
export type CampaignStatus = (typeof CAMPAIGN_STATUSES)[number];
export const CAMPAIGN_STATUS_LABELS: Record<CampaignStatus, string> = {
  draft: 'Dự thảo',
  launched: 'Đã phát động',
  evaluating: 'Đang đánh giá',
  council: 'Hội đồng xét',
  decided: 'Đã quyết định',
  closed: 'Đã kết thúc',
};

