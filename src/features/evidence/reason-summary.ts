// Shortens a participant's eligibility reasons for one matrix line: "Chưa có minh chứng cho
// tiêu chí 1", "… 2" become "Thiếu minh chứng tiêu chí 1, 2". The full list is on the
// participant's page.
const GROUPS: { pattern: RegExp; label: string }[] = [
  { pattern: /^Chưa có minh chứng cho tiêu chí (\d+)$/, label: 'Thiếu minh chứng tiêu chí' },
  { pattern: /^Tiêu chí (\d+): chưa được đánh giá$/, label: 'Chờ đánh giá tiêu chí' },
  { pattern: /^Tiêu chí (\d+): chưa đạt$/, label: 'Chưa đạt tiêu chí' },
  { pattern: /^Tiêu chí (\d+): không đạt$/, label: 'Không đạt tiêu chí' },
];

export function summariseReasons(reasons: readonly string[], criteriaTotal?: number): string[] {
  const numbers = GROUPS.map(() => [] as string[]);
  const others: string[] = [];
  for (const reason of reasons) {
    const index = GROUPS.findIndex((g) => g.pattern.test(reason));
    const match = index >= 0 ? GROUPS[index]?.pattern.exec(reason) : null;
    if (match?.[1]) numbers[index]?.push(match[1]);
    else others.push(reason);
  }
  // Disqualifying complaints first: they matter most.
  return [
    ...others,
    ...GROUPS.flatMap((g, i) => {
      const list = numbers[i] ?? [];
      if (list.length === 0) return [];
      if (i === 0 && list.length > 1 && list.length === criteriaTotal) return ['Chưa có minh chứng nào'];
      return [`${g.label} ${list.join(', ')}`];
    }),
  ];
}
