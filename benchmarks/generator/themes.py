"""What plans are about: the themes of campaigns, their purposes, requirements and contents,
and the actions, works and places that duties are made of."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Theme:
    """A kind of campaign: its title, months, and the phrases its plans are written with."""

    slug: str
    title: str  # "{year}", "{year_name}", "{label}" are filled in
    theme: str
    start_month: int
    months: int
    event: str
    works: tuple[tuple[str, str], ...]  # registered works: content, measure


THEMES = (
    Theme(
        "ra-quan-dau-xuan",
        "Tổ chức ra quân đầu xuân {year_name} năm {year} trên địa bàn {label}",
        "Ra quân xây dựng nông thôn mới, đô thị văn minh",
        1,
        3,
        "Lễ ra quân đầu xuân {year_name} năm {year}",
        (
            ("Bê tông hóa đường giao thông nông thôn", "m"),
            ("Nạo vét kênh mương nội đồng", "m"),
            ("Trồng cây xanh ven đường liên thôn", "cây"),
            ("Phát dọn đường làng, ngõ xóm", "km"),
        ),
    ),
    Theme(
        "tet-trong-cay",
        "Phát động “Tết trồng cây đời đời nhớ ơn Bác Hồ” năm {year} trên địa bàn {label}",
        "Tết trồng cây đời đời nhớ ơn Bác Hồ",
        2,
        3,
        "Lễ phát động Tết trồng cây năm {year}",
        (
            ("Trồng cây phân tán tại trường học, nhà văn hóa", "cây"),
            ("Trồng rừng tập trung", "ha"),
            ("Trồng cây xanh đường phố", "cây"),
        ),
    ),
    Theme(
        "ve-sinh-moi-truong",
        "Ra quân tổng vệ sinh môi trường hưởng ứng Ngày Môi trường thế giới năm {year}",
        "Hành động vì môi trường xanh - sạch - đẹp",
        5,
        2,
        "Lễ ra quân tổng vệ sinh môi trường năm {year}",
        (
            ("Thu gom rác thải sinh hoạt", "tấn"),
            ("Khơi thông cống rãnh thoát nước", "m"),
            ("Phát quang bụi rậm hai bên đường", "km"),
        ),
    ),
    Theme(
        "trat-tu-do-thi",
        "Ra quân lập lại trật tự đô thị, an toàn giao thông năm {year} trên địa bàn {label}",
        "Đô thị văn minh, giao thông an toàn",
        3,
        4,
        "Lễ ra quân lập lại trật tự đô thị năm {year}",
        (
            ("Tháo dỡ biển quảng cáo, rao vặt trái phép", "cái"),
            ("Lập lại trật tự lòng đường, vỉa hè", "tuyến"),
            ("Sửa chữa hệ thống chiếu sáng công cộng", "bóng"),
        ),
    ),
    Theme(
        "nong-thon-moi",
        "Ra quân xây dựng nông thôn mới năm {year} trên địa bàn {label}",
        "Chung sức xây dựng nông thôn mới",
        4,
        6,
        "Lễ ra quân xây dựng nông thôn mới năm {year}",
        (
            ("Bê tông hóa đường nội đồng", "m"),
            ("Xây dựng nhà văn hóa thôn", "công trình"),
            ("Làm hàng rào xanh, cổng ngõ", "m"),
            ("Hỗ trợ hộ nghèo tu sửa nhà ở", "nhà"),
        ),
    ),
    Theme(
        "phong-chay-rung",
        "Phòng cháy, chữa cháy rừng mùa khô năm {year} trên địa bàn {label}",
        "Chủ động phòng cháy, chữa cháy rừng",
        1,
        4,
        "Lễ ra quân phòng cháy, chữa cháy rừng năm {year}",
        (
            ("Làm đường băng cản lửa", "km"),
            ("Phát dọn thực bì dưới tán rừng", "ha"),
            ("Xây dựng chòi canh lửa", "chòi"),
        ),
    ),
)

PURPOSES = (
    "Tạo khí thế thi đua sôi nổi, hăng say lao động, sản xuất từ {label} đến các thôn, làng, "
    "tổ dân phố ngay từ những ngày đầu của đợt ra quân.",
    "Nâng cao nhận thức, trách nhiệm của cán bộ, đảng viên và các tầng lớp Nhân dân trong việc "
    "tham gia các phong trào thi đua của địa phương.",
    "Huy động sức mạnh tổng hợp của cả hệ thống chính trị và Nhân dân, góp phần hoàn thành các "
    "chỉ tiêu phát triển kinh tế - xã hội năm {year}.",
    "Cải thiện cảnh quan môi trường, xây dựng nông thôn sáng - xanh - sạch - đẹp, đô thị văn "
    "minh, hiện đại.",
)
REQUIREMENTS = (
    "Việc tổ chức ra quân phải bảo đảm tiết kiệm, an toàn, thiết thực, hiệu quả, không phô "
    "trương hình thức.",
    "Các cơ quan, đơn vị, địa phương chủ động xây dựng kế hoạch cụ thể, phân công rõ người, rõ "
    "việc, rõ thời gian hoàn thành.",
    "Gắn các hoạt động ra quân với phong trào thi đua “Toàn dân đoàn kết xây dựng đời sống văn "
    "hóa” ở khu dân cư.",
)
CONTENTS = (
    "Xây dựng mới, sửa chữa, cải tạo các công trình hạ tầng như đường giao thông, kênh mương, "
    "nhà văn hóa, khu thể thao.",
    "Cải tạo cảnh quan, chỉnh trang các công trình công cộng, bảo vệ môi trường.",
    "Hỗ trợ các gia đình chính sách, hộ có hoàn cảnh khó khăn tu sửa nhà cửa, cải tạo vườn cây.",
    "Lập lại trật tự, văn minh đô thị tại chợ, vỉa hè, lòng đường.",
    "Phát triển sản xuất, chuyển đổi cơ cấu cây trồng, vật nuôi, phát triển sản phẩm OCOP.",
    "Tuyên truyền, vận động Nhân dân ký cam kết bảo vệ kết cấu hạ tầng giao thông.",
)

# Duties: an action, a work, and where; the deadline is printed through {deadline}.
COMMUNE_ACTIONS = (
    "Chỉ đạo các thôn, làng, tổ dân phố ra quân",
    "Tuyên truyền, vận động Nhân dân tham gia",
    "Huy động đoàn viên, hội viên và Nhân dân",
    "Rà soát, lựa chọn công trình",
    "Bố trí kinh phí, vật tư cho",
    "Kiểm tra, đôn đốc các thôn thực hiện",
    "Tổ chức",
    "Chủ động phối hợp với các đơn vị đóng chân trên địa bàn",
)
OFFICE_ACTIONS = (
    "Tham mưu UBND {label}",
    "Hướng dẫn UBND các {word}",
    "Theo dõi, đôn đốc, kiểm tra việc",
    "Bố trí cán bộ hướng dẫn kỹ thuật",
    "Thẩm định, bố trí nguồn kinh phí",
    "Đưa tin, tuyên truyền",
    "Chủ trì, phối hợp với các đơn vị liên quan",
)
WORKS = (
    "phát quang, dọn vệ sinh các tuyến đường liên thôn",
    "sửa chữa, nâng cấp kênh mương nội đồng",
    "trồng cây xanh tại trường học, nhà văn hóa",
    "lập lại trật tự lòng đường, vỉa hè",
    "bê tông hóa đường giao thông nông thôn",
    "thu gom, xử lý rác thải sinh hoạt",
    "tu sửa nhà cho hộ nghèo, gia đình chính sách",
    "chỉnh trang khuôn viên nhà văn hóa thôn",
    "phòng, chống dịch bệnh trên gia súc, gia cầm",
    "phát triển sản phẩm OCOP",
    "chuyển đổi cơ cấu cây trồng",
    "bảo đảm an ninh trật tự, an toàn giao thông",
    "phòng cháy, chữa cháy rừng",
    "khơi thông cống rãnh, mương thoát nước",
    "xây dựng tuyến đường hoa, đường cây xanh",
)
PLACES = (
    "",
    " trên địa bàn",
    " tại các thôn, làng",
    " theo danh mục đã đăng ký",
    " tại khu dân cư",
)
ITEM_TEXTS = (
    "Phát quang bụi rậm ven đường",
    "Nạo vét kênh mương nội đồng",
    "Thu gom rác thải khu dân cư",
    "Vận động hiến đất làm đường",
    "Chuẩn bị dụng cụ, vật tư",
    "Phân công lực lượng từng tuyến",
    "Chuẩn bị khẩu hiệu, pa nô",
    "Lập danh sách lực lượng",
    "Tổng hợp khối lượng, ngày công",
    "Bảo đảm an ninh trật tự",
    "Sửa chữa cầu, cống hư hỏng",
    "Trồng hoa hai bên đường",
    "Làm hàng rào xanh",
    "Xây dựng mô hình điểm",
    "Nghiệm thu khối lượng",
    "Bố trí xe, máy thi công",
    "Thông tin trên loa truyền thanh",
    "Vận động đóng góp ngày công",
    "Dọn dẹp khuôn viên trường học",
    "Đăng ký công trình",
    "Sửa chữa nhà văn hóa thôn",
    "Lắp đèn chiếu sáng đường thôn",
    "Vệ sinh giếng nước",
    "Tu sửa nghĩa trang liệt sĩ",
    "Chăm sóc cây xanh đã trồng",
    "Lắp biển báo giao thông",
    "Đổ bê tông mặt đường",
    "Đưa tin trên trang điện tử",
    "Thăm hỏi gia đình chính sách",
    "Xử lý điểm rác tự phát",
)
DELIVERABLES = ("văn bản", "báo cáo", "kế hoạch chi tiết", "chương trình")

LONG_DATE_FORMAT = "ngày dd tháng mm năm yyyy"
