// "Trang 2/5" in the corner of a slide too long for one screen; nothing for a slide of one page.
export function PageMark({ page, pageCount }: { page: number; pageCount: number }) {
  if (pageCount <= 1) return null;
  return <p className="slide-page">Trang {page}/{pageCount}</p>;
}
