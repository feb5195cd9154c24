// The "Mẫu" badge beside a demo campaign's name in the lists.
/** Marks a campaign of the demo in the lists, so nobody takes it for the office's own. */
export function DemoBadge() {
  return (
    <span className="badge badge-warning" style={{ marginLeft: 8 }} title="Phong trào của dữ liệu mẫu: xoá đi bằng nút “Xoá dữ liệu mẫu” ở trang Tổng quan">
      Mẫu
    </span>
  );
}
