// Money in đồng, whole numbers only: "1.410.000 đ".

export function formatNumber(n: number): string {
  const sign = n < 0 ? '-' : '';
  const digits = String(Math.trunc(Math.abs(n)));
  return sign + digits.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

/** A coefficient or score with the Vietnamese decimal comma: 0.3 → "0,3". */
export function formatDecimal(n: number): string {
  return String(n).replace('.', ',');
}

export function formatMoney(amount: number): string {
  return `${formatNumber(amount)} đ`;
}
