"""The problems found while reading a file, before any check runs (RQ001-RQ012).

They are not modules of their own because they have no check function: the loader
(``raquan.read.yamlread``, ``raquan.read.loader``) finds them. Each still has its code, severity,
summary and documentation with a failing and a passing example, for ``--explain`` and for the
documentation test.
"""

from __future__ import annotations

from raquan.check.rule import Rule
from raquan.diagnostics import Severity


def _rule(code: str, name: str, summary: str, doc: str) -> Rule:
    return Rule(code, name, Severity.ERROR, summary, doc.strip(), ("file",))


LOADING_RULES = (
    _rule(
        "RQ001",
        "yaml-syntax",
        "Tệp không đúng cú pháp YAML",
        """
RQ001 — Tệp không đúng cú pháp YAML.

Tệp phải đọc được như một tài liệu YAML: khoá và giá trị ngăn bởi dấu hai chấm và dấu cách,
thụt lề thẳng cột, dấu nháy và dấu ngoặc đóng mở đủ cặp, một tài liệu mỗi tệp, không dùng thẻ
``!``. Giá trị có chứa ": " phải đặt trong dấu nháy.

Ví dụ sai::

    title: Kế hoạch: ra quân đầu xuân

Ví dụ đúng::

    title: "Kế hoạch: ra quân đầu xuân"
""",
    ),
    _rule(
        "RQ002",
        "tab-indentation",
        "Thụt lề bằng ký tự Tab",
        """
RQ002 — Thụt lề bằng ký tự Tab.

YAML chỉ cho phép thụt lề bằng dấu cách. Một ký tự Tab ở đầu dòng làm tệp không đọc được.

Ví dụ sai (đầu dòng thứ hai là một ký tự Tab)::

    header:
    \tplace: Kon Tum

Ví dụ đúng::

    header:
      place: Kon Tum
""",
    ),
    _rule(
        "RQ003",
        "duplicate-key",
        "Một khoá xuất hiện hai lần trong cùng một bảng",
        """
RQ003 — Một khoá xuất hiện hai lần trong cùng một bảng.

Trong một bảng khoá, mỗi khoá chỉ được viết một lần; raquan dùng giá trị đầu tiên và báo lỗi ở
lần viết sau.

Ví dụ sai::

    title: Tổ chức ra quân đầu xuân
    title: Tổ chức ra quân đầu xuân Quý Mão

Ví dụ đúng::

    title: Tổ chức ra quân đầu xuân Quý Mão
""",
    ),
    _rule(
        "RQ004",
        "unknown-key",
        "Khoá không có trong định dạng tệp",
        """
RQ004 — Khoá không có trong định dạng tệp.

Mỗi loại tệp có một danh sách khoá xác định (xem ``raquan schema``). Một khoá lạ thường là lỗi
chính tả; raquan không bỏ qua nó mà báo lỗi, kèm gợi ý khoá gần nhất.

Ví dụ sai::

    deadlien:
      date: 2023-01-15

Ví dụ đúng::

    deadline:
      date: 2023-01-15
""",
    ),
    _rule(
        "RQ005",
        "missing-field",
        "Thiếu trường bắt buộc",
        """
RQ005 — Thiếu trường bắt buộc.

Một số trường không được bỏ trống: ví dụ mỗi nhiệm vụ phải có ``id`` và ``text``, phần đầu văn
bản phải có ``issuer``, ``symbol``, ``place``, ``date``.

Ví dụ sai::

    duties:
      - text: Báo cáo nhanh kết quả tổ chức Lễ ra quân.

Ví dụ đúng::

    duties:
      - id: bao-cao-nhanh
        text: Báo cáo nhanh kết quả tổ chức Lễ ra quân.
""",
    ),
    _rule(
        "RQ006",
        "invalid-value",
        "Giá trị sai kiểu hoặc không nằm trong các giá trị cho phép",
        """
RQ006 — Giá trị sai kiểu hoặc không nằm trong các giá trị cho phép.

Mỗi trường có kiểu riêng: chữ, số, danh sách, bảng khoá, hoặc một trong vài giá trị cố định
(vai trò 'chủ trì' hay 'phối hợp'; thời hạn 'trước', 'chậm nhất', 'vào lúc', 'đến hết'). Mã
định danh chỉ gồm chữ thường không dấu, chữ số và dấu gạch ngang.

Ví dụ sai::

    role: chu tri

Ví dụ đúng::

    role: chủ trì
""",
    ),
    _rule(
        "RQ007",
        "invalid-date",
        "Ngày hoặc giờ viết sai dạng, hoặc không có thật",
        """
RQ007 — Ngày hoặc giờ viết sai dạng, hoặc không có thật.

Trong tệp, ngày viết theo dạng năm-tháng-ngày (``2023-01-15``), giờ viết ``"09:00"`` trong dấu
nháy. Ngày phải có thật: không có ngày 30 tháng 2.

Ví dụ sai::

    date: 2023-02-30

Ví dụ đúng::

    date: 2023-02-28
""",
    ),
    _rule(
        "RQ008",
        "unsupported-version",
        "Thiếu phiên bản định dạng, hoặc phiên bản mà raquan này không đọc được",
        """
RQ008 — Thiếu phiên bản định dạng, hoặc phiên bản mà raquan này không đọc được.

Mỗi tệp bắt đầu bằng dòng ``raquan: 1`` cho biết phiên bản định dạng. Tệp của một phiên bản
mới hơn cần một raquan mới hơn; raquan không đoán.

Ví dụ sai::

    raquan: 7
    kind: plan

Ví dụ đúng::

    raquan: 1
    kind: plan
""",
    ),
    _rule(
        "RQ009",
        "forbidden-character",
        "Ký tự điều khiển không đưa được vào văn bản Word",
        """
RQ009 — Ký tự điều khiển không đưa được vào văn bản Word.

Các ký tự điều khiển (mã dưới U+0020 trừ Tab và xuống dòng, U+007F-U+009F), nửa cặp đại diện
UTF-16 và U+FFFE, U+FFFF không có trong văn bản Word (XML); chúng thường lẫn vào khi sao chép
từ phần mềm khác. raquan báo chúng khi kiểm tra, thay vì để bước xuất văn bản bị hỏng.

Ví dụ sai (giữa hai chữ có ký tự U+0001)::

    title: "Tổ chức ra quân\\x01 đầu xuân"

Ví dụ đúng::

    title: Tổ chức ra quân đầu xuân
""",
    ),
    _rule(
        "RQ010",
        "hostile-input",
        "Tệp quá lớn, lồng quá sâu, quá nhiều giá trị, số quá dài, hoặc bí danh phình quá lớn",
        """
RQ010 — Tệp quá lớn, lồng quá sâu, quá nhiều giá trị, số quá dài, hoặc bí danh phình quá lớn.

Tệp đến từ nơi khác được đọc có giới hạn: kích thước (mặc định 5 MiB, đổi bằng biến môi trường
``RAQUAN_MAX_FILE_SIZE``; raquan không đọc quá giới hạn, kể cả từ ``/dev/zero`` hay một đường
ống), độ lồng (64 cấp), số giá trị trong tệp (262.144, tăng theo giới hạn kích thước), số phần
tử của một danh sách hay bảng khoá (20.000), độ dài của một số nguyên (100 chữ số) và số giá
trị mà các bí danh ``*`` thêm vào. Tệp vượt giới hạn bị từ chối ngay khi đọc tới chỗ vượt,
không làm treo máy hay dùng hết bộ nhớ. Xem ``docs/an-toan.md``.

Ví dụ sai (bí danh lồng nhau nhân lên hàng tỉ phần tử)::

    a: &a [x, x, x, x, x, x, x, x, x, x]
    b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]
    c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]
    d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]
    e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]

Ví dụ đúng::

    partners: &phoi-hop [Phòng Kinh tế thành phố]
    other_partners: *phoi-hop
""",
    ),
    _rule(
        "RQ011",
        "not-utf8",
        "Tệp không phải văn bản UTF-8",
        """
RQ011 — Tệp không phải văn bản UTF-8.

Tệp phải được lưu với bảng mã UTF-8 (Unicode). Tệp gõ bằng bảng mã cũ (TCVN3, VNI) phải được
chuyển sang Unicode trước.

Ví dụ sai: tệp lưu bằng bảng mã Windows-1258.

Ví dụ đúng: cùng tệp đó, lưu lại với bảng mã UTF-8.
""",
    ),
    _rule(
        "RQ012",
        "not-a-raquan-file",
        "Tệp rỗng, không phải bảng khoá, hoặc loại tệp không đúng",
        """
RQ012 — Tệp rỗng, không phải bảng khoá, hoặc loại tệp không đúng.

Tệp của raquan là một bảng khoá bắt đầu bằng ``raquan: 1`` và ``kind:`` (``plan``: kế hoạch,
``units``: danh mục đơn vị, ``report``: báo cáo kết quả của đơn vị).

Ví dụ sai::

    raquan: 1
    kind: ke-hoach

Ví dụ đúng::

    raquan: 1
    kind: plan
""",
    ),
    Rule(
        "RQ600",
        "docx-unreadable",
        Severity.ERROR,
        "Không đọc được văn bản Word (.docx) để kiểm tra thể thức",
        """
RQ600 — Không đọc được văn bản Word (.docx) để kiểm tra thể thức.

Khi được đưa một tệp .docx, raquan check kiểm tra thể thức của văn bản (RQ601-RQ616). Tệp không
phải một văn bản Word (.docx là một tệp nén zip các phần XML), bị hỏng, được đặt mật khẩu, hay
lớn bất thường (dấu hiệu của một "quả bom zip") thì không được đọc; lỗi nói rõ vì sao.

Ví dụ sai: một tệp .doc (Word 97-2003) đổi tên thành .docx.

Ví dụ đúng: mở tệp bằng Word, Tệp (File) > Lưu thành (Save As) > Tài liệu Word (.docx).
""".strip(),
        ("file",),
    ),
    Rule(
        "RQ701",
        "document-part-not-read",
        Severity.WARNING,
        "Một phần của văn bản Word không được đọc vào kế hoạch",
        """
RQ701 — Một phần của văn bản Word không được đọc vào kế hoạch.

Khi kiểm tra (hoặc nhập) một kế hoạch viết bằng Word, raquan đọc văn bản thành kế hoạch. Những
gì nó không đọc được được báo ở đoạn của chúng, để người soạn biết phần nào chưa được kiểm tra:
chữ trong khung văn bản (text box) hay hình vẽ, một bảng nằm trong phần văn bản mà không phải
bảng phân công nhiệm vụ, một cột của bảng phân công mà raquan không biết, hai đoạn bị ngắt giữa
câu được nối lại.

Ví dụ sai: đoạn "Thời gian: 07h30' ngày 05/6/2024" gõ trong một khung văn bản đặt cạnh tiêu đề
phần II.

Ví dụ đúng: cùng câu đó gõ thành một đoạn bình thường dưới tiêu đề phần II.
""".strip(),
        ("file",),
    ),
)
